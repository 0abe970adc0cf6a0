"""Inheritance through `allOf`: a child's own property wins, and a base with a discriminator is polymorphic.

openapi-python-client merges the parts of an `allOf` in order and, for two object-typed properties of
the same name, keeps the first one's type: a child that narrows an inherited property
(`ExportJob: allOf: [Job, {properties: {outcome: {$ref: ExportOutcome}}}]`) gets the parent's
`JobOutcome`, and the fields only `ExportOutcome` has fall into `additional_properties`.
`allof_overrides` writes such a child as one object whose properties are its parts' properties with
the later part winning (`required` is the union), which is what `allOf` means for a child that
redefines a property.

A `discriminator` on a base schema whose subtypes extend it with `allOf` (no `oneOf` anywhere) is a
polymorphic type: `discriminator_subtypes` turns each use of the base in a response body or in a
property into `oneOf: [subtypes..., base]` with the base's discriminator, so `discriminator_literals`
then decodes by the value (mapping, or the subtype's schema name when there is no mapping) and the
base, tried last, takes values no subtype claims. It runs before `discriminator_literals`;
`allof_overrides` after it (so the subtypes it narrows through `allOf` are merged too).
"""

from __future__ import annotations

import copy
from typing import Any

from generator.errors import pointer
from generator.normalize import Change

_SCHEMAS_REF = "#/components/schemas/"
# AutoRest's (Azure's) way to name a subtype's discriminator value when the base has no `mapping`.
_AZURE_VALUE = "x-ms-discriminator-value"
_DOC_KEYS = ("description", "title", "example", "examples", "deprecated", "readOnly", "writeOnly")


def _name(ref: Any) -> str | None:
    if isinstance(ref, str) and ref.startswith(_SCHEMAS_REF) and "/" not in ref[len(_SCHEMAS_REF) :]:
        return ref[len(_SCHEMAS_REF) :]
    return None


def _schemas(doc: dict[str, Any]) -> dict[str, Any]:
    schemas = (doc.get("components") or {}).get("schemas")
    return schemas if isinstance(schemas, dict) else {}


def _subtypes(schemas: dict[str, Any], base: str) -> dict[str, list[str]]:
    """{subtype schema name: discriminator values}: the mapping's targets, then schemas extending `base`
    (the value is the subtype's name, or its `x-ms-discriminator-value` where it gives one)."""
    disc = schemas[base]["discriminator"]
    mapping = disc.get("mapping") if isinstance(disc.get("mapping"), dict) else {}
    found: dict[str, list[str]] = {}
    for value, ref in mapping.items():
        name = _name(ref) or (str(ref) if isinstance(ref, str) and "/" not in ref else None)
        if name is not None and name != base and name in schemas:
            found.setdefault(name, []).append(str(value))
    for name, schema in schemas.items():
        parts = schema.get("allOf") if isinstance(schema, dict) else None
        if isinstance(parts, list) and any(isinstance(p, dict) and _name(p.get("$ref")) == base for p in parts):
            found.setdefault(name, [str(schema.get(_AZURE_VALUE, name))])
    return found


def discriminator_subtypes(doc: dict[str, Any]) -> list[Change]:
    """Uses of a base schema with a discriminator and allOf subtypes decode as the subtype the value names."""
    schemas = _schemas(doc)
    polymorphic: dict[str, dict[str, Any]] = {}
    for name, schema in schemas.items():
        if not isinstance(schema, dict) or any(k in schema for k in ("oneOf", "anyOf")):
            continue
        disc = schema.get("discriminator")
        if isinstance(disc, dict) and isinstance(disc.get("propertyName"), str):
            subtypes = _subtypes(schemas, name)
            if subtypes:
                mapping = {value: _SCHEMAS_REF + sub for sub, values in subtypes.items() for value in values}
                polymorphic[name] = {
                    "oneOf": [{"$ref": _SCHEMAS_REF + sub} for sub in subtypes] + [{"$ref": _SCHEMAS_REF + name}],
                    "discriminator": {"propertyName": disc["propertyName"], "mapping": mapping},
                }
    if not polymorphic:
        return []
    changes: list[Change] = []

    def replace(holder: dict[str, Any] | list[Any], key: Any, where: str) -> None:
        node = holder[key]
        if isinstance(node, dict):
            base = _name(node.get("$ref"))
            if base in polymorphic and len(node) == 1:
                holder[key] = copy.deepcopy(polymorphic[base])
                changes.append(
                    Change("discriminator_subtypes", where, f"{base} decodes as the subtype its value names")
                )
                return
            visit(node, where)

    def visit(schema: dict[str, Any], where: str) -> None:
        """The positions a value of this schema can take: properties, items, additionalProperties, unions."""
        for key in ("items", "additionalProperties", "not"):
            if isinstance(schema.get(key), dict):
                replace(schema, key, where + pointer(key))
        for key in ("oneOf", "anyOf"):
            for i in range(len(schema.get(key) or []) if isinstance(schema.get(key), list) else 0):
                replace(schema[key], i, where + pointer(key, str(i)))
        props = schema.get("properties")
        if isinstance(props, dict):
            for prop in list(props):
                replace(props, prop, where + pointer("properties", prop))
        for i, part in enumerate(schema.get("allOf") or [] if isinstance(schema.get("allOf"), list) else []):
            if isinstance(part, dict) and "$ref" not in part:  # the parent refs of allOf stay as they are
                visit(part, where + pointer("allOf", str(i)))

    for name, schema in schemas.items():
        if isinstance(schema, dict):
            visit(schema, pointer("components", "schemas", name))
    for path, item in (doc.get("paths") or {}).items() if isinstance(doc.get("paths"), dict) else []:
        for method, op in item.items() if isinstance(item, dict) else []:
            responses = op.get("responses") if isinstance(op, dict) else None
            for code, response in responses.items() if isinstance(responses, dict) else []:
                content = response.get("content") if isinstance(response, dict) else None
                for media, body in content.items() if isinstance(content, dict) else []:
                    if isinstance(body, dict) and isinstance(body.get("schema"), dict):
                        where = pointer("paths", path, method, "responses", str(code), "content", media, "schema")
                        replace(body, "schema", where)
    return changes


def _effective(schemas: dict[str, Any], schema: Any, depth: int = 0) -> tuple[dict[str, Any], list[str]]:
    """The properties and required names a schema has through its own keys and its allOf parts."""
    if isinstance(schema, dict) and _name(schema.get("$ref")) is not None:
        schema = schemas.get(_name(schema["$ref"]) or "")
    if not isinstance(schema, dict) or depth > 30:
        return {}, []
    properties: dict[str, Any] = {}
    required: list[str] = []
    for part in schema.get("allOf") or [] if isinstance(schema.get("allOf"), list) else []:
        props, req = _effective(schemas, part, depth + 1)
        properties.update(props)
        required.extend(r for r in req if r not in required)
    if isinstance(schema.get("properties"), dict):
        properties.update(schema["properties"])
    if isinstance(schema.get("required"), list):
        required.extend(str(r) for r in schema["required"] if r not in required)
    return properties, required


def _kind(schema: Any) -> Any:
    """What decides a property's Python type (documentation keys left out)."""
    if not isinstance(schema, dict):
        return schema
    if "$ref" in schema:
        return schema["$ref"]
    if "enum" in schema or "const" in schema:
        return None  # openapi-python-client merges enums (the narrower wins) itself
    return {k: _kind(v) if k == "items" else v for k, v in schema.items() if k not in _DOC_KEYS}


def allof_overrides(doc: dict[str, Any]) -> list[Change]:
    """Write a component whose allOf redefines an inherited property's type as one merged object."""
    schemas = _schemas(doc)
    changes: list[Change] = []
    for name, schema in list(schemas.items()):
        parts = schema.get("allOf") if isinstance(schema, dict) else None
        if not isinstance(parts, list) or len(parts) < 2:
            continue
        seen: dict[str, Any] = {}
        overridden: list[str] = []
        for part in parts:
            for prop, prop_schema in _effective(schemas, part)[0].items():
                earlier = _kind(seen.get(prop))
                if prop in seen and earlier is not None and _kind(prop_schema) is not None:
                    if earlier != _kind(prop_schema) and prop not in overridden:
                        overridden.append(prop)
                seen[prop] = prop_schema
        if not overridden:
            continue
        properties, required = _effective(schemas, schema)
        merged = {k: v for k, v in schema.items() if k != "allOf"}
        merged["type"] = "object"
        merged["properties"] = copy.deepcopy(properties)
        if required:
            merged["required"] = required
        schemas[name] = merged
        changes.append(
            Change(
                "allof_overrides",
                pointer("components", "schemas", name, "allOf"),
                f"merged into one object: its own {', '.join(overridden)} replaces the inherited one",
            )
        )
    return changes
