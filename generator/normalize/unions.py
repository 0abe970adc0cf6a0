"""Unions without a discriminator: reported, not changed.

openapi-python-client decodes `oneOf`/`anyOf` by trying the variants in order; when two or more
variants are objects that nothing tells apart (no discriminator, no property whose const/enum values
differ per variant), the first variant whose required fields are present wins. That is kept, but
each such union becomes a warning in the generation report so a reader knows where to look.
"""

from __future__ import annotations

from typing import Any

from generator.errors import pointer
from generator.normalize import Findings
from generator.normalize.walk import iter_nodes
from generator.refs import resolve

_resolve = resolve

_SCHEMAS_REF = "#/components/schemas/"


def _properties(doc: dict[str, Any], schema: Any, depth: int = 0) -> dict[str, Any]:
    schema = _resolve(doc, schema)
    if not isinstance(schema, dict) or depth > 20:
        return {}
    props: dict[str, Any] = {}
    for part in schema.get("allOf") or []:
        props.update(_properties(doc, part, depth + 1))
    if isinstance(schema.get("properties"), dict):
        props.update(schema["properties"])
    return props


def _is_object(doc: dict[str, Any], schema: Any) -> bool:
    schema = _resolve(doc, schema)
    return isinstance(schema, dict) and (schema.get("type") == "object" or "properties" in schema or "allOf" in schema)


def _tag_values(doc: dict[str, Any], prop: Any) -> set[Any] | None:
    prop = _resolve(doc, prop)
    if not isinstance(prop, dict):
        return None
    if "const" in prop:
        return {prop["const"]}
    enum = prop.get("enum")
    return set(enum) if isinstance(enum, list) and enum and all(isinstance(v, str) for v in enum) else None


def _told_apart(doc: dict[str, Any], variants: list[Any]) -> bool:
    """Some property present in every variant has disjoint const/enum values across them."""
    props = [_properties(doc, v) for v in variants]
    for name in set(props[0]).intersection(*props[1:]):
        values = [_tag_values(doc, p[name]) for p in props]
        if all(v is not None for v in values):
            union: set[Any] = set()
            disjoint = True
            for v in values:
                assert v is not None
                if union & v:
                    disjoint = False
                union |= v
            if disjoint:
                return True
    return False


def _label(variant: Any, i: int) -> str:
    ref = variant.get("$ref") if isinstance(variant, dict) else None
    if isinstance(ref, str) and ref.startswith(_SCHEMAS_REF):
        return ref[len(_SCHEMAS_REF) :]
    return f"variant {i}"


def ambiguous_unions(doc: dict[str, Any]) -> list[str]:
    """One warning per `oneOf`/`anyOf` with two or more object variants that nothing tells apart."""
    warnings: list[str] = []
    for node, path in iter_nodes(doc):
        for key in ("oneOf", "anyOf"):
            variants = node.get(key)
            if not isinstance(variants, list) or "discriminator" in node:
                continue
            objects = [v for v in variants if _is_object(doc, v)]
            if len(objects) >= 2 and not _told_apart(doc, objects):
                names = ", ".join(_label(v, i) for i, v in enumerate(variants) if v in objects)
                warnings.append(
                    f"{pointer(*path, key)}: no discriminator; decoded by trying {names} in order "
                    "(the first whose required fields are present wins)"
                )
    return sorted(warnings)


def ambiguous_union_findings(doc: dict[str, Any]) -> Findings:
    return Findings(warnings=ambiguous_unions(doc))
