"""SDK level: the public surface of two generated packages compared with griffe.

Breaking changes come from `griffe.find_breaking_changes` (removed objects; parameters removed,
added as required, made required, moved, made keyword-only). griffe reports breakages only and
does not compare annotations yet (its `_attribute_incompatibilities` and `_returns_are_compatible`
are TODOs in 2.4.1), so additions (methods, parameters, models, model fields, exports), annotation
changes (parameters, returns, model fields) and enum values (`Literal[...]` aliases) are read from
griffe's loaded object model of the same two packages, not from an AST walk of our own.

Every object is named the way a user reaches it: a resource method as `client.shelves.books.list`
(found by following the client's resource properties, so the sync and async twins share a name and
are reported once), a model field as `models.Book.title`, an export as `bookshelf.Bookshelf`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import griffe

from generator.diff.findings import Finding

_MODEL_INTERNALS = {"additional_properties", "additional_keys"}  # every openapi-python-client model has them
_ANSI = re.compile(r"\x1b\[[0-9;]*m")


@dataclass
class Surface:
    """A loaded package and the user-facing name of everything public in it."""

    package: griffe.Module
    methods: dict[str, griffe.Function] = field(default_factory=dict)  # client.a.b -> the sync method
    models: dict[str, griffe.Object | griffe.Alias] = field(default_factory=dict)  # models.Book, models.BookFormat
    fields: dict[str, griffe.Attribute] = field(default_factory=dict)  # models.Book.title
    exports: set[str] = field(default_factory=set)  # bookshelf.Bookshelf
    names: dict[str, str] = field(default_factory=dict)  # griffe path -> user-facing name


def load_surface(project_dir: Path, package: str, client: str, async_client: str) -> Surface:
    """Load `project_dir/<package>` with griffe and index its public surface."""
    module = griffe.load(package, search_paths=[project_dir], resolve_aliases=True, resolve_external=False)
    assert isinstance(module, griffe.Module)
    surface = Surface(module)
    for name in sorted(_exports(module)):
        surface.exports.add(f"{package}.{name}")
        surface.names[f"{package}.{name}"] = f"{package}.{name}"
    for class_name, record in ((client, True), (async_client, False)):
        if class_name in module.members:
            _walk_resources(surface, _target(module.members[class_name]), "client", record=record, seen=set())
    models = module.members.get("models")
    if isinstance(models, griffe.Module):
        for name in sorted(_exports(models)):
            target = _target(models.members[name]) if name in models.members else None
            surface.names[f"{package}.models.{name}"] = f"models.{name}"
            if target is not None:
                surface.models[f"models.{name}"] = target
            if isinstance(target, griffe.Class):
                surface.names[target.path] = f"models.{name}"
                for attr_name, attr in target.members.items():
                    if (
                        isinstance(attr, griffe.Attribute)
                        and attr.is_public
                        and attr_name not in _MODEL_INTERNALS
                        and attr.annotation is not None
                        and "property" not in attr.labels
                    ):
                        surface.fields[f"models.{name}.{attr_name}"] = attr
                        surface.names[f"{target.path}.{attr_name}"] = f"models.{name}.{attr_name}"
            elif target is not None:
                surface.names[target.path] = f"models.{name}"
    return surface


def _exports(module: griffe.Module) -> list[str]:
    exports = module.exports
    return [str(e) for e in exports] if exports is not None else []


def _target(obj: griffe.Object | griffe.Alias) -> griffe.Object | griffe.Alias:
    try:
        return obj.final_target if isinstance(obj, griffe.Alias) else obj
    except (griffe.AliasResolutionError, griffe.CyclicAliasError):
        return obj


def _walk_resources(
    surface: Surface, cls: griffe.Object | griffe.Alias, prefix: str, *, record: bool, seen: set[str]
) -> None:
    if not isinstance(cls, griffe.Class) or cls.path in seen:
        return
    seen.add(cls.path)
    for name, member in sorted(cls.members.items()):
        if name.startswith("_") or name == "with_raw_response":
            continue
        member = _target(member)
        if isinstance(member, griffe.Function):
            surface.names[member.path] = f"{prefix}.{name}"
            if record:
                surface.methods[f"{prefix}.{name}"] = member
        elif isinstance(member, griffe.Attribute) and "property" in member.labels:
            surface.names[member.path] = f"{prefix}.{name}"
            annotation = member.annotation
            path = getattr(annotation, "canonical_path", None)
            if isinstance(path, str):
                try:
                    resource = surface.package.modules_collection[path]
                except KeyError:
                    continue
                _walk_resources(surface, resource, f"{prefix}.{name}", record=record, seen=seen)


def _name(surface: Surface, path: str) -> str | None:
    if path in surface.names:
        return surface.names[path]
    head, _, tail = path.rpartition(".")
    if head in surface.names:  # a member of something we name (a parameter's function, a model's field)
        return f"{surface.names[head]}.{tail}"
    return None


def _code(value: object) -> str:
    return f"`{value}`"


def _param(value: object) -> str:
    """A griffe parameter (or what griffe gave in its place) as code."""
    return _code(getattr(value, "name", value))


def _kind(value: object) -> object:
    kind = getattr(value, "kind", None)
    return getattr(kind, "value", kind)


_Kind = griffe.BreakageKind
# (object name as code, old value, new value) -> message, per griffe breakage kind.
_MESSAGES: dict[griffe.BreakageKind, Callable[[str, object, object], str]] = {
    _Kind.OBJECT_REMOVED: lambda name, old, new: f"{name} removed",
    _Kind.PARAMETER_REMOVED: lambda name, old, new: f"{name} loses {_param(old)}",
    _Kind.PARAMETER_ADDED_REQUIRED: lambda name, old, new: f"{name} requires the new parameter {_param(new)}",
    _Kind.PARAMETER_CHANGED_REQUIRED: lambda name, old, new: f"{_param(new)} of {name} is now required",
    _Kind.PARAMETER_CHANGED_KIND: lambda name, old, new: (
        f"{_param(new)} of {name} changed from {_kind(old)} to {_kind(new)}"
    ),
    _Kind.PARAMETER_MOVED: lambda name, old, new: f"{_param(new)} of {name} moved to another position",
    _Kind.PARAMETER_CHANGED_DEFAULT: lambda name, old, new: (
        f"default of {_param(new)} of {name} changed from "
        f"{_code(getattr(old, 'default', old))} to {_code(getattr(new, 'default', new))}"
    ),
    _Kind.RETURN_CHANGED_TYPE: lambda name, old, new: f"{name} returns {_code(new)} (was {_code(old)})",
    _Kind.ATTRIBUTE_CHANGED_TYPE: lambda name, old, new: f"{name} is now {_code(new)} (was {_code(old)})",
    _Kind.ATTRIBUTE_CHANGED_VALUE: lambda name, old, new: f"{name} changed from {_code(old)} to {_code(new)}",
}


def _describe(breakage: griffe.Breakage, name: str) -> tuple[str, str]:
    """(rule, message) for one griffe breakage."""
    kind = breakage.kind
    rule = kind.name.lower().replace("_", "-")
    message = _MESSAGES.get(kind)
    if message is None:
        return rule, f"{_code(name)}: {_ANSI.sub('', kind.value).lower()}"
    return rule, message(_code(name), breakage.old_value, breakage.new_value)


def compare_surfaces(old: Surface, new: Surface, renamed: dict[str, str] | None = None) -> list[Finding]:
    """Breaking changes (griffe) and additions between two surfaces, each once, in a stable order.

    `renamed` maps old to new method names for operations the generation reports show under a new
    name (an operationId renamed): reported as one rename rather than a removal and an addition.
    """
    renamed = {k: v for k, v in (renamed or {}).items() if k in old.methods and v in new.methods}
    findings: list[Finding] = []
    for old_name, new_name in sorted(renamed.items()):
        findings.append(
            Finding("method-renamed", True, f"{_code(old_name)} renamed to {_code(new_name)}", method=new_name)
        )
    param_renames = _parameter_renames(old, new)
    renamed_to_params = {(method, new_param) for (method, _), new_param in param_renames.items()}
    for breakage in griffe.find_breaking_changes(old.package, new.package):
        path = breakage.obj.path
        name = _name(old, path) or _name(new, path)
        if name is None:
            continue  # not reachable by users (private modules, the runtime's internals, raw-response twins)
        if breakage.kind is griffe.BreakageKind.OBJECT_REMOVED and name in renamed:
            continue
        param = getattr(breakage.old_value, "name", None) or getattr(breakage.new_value, "name", None)
        if (name, param) in param_renames or (name, param) in renamed_to_params:
            continue
        rule, message = _describe(breakage, name)
        findings.append(Finding(rule, True, message, method=_method_of(name, new, old)))
    for name in sorted(old.methods.keys() - new.methods.keys() - renamed.keys()):
        # griffe reports a whole resource that went as one removed module or class; name each method
        findings.append(Finding("object-removed", True, f"{_code(name)} removed", method=name))
    for (method, old_param), new_param in sorted(param_renames.items()):
        findings.append(
            Finding(
                "parameter-renamed",
                True,
                f"{_code(method)}: parameter {_code(old_param)} renamed to {_code(new_param)}",
                method=method,
            )
        )
    findings.extend(_additions(old, new, set(renamed.values()), {v for (_, v) in param_renames.items()}))
    findings.extend(_annotations(old, new))
    unique: dict[tuple[str, str], Finding] = {}
    for finding in findings:
        unique.setdefault((finding.rule, finding.message), finding)
    return sorted(unique.values(), key=lambda f: (not f.breaking, f.method or "~", f.message))


def _method_of(name: str, *surfaces: Surface) -> str | None:
    for surface in surfaces:
        if name in surface.methods:
            return name
        head = name.rpartition(".")[0]
        if head in surface.methods:
            return head
    return None


def _parameter_renames(old: Surface, new: Surface) -> dict[tuple[str, str], str]:
    """One parameter gone and one of the same annotation and place come in: a rename."""
    renames: dict[tuple[str, str], str] = {}
    for name in sorted(old.methods.keys() & new.methods.keys()):
        before = {p.name: (i, str(p.annotation), p.kind) for i, p in enumerate(old.methods[name].parameters)}
        after = {p.name: (i, str(p.annotation), p.kind) for i, p in enumerate(new.methods[name].parameters)}
        gone, came = sorted(before.keys() - after.keys()), sorted(after.keys() - before.keys())
        if len(gone) == 1 and len(came) == 1 and before[gone[0]][1:] == after[came[0]][1:]:
            renames[(name, gone[0])] = came[0]
    return renames


def _additions(old: Surface, new: Surface, renamed_to: set[str], renamed_params: Iterable[str]) -> list[Finding]:
    skip_params = set(renamed_params)
    found: list[Finding] = []
    for name in sorted(new.methods.keys() - old.methods.keys() - renamed_to):
        found.append(Finding("method-added", False, f"{_code(name)} added", method=name, addition=True))
    for name in sorted(new.methods.keys() & old.methods.keys()):
        before = {p.name for p in old.methods[name].parameters}
        for param in new.methods[name].parameters:
            if param.name not in before and param.name not in skip_params and param.default is not None:
                found.append(
                    Finding(
                        "parameter-added",
                        False,
                        f"{_code(name)} takes the new optional parameter {_code(param.name)}",
                        method=name,
                        addition=True,
                    )
                )
    for name in sorted(new.models.keys() - old.models.keys()):
        found.append(Finding("model-added", False, f"{_code(name)} added", addition=True))
    for name in sorted(new.fields.keys() - old.fields.keys()):
        if name.rpartition(".")[0] in old.models:
            annotation = new.fields[name].annotation
            found.append(
                Finding("model-field-added", False, f"{_code(name)} added ({_code(annotation)})", addition=True)
            )
    for name in sorted(new.exports - old.exports):
        found.append(Finding("export-added", False, f"{_code(name)} added", addition=True))
    return found


def _union(annotation: object) -> set[str]:
    """The members of an annotation's union; `Unset` (omitted) is requiredness, reported apart."""
    return {part.strip() for part in str(annotation).split(" | ")} - {"Unset"}


def _literal_values(obj: griffe.Object | griffe.Alias) -> set[str] | None:
    """The values of a `Name = Literal[...]` alias (how the SDK spells an enum), else None."""
    value = str(getattr(obj, "value", "") or "")
    if not value.startswith("Literal[") or not value.endswith("]"):
        return None
    return {v.strip() for v in value[len("Literal[") : -1].split(",") if v.strip()}


def _annotations(old: Surface, new: Surface) -> list[Finding]:
    """Type changes griffe does not check: parameters (widening is fine), returns (narrowing is fine),
    model fields (read and written, so any change counts) and enum values."""
    found: list[Finding] = []
    for name in sorted(old.methods.keys() & new.methods.keys()):
        before, after = old.methods[name], new.methods[name]
        if _union(before.returns) != _union(after.returns):
            breaking = not _union(after.returns) <= _union(before.returns)
            message = f"{_code(name)} returns {_code(after.returns)} (was {_code(before.returns)})"
            found.append(Finding("return-changed-type", breaking, message, method=name))
        old_params = {p.name: p for p in before.parameters}
        for param in after.parameters:
            was = old_params.get(param.name)
            if was is not None and _union(was.annotation) != _union(param.annotation):
                breaking = not _union(was.annotation) <= _union(param.annotation)
                message = f"{_code(param.name)} of {_code(name)} is now {_code(param.annotation)} (was {_code(was.annotation)})"
                found.append(Finding("parameter-changed-type", breaking, message, method=name))
    for name in sorted(old.fields.keys() & new.fields.keys()):
        before_type, after_type = old.fields[name].annotation, new.fields[name].annotation
        if _union(before_type) != _union(after_type):
            message = f"{_code(name)} is now {_code(after_type)} (was {_code(before_type)})"
            found.append(Finding("attribute-changed-type", True, message))
    for name in sorted(old.models.keys() & new.models.keys()):
        old_values, new_values = _literal_values(old.models[name]), _literal_values(new.models[name])
        if old_values is None or new_values is None:
            continue
        for value in sorted(old_values - new_values):
            found.append(Finding("enum-value-removed", True, f"{_code(name)} loses {_code(value)}"))
        for value in sorted(new_values - old_values):
            found.append(Finding("enum-value-added", False, f"{_code(name)} gains {_code(value)}", addition=True))
    return found
