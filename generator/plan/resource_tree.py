"""Where each operation lives on the client: its resource path and method name, and the resource tree.

Names come from the naming strategy (generator/plan/naming.py), then step aside for what generated
classes define themselves (`with_raw_response`, the client's `close`), then yield to sdk.yaml
`overrides`. Two operations on one method, or a method named like a sub-resource, is a `PlanError`
naming both (with an sdk.yaml the author decides; without one, plan/collisions.py tells them apart).
"""

from __future__ import annotations

from typing import Any

from generator.config import SdkConfig
from generator.errors import PlanError
from generator.plan.model import Operation, Resource
from generator.plan.naming import RESERVED_MEMBERS, operation_name

# Names a generated class body refers to (decorators, qualified annotations); no member may take them.
_MEMBER_SHADOWS = {"builtins", "cached_property", "datetime"}
_RESOURCE_MEMBERS = {"with_raw_response"}  # what every resource class defines (and sdk.yaml raw_alias)
_CLIENT_MEMBERS = {"close", "aclose"}  # what the client defines besides its resources


def method_place(config: SdkConfig, method: str, path: str, raw_op: dict[str, Any]) -> tuple[tuple[str, ...], str]:
    """(resource path, method name) of one operation."""
    override = config.override_for(method, path)
    resource, name = operation_name(
        config.naming,
        method=method,
        path=path,
        operation_id=raw_op.get("operationId"),
        tags=[str(t) for t in raw_op.get("tags") or []],
    )
    # `tickets.close` is fine (resources have no close()); a top-level `close` would hide the client's.
    resource = tuple(
        part + "_" if part in _MEMBER_SHADOWS | _RESOURCE_MEMBERS or (not i and part in _CLIENT_MEMBERS) else part
        for i, part in enumerate(resource)
    )
    if name in _MEMBER_SHADOWS | _RESOURCE_MEMBERS or name == config.raw_alias:
        name += "_"
    if override and override.resource:
        resource = tuple(override.resource.split("."))
    if override and override.name:
        name = override.name
    return resource, name


def resource_tree(operations: list[Operation]) -> dict[str, Resource]:
    roots: dict[str, Resource] = {}
    seen: dict[tuple[str, ...], Operation] = {}
    for op in operations:
        full = (*op.resource, op.name)
        if full in seen:
            other = seen[full]
            raise PlanError(
                f"two operations map to the same method `client.{'.'.join(full)}`: {other.key} ({other.pointer}) "
                f"and {op.key} ({op.pointer}); add an `overrides` entry in sdk.yaml to name one of them"
            )
        seen[full] = op
        level = roots
        node: Resource | None = None
        for depth in range(len(op.resource)):
            part = op.resource[depth]
            node = level.setdefault(part, Resource(path=op.resource[: depth + 1]))
            level = node.children
        assert node is not None
        node.operations.append(op)
    for resource in [r for root in roots.values() for r in root.walk()]:
        names = {op.name for op in resource.operations}
        clash = names & (set(resource.children) | (RESERVED_MEMBERS - _CLIENT_MEMBERS - {"raw"}))
        if clash:
            name = sorted(clash)[0]
            raise PlanError(
                f"`client.{'.'.join(resource.path)}.{name}` is both a method and a sub-resource or reserved name; "
                "rename one with an `overrides` entry in sdk.yaml"
            )
    return roots


def avoid_model_names(resources: dict[str, Resource], taken: set[str]) -> list[str]:
    """A resource class whose name a model already has (Google's `WebResource` schema beside the
    `web_resource` resource: `...WebResourceResource` twice in one module, ruff F811) is named
    `...Operations` instead (then numbered); returns a warning for each."""
    warnings: list[str] = []
    for root in resources.values():
        for resource in root.walk():

            def clash(res: Resource) -> bool:
                name = res.class_name
                return bool({name, f"Async{name}", f"{name}WithRawResponse", f"Async{name}WithRawResponse"} & taken)

            if not clash(resource):
                continue
            old = resource.class_name
            resource.suffix = "Operations"
            n = 2
            while clash(resource):
                resource.suffix = f"Operations{n}"
                n += 1
            warnings.append(f"resource class {old} is named {resource.class_name}: a model has the name")
    return warnings
