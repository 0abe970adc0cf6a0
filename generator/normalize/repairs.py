"""Repairs: the small mistakes real published specs make, fixed or dropped, each one reported as a warning.

A spec that is slightly invalid is still an API description, so the generator copes instead of
refusing it. Each repair removes or rewrites only the part that is wrong and says what it did:

- `example` / `default` whose value does not have the schema's type (`'2016'` for an integer): dropped;
- a `pattern` that Python's `re` cannot compile (ECMAScript/PCRE syntax such as `\\p{L}`): dropped;
- a discriminator `mapping` value that is not one of the union's `oneOf`/`anyOf` refs: dropped;
- `type: 'null'` in an OpenAPI 3.0 document (only 3.1 has it): the null variant of an `anyOf`/`oneOf`
  is removed and the union made `nullable`; `type: [X, 'null']` becomes `type: X, nullable: true`;
- `enum: []` (no value can ever match; openapi-python-client's models refuse it): dropped;
- a `default` that is not one of the schema's `enum` values (the parser drops the whole schema): dropped;
- `type: array` without `items` or `prefixItems` (`items` is required in 3.0 and Swagger 2.0; openapi-python-client drops the
  response or model): `items: {}`, a list of any JSON values.

These run before the `normalize` transforms and before validation (`--strict` skips them, so the
validator sees the document as written). The checks are hand-written rather than read back from
openapi-spec-validator's findings because the validator stops at the first problem of a schema,
reports paths relative to the sub-schema it was checking, and does not look at `example` at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from generator.errors import Finding, pointer
from generator.refs import walk

_SCALAR_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
}
_SCHEMA_LISTS = ("allOf", "oneOf", "anyOf", "prefixItems")
_SCHEMA_SINGLE = ("items", "additionalProperties", "not", "schema")
_VALUE_KEYS = ("example", "examples", "default", "enum", "const", "x-examples")  # values, not schemas


def _type_matches(schema: dict[str, Any], value: Any) -> bool:
    """Whether `value` has (one of) the schema's declared types; a schema without `type` accepts anything."""
    declared = schema.get("type")
    types = declared if isinstance(declared, list) else [declared]
    if declared is None or not all(isinstance(t, str) for t in types):
        return True
    if value is None:
        return "null" in types or schema.get("nullable") is True
    for name in types:
        python_types = _SCALAR_TYPES.get(str(name))
        if python_types is None:
            if name != "null":
                return True  # an unknown type name: not ours to judge
            continue
        if isinstance(value, bool) and name not in ("boolean",):
            continue  # True is an int in Python, not in JSON
        if isinstance(value, python_types):
            if name == "integer" and isinstance(value, float) and not value.is_integer():
                continue
            return True
        if name == "number" and isinstance(value, float):
            return True
    return False


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _iter_schema_nodes(doc: dict[str, Any]) -> list[tuple[dict[str, Any], tuple[str, ...]]]:
    """Every mapping in the document with its path (each object once; YAML anchors share objects); the
    values of `example`, `default` and the like are data, not schemas, and are not walked into."""

    def is_value(path: tuple[str, ...], key: str) -> bool:
        return path[-1:] != ("properties",) and key in _VALUE_KEYS  # a property may be named `example`

    # a deterministic order (the document's, reversed per level); findings are sorted later
    return [(node, path) for node, path in walk(doc, skip=is_value) if isinstance(node, dict)]


Nodes = list[tuple[dict[str, Any], tuple[str, ...]]]


def _nodes(doc: dict[str, Any], nodes: Nodes | None) -> Nodes:
    return nodes if nodes is not None else _iter_schema_nodes(doc)


def _is_schema(node: dict[str, Any], path: tuple[str, ...]) -> bool:
    if not path:
        return False
    if path[-1] in _SCHEMA_SINGLE or (len(path) > 1 and path[-2] in (*_SCHEMA_LISTS, "properties")):
        return True
    return len(path) == 3 and path[:2] == ("components", "schemas")


def wrong_typed_examples(doc: dict[str, Any], nodes: Nodes | None = None) -> list[Finding]:
    """`example` and `default` values that do not have the schema's type are dropped."""
    findings: list[Finding] = []
    for node, path in _nodes(doc, nodes):
        if not _is_schema(node, path) or "$ref" in node:
            continue
        for key in ("default", "example"):
            if key in node and not _type_matches(node, node[key]):
                value = node.pop(key)
                findings.append(
                    Finding(
                        pointer(*path, key),
                        f"{_short(value)} is not of type {node.get('type')!r}",
                        f"{key} dropped",
                    )
                )
    return findings


def foreign_regex_patterns(doc: dict[str, Any], nodes: Nodes | None = None) -> list[Finding]:
    """A `pattern` Python's `re` cannot compile (written for ECMAScript or PCRE) is dropped: the SDK does
    not check patterns, and the validator and the docs would otherwise trip over it."""
    findings: list[Finding] = []
    for node, path in _nodes(doc, nodes):
        value = node.get("pattern")
        if not _is_schema(node, path) or value is None:
            continue
        try:
            re.compile(value) if isinstance(value, str) else None
        except (re.error, RecursionError, OverflowError) as exc:
            del node["pattern"]
            findings.append(Finding(pointer(*path, "pattern"), f"not a Python regular expression ({exc})", "dropped"))
            continue
        if not isinstance(value, str):
            del node["pattern"]
            findings.append(Finding(pointer(*path, "pattern"), f"{_short(value)} is not a string", "dropped"))
    return findings


def _ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")


def discriminator_mappings(doc: dict[str, Any], nodes: Nodes | None = None) -> list[Finding]:
    """A discriminator `mapping` value naming a schema that is not one of the union's variants is dropped
    (the discriminator would select a class the union cannot hold)."""
    findings: list[Finding] = []
    for node, path in _nodes(doc, nodes):
        disc = node.get("discriminator")
        if not isinstance(disc, dict) or not isinstance(disc.get("mapping"), dict):
            continue
        variants = [v for key in ("oneOf", "anyOf") for v in node.get(key) or [] if isinstance(v, dict)]
        refs = {v["$ref"] for v in variants if isinstance(v.get("$ref"), str)}
        if not refs:
            continue  # a discriminator on a base schema (allOf inheritance): any subtype may be named
        names = {_ref_name(r) for r in refs}
        mapping = disc["mapping"]
        for value, target in list(mapping.items()):
            ok = isinstance(target, str) and (target in refs or ("/" not in target and target in names))
            if not ok:
                del mapping[value]
                findings.append(
                    Finding(
                        pointer(*path, "discriminator", "mapping", value),
                        f"{_short(target)} is not one of the union's variants",
                        "mapping entry dropped",
                    )
                )
        if not mapping:
            del disc["mapping"]
    return findings


def _null_only(node: Any) -> bool:
    return isinstance(node, dict) and node.get("type") == "null" and not ({*node} - {"type", "description", "title"})


def null_types_in_30(doc: dict[str, Any], nodes: Nodes | None = None) -> list[Finding]:
    """OpenAPI 3.0 has no `type: 'null'` (3.1 does); it is turned into `nullable: true`."""
    if not str(doc.get("openapi", "")).startswith("3.0"):
        return []
    findings: list[Finding] = []
    removed: set[int] = set()
    for node, path in _nodes(doc, nodes):
        if id(node) in removed:
            continue
        for key in ("anyOf", "oneOf"):
            variants = node.get(key)
            if isinstance(variants, list) and any(_null_only(v) for v in variants):
                kept = [v for v in variants if not _null_only(v)]
                removed.update(id(v) for v in variants if _null_only(v))
                node[key] = kept
                node["nullable"] = True
                findings.append(
                    Finding(
                        pointer(*path, key),
                        "type 'null' is not an OpenAPI 3.0 type",
                        "null variant removed, union made nullable",
                    )
                )
                if len(kept) == 1 and isinstance(kept[0], dict) and "$ref" not in kept[0] and len(node) == 2:
                    del node[key]
                    node.update(kept[0])  # `anyOf: [{type: string}, {type: 'null'}]` → `{type: string, nullable}`
        declared = node.get("type")
        if isinstance(declared, list) and _is_schema(node, path):
            rest = [t for t in declared if t != "null"]
            if len(rest) == 1:
                node["type"] = rest[0]
                if len(rest) != len(declared):
                    node["nullable"] = True
                findings.append(
                    Finding(
                        pointer(*path, "type"), f"a list of types {declared!r} is not OpenAPI 3.0", f"type {rest[0]!r}"
                    )
                )
        elif declared == "null" and _is_schema(node, path):
            del node["type"]
            node["nullable"] = True
            findings.append(Finding(pointer(*path, "type"), "type 'null' is not an OpenAPI 3.0 type", "made nullable"))
    return findings


def empty_enums(doc: dict[str, Any], nodes: Nodes | None = None) -> list[Finding]:
    """`enum: []` admits no value at all (and openapi-python-client's models refuse it): dropped."""
    findings: list[Finding] = []
    for node, path in _nodes(doc, nodes):
        if isinstance(node.get("enum"), list) and not node["enum"] and _is_schema(node, path):
            del node["enum"]
            findings.append(Finding(pointer(*path, "enum"), "an empty enum admits no value", "enum dropped"))
    return findings


def defaults_outside_enum(doc: dict[str, Any], nodes: Nodes | None = None) -> list[Finding]:
    """A `default` that the schema's own `enum` does not list is dropped (null stays where nullable)."""
    findings: list[Finding] = []
    for node, path in _nodes(doc, nodes):
        values, default = node.get("enum"), node.get("default")
        if not isinstance(values, list) or not values or "default" not in node or not _is_schema(node, path):
            continue
        if default in values or (default is None and node.get("nullable") is True):
            continue
        del node["default"]
        findings.append(
            Finding(pointer(*path, "default"), f"{_short(default)} is not one of the enum values", "default dropped")
        )
    return findings


def arrays_without_items(doc: dict[str, Any], nodes: Nodes | None = None) -> list[Finding]:
    """`type: array` with no `items` holds any JSON values: `items: {}`."""
    findings: list[Finding] = []
    for node, path in _nodes(doc, nodes):
        if node.get("type") == "array" and not {"items", "prefixItems"} & node.keys() and _is_schema(node, path):
            node["items"] = {}
            findings.append(Finding(pointer(*path), "an array schema without `items`", "items: any value"))
    return findings


REPAIRS: list[tuple[str, Callable[[dict[str, Any], Nodes | None], list[Finding]]]] = [
    ("null_types_in_30", null_types_in_30),
    ("empty_enums", empty_enums),
    ("arrays_without_items", arrays_without_items),
    ("defaults_outside_enum", defaults_outside_enum),
    ("wrong_typed_examples", wrong_typed_examples),
    ("foreign_regex_patterns", foreign_regex_patterns),
    ("discriminator_mappings", discriminator_mappings),
]


def repair(doc: dict[str, Any]) -> list[Finding]:
    """Run every repair in order; every finding says where, what was wrong and what was done."""
    findings: list[Finding] = []
    nodes = _iter_schema_nodes(doc)  # one walk for all repairs: real specs run to 100,000 objects
    for _name, func in REPAIRS:
        findings.extend(func(doc, nodes))
    return sorted(findings, key=lambda f: f.pointer)
