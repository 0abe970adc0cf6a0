"""Discriminated unions: decode `oneOf`/`anyOf` by the discriminator value.

openapi-python-client ignores `discriminator` and decodes a union by trying its variants in order,
so `{"petType": "dog", ...}` becomes the first variant whose required fields happen to be present
(a `Cat`). Its literal enums, however, reject values outside the enum. So the discriminator property
of every variant is narrowed to the value(s) that select it (from `mapping`, or the schema name when
the mapping is implicit): trying variants in order then picks exactly the one the value names. A
last fallback variant, `<Union>Unknown` (an open object), keeps the raw data of a value no variant
claims instead of failing.
"""

from __future__ import annotations

import re
from typing import Any

from generator.errors import pointer
from generator.normalize import Change

_SCHEMAS_REF = "#/components/schemas/"


def _pascal(text: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^A-Za-z0-9]+", text) if part)


def _unions_and_bases(doc: dict[str, Any]) -> tuple[list[tuple[dict[str, Any], tuple[str, ...]]], set[str]]:
    """Every schema with a discriminator and a oneOf/anyOf list, with its path, in document order; and the
    names of the schemas some `allOf` refers to. One walk for both (GitHub's spec: 80,000 mappings)."""
    found: list[tuple[dict[str, Any], tuple[str, ...]]] = []
    bases: set[str] = set()
    seen: set[int] = set()

    def visit(node: Any, path: tuple[str, ...]) -> None:  # only mappings and lists are visited and given paths
        if isinstance(node, dict):
            if id(node) in seen:
                return
            seen.add(id(node))
            disc = node.get("discriminator")
            if isinstance(disc, dict) and isinstance(disc.get("propertyName"), str):
                if any(isinstance(node.get(k), list) for k in ("oneOf", "anyOf")):
                    found.append((node, path))
            for part in node.get("allOf") or [] if isinstance(node.get("allOf"), list) else []:
                name = _schema_name(part.get("$ref")) if isinstance(part, dict) else None
                if name is not None:
                    bases.add(name)
            for key, value in node.items():
                if isinstance(value, (dict, list)):
                    visit(value, (*path, str(key)))
        else:
            for i, value in enumerate(node):
                if isinstance(value, (dict, list)):
                    visit(value, (*path, str(i)))

    if isinstance(doc, (dict, list)):
        visit(doc, ())
    return found, bases


def _schema_name(ref: Any) -> str | None:
    if isinstance(ref, str) and ref.startswith(_SCHEMAS_REF) and "/" not in ref[len(_SCHEMAS_REF) :]:
        return ref[len(_SCHEMAS_REF) :].replace("~1", "/").replace("~0", "~")
    return None


def _variant_values(union: dict[str, Any]) -> dict[str, list[str]]:
    """{schema name: discriminator values selecting it}: explicit mapping first, then implicit names."""
    disc = union["discriminator"]
    mapping = disc.get("mapping") if isinstance(disc.get("mapping"), dict) else {}
    values: dict[str, list[str]] = {}
    for value, ref in mapping.items():
        name = _schema_name(ref) or (str(ref) if isinstance(ref, str) and "/" not in ref else None)
        if name is not None:
            values.setdefault(name, []).append(str(value))
    for key in ("oneOf", "anyOf"):
        for variant in union.get(key) or []:
            name = _schema_name(variant.get("$ref")) if isinstance(variant, dict) else None
            if name is not None and name not in values:
                values[name] = [name]
    return values


def _fallback_name(path: tuple[str, ...], prop: str, schemas: dict[str, Any]) -> str:
    if path[:2] == ("components", "schemas") and len(path) >= 3:
        parts = [path[2]] + [p for i, p in enumerate(path[3:]) if path[3 + i - 1] == "properties"]
        base = "".join(_pascal(p) for p in parts)
    else:
        base = _pascal(prop)
    name = f"{base}Unknown"
    i = 2
    while name in schemas:
        name = f"{base}Unknown{i}"
        i += 1
    return name


def _is_narrow(node: Any, values: list[str]) -> bool:
    if not isinstance(node, dict):
        return False
    if "const" in node:
        return node["const"] in values
    enum = node.get("enum")
    return isinstance(enum, list) and bool(enum) and set(enum) <= set(values)


def _already_narrow(doc: dict[str, Any], schema: Any, prop: str, values: list[str], depth: int = 0) -> bool:
    """Whether `schema` (or one of its allOf parts) already limits `prop` to some of `values`."""
    if isinstance(schema, dict) and _schema_name(schema.get("$ref")) is not None:
        schema = ((doc.get("components") or {}).get("schemas") or {}).get(_schema_name(schema["$ref"]))
    if not isinstance(schema, dict) or depth > 20:
        return False
    properties = schema.get("properties")
    if isinstance(properties, dict) and _is_narrow(properties.get(prop), values):
        return True
    return any(_already_narrow(doc, part, prop, values, depth + 1) for part in schema.get("allOf") or [])


def _resolved(doc: dict[str, Any], node: Any) -> Any:
    name = _schema_name(node.get("$ref")) if isinstance(node, dict) else None
    return ((doc.get("components") or {}).get("schemas") or {}).get(name) if name is not None else node


def _inherited_enum(doc: dict[str, Any], schema: Any, prop: str, depth: int = 0) -> list[Any] | None:
    """The `enum` an allOf parent of `schema` gives `prop` (through `$ref`s), or None."""
    schema = _resolved(doc, schema)
    if not isinstance(schema, dict) or depth > 20:
        return None
    for part in schema.get("allOf") or [] if isinstance(schema.get("allOf"), list) else []:
        part = _resolved(doc, part)
        properties = part.get("properties") if isinstance(part, dict) else None
        declared = _resolved(doc, properties.get(prop)) if isinstance(properties, dict) else None
        if isinstance(declared, dict) and isinstance(declared.get("enum"), list):
            return list(declared["enum"])
        found = _inherited_enum(doc, part, prop, depth + 1)
        if found is not None:
            return found
    return None


def _narrow(doc: dict[str, Any], schema: dict[str, Any], prop: str, values: list[str], where: str) -> Change | None:
    """Make `schema`'s discriminator property an enum of `values`; None when it already is one, or when
    an inherited enum does not list the values (the parser refuses to merge two enums that disagree, and
    would drop the schema: the variant is then told apart by trying it in order)."""
    if _already_narrow(doc, schema, prop, values):
        return None
    inherited = _inherited_enum(doc, schema, prop)
    if inherited is not None and not set(values) <= set(inherited):
        return None
    current = (schema.get("properties") or {}).get(prop) if isinstance(schema.get("properties"), dict) else None
    if isinstance(current, dict) and current.get("type", "string") != "string":
        return None  # mapping keys are strings; an integer or boolean tag is left to the in-order decoding
    narrowed = {"type": "string", "enum": list(values)}
    properties = schema.get("properties")
    if isinstance(properties, dict) and prop in properties:
        current = properties[prop]
        if isinstance(current, dict) and "$ref" not in current and "const" not in current:
            current["enum"] = list(values)
            current.setdefault("type", "string")
            if "default" in current and current["default"] not in values:
                del current["default"]
        else:
            properties[prop] = narrowed
        return Change("discriminator_literals", where + pointer("properties", prop), f"enum {values}")
    for part in schema.get("allOf") or [] if isinstance(schema.get("allOf"), list) else []:
        own = part.get("properties") if isinstance(part, dict) and "$ref" not in part else None
        declared = own.get(prop) if isinstance(own, dict) else None
        if isinstance(declared, dict) and "$ref" not in declared and "const" not in declared:
            # declared in an inline part of this schema's own allOf: narrowed there (a second part with
            # its own enum would give the parser two enums of one name that disagree)
            declared["enum"] = list(values)
            declared.setdefault("type", "string")
            if "default" in declared and declared["default"] not in values:
                del declared["default"]
            at = where + pointer("allOf", str(schema["allOf"].index(part)), "properties", prop)
            return Change("discriminator_literals", at, f"enum {values}")
    if isinstance(schema.get("allOf"), list):  # inherited property: narrow it in one more allOf part
        schema["allOf"].append({"type": "object", "properties": {prop: narrowed}})
        return Change("discriminator_literals", where + "/allOf", f"added {prop} enum {values}")
    schema.setdefault("properties", {})[prop] = narrowed
    return Change("discriminator_literals", where + pointer("properties", prop), f"added enum {values}")


def discriminator_literals(doc: dict[str, Any]) -> list[Change]:
    """Narrow each variant's discriminator property to its values and add an `...Unknown` fallback."""
    schemas = (doc.get("components") or {}).get("schemas")
    if not isinstance(schemas, dict):
        return []
    # A schema other schemas extend through allOf (`bases`) keeps its property as is: narrowing it would
    # empty the enum its children inherit (Frame.io: SyncGroupWithIncludes extends GroupCommonWithIncludes).
    unions, bases = _unions_and_bases(doc)
    targets: dict[tuple[str, str], list[str]] = {}  # (schema name, property) → values, across unions
    for union, _path in unions:
        prop = union["discriminator"]["propertyName"]
        for name, values in _variant_values(union).items():
            if isinstance(schemas.get(name), dict) and name not in bases:
                merged = targets.setdefault((name, prop), [])
                merged.extend(v for v in values if v not in merged)
    changes: list[Change] = []
    for (name, prop), values in targets.items():
        change = _narrow(doc, schemas[name], prop, values, pointer("components", "schemas", name))
        if change is not None:
            changes.append(change)
    fallbacks: dict[tuple[str, tuple[str, ...]], str] = {}
    for union, path in unions:
        prop = union["discriminator"]["propertyName"]
        key = "oneOf" if isinstance(union.get("oneOf"), list) else "anyOf"
        variants = union[key]
        refs = tuple(str(v.get("$ref")) for v in variants if isinstance(v, dict))
        if not any(_schema_name(r) for r in refs):
            continue
        if any(_schema_name(r) in bases for r in refs):  # try the extended (wider) variants last
            variants.sort(key=lambda v: isinstance(v, dict) and _schema_name(v.get("$ref")) in bases)
            refs = tuple(str(v.get("$ref")) for v in variants if isinstance(v, dict))
        name = fallbacks.get((prop, refs), "")
        if not name:
            name = _fallback_name(path, prop, schemas)
            schemas[name] = {
                "type": "object",
                "description": f"A variant whose `{prop}` none of the known variants claims; "
                "its raw fields are kept in `additional_properties`.",
                "properties": {prop: {"type": "string"}},
                "additionalProperties": True,
            }
            fallbacks[(prop, refs)] = name
        variants.append({"$ref": _SCHEMAS_REF + name})
        changes.append(
            Change("discriminator_literals", pointer(*path, key), f"added fallback {name} for unknown `{prop}` values")
        )
    return changes
