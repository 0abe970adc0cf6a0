"""A component schema marked `nullable: true` (OpenAPI 3.0) carries its nullability to where it is used.

openapi-python-client reads `nullable: true` as the union `[the schema, null]`. On a component object
that union is built twice (once while the component names are collected, once while the models are
made), so every inline object or enum inside it is made twice: "Attempted to generate duplicate models
with name `GitHubAppPermissions`" drops the component, and every operation returning it imports a
module that was never written. GitHub's REST spec has two such components (`integration` and
`nullable-integration`, both titled "GitHub app"), and stock openapi-python-client 0.29.1 fails there
the same way.

The component loses `nullable` and each `$ref` to it says it instead: a reference standing alone
becomes `{oneOf: [{$ref}], nullable: true}`, which reads `Model | None` exactly as before. A reference
that is a member of a `oneOf`/`anyOf` makes that union nullable; one inside `allOf` is left as it is
(a composed object takes the referenced fields, and null is not a set of fields).
"""

from __future__ import annotations

from typing import Any

from generator.errors import pointer
from generator.normalize import Change
from generator.refs import walk

_PREFIX = "#/components/schemas/"


def _is_structured(schema: dict[str, Any]) -> bool:
    kind = schema.get("type")
    return kind in ("object", "array") or (kind is None and ("properties" in schema or "items" in schema))


def nullable_components(doc: dict[str, Any]) -> list[Change]:
    schemas = doc.get("components", {}).get("schemas")
    if not isinstance(schemas, dict):
        return []
    names = sorted(
        name
        for name, schema in schemas.items()
        if isinstance(schema, dict) and schema.get("nullable") is True and _is_structured(schema)
    )
    if not names:
        return []
    targets = {_PREFIX + name for name in names}
    changes: list[Change] = []
    for name in names:
        del schemas[name]["nullable"]
        changes.append(
            Change("nullable_components", pointer("components", "schemas", name, "nullable"), "moved to each $ref")
        )
    for node, path in walk(doc):  # a node is rewritten before its children are walked
        if not isinstance(node, dict):
            continue
        for key in ("oneOf", "anyOf"):
            members = node.get(key)
            if isinstance(members, list) and any(_is_target_ref(m, targets) for m in members):
                if node.get("nullable") is not True:
                    node["nullable"] = True
                    changes.append(Change("nullable_components", pointer(*path, key), "a member is nullable"))
        for key, value in list(node.items()):
            if key in ("oneOf", "anyOf", "allOf") or not _is_target_ref(value, targets):
                continue
            node[key] = {"oneOf": [value], "nullable": True}
            changes.append(Change("nullable_components", pointer(*path, key), f"{value['$ref']} | null"))
    return changes


def _is_target_ref(value: Any, targets: set[str]) -> bool:
    return isinstance(value, dict) and value.get("$ref") in targets
