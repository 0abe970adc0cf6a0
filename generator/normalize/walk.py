"""Helpers to visit the parts of an OpenAPI 3 document: every schema object (with its JSON pointer),
every operation."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.errors import pointer

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_SCHEMA_KEYS_SINGLE = ("items", "additionalProperties", "not", "schema")
_SCHEMA_KEYS_LIST = ("allOf", "oneOf", "anyOf", "prefixItems")


def iter_nodes(doc: Any) -> Iterator[tuple[dict[str, Any], tuple[str, ...]]]:
    """Yield (mapping, path) for every mapping in the document, each object once (YAML anchors share
    mappings and lists, billion-laughs style: each is walked once)."""
    seen: set[int] = set()
    stack: list[tuple[Any, tuple[str, ...]]] = [(doc, ())]
    while stack:
        node, path = stack.pop()
        if not isinstance(node, (dict, list)) or id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, dict):
            yield node, path
            children = [(value, (*path, str(key))) for key, value in node.items()]
        else:
            children = [(value, (*path, str(i))) for i, value in enumerate(node)]
        stack.extend(child for child in children if isinstance(child[0], (dict, list)))


def iter_schemas(doc: dict[str, Any]) -> Iterator[tuple[dict[str, Any], str]]:
    """Yield (schema, json_pointer) for every schema-like mapping in the document, each object once."""
    for node, path in iter_nodes(doc):
        if (
            "type" in node
            or "enum" in node
            or "properties" in node
            or ("$ref" not in node and path[-2:-1] in (("schemas",), ("properties",)))
        ):
            yield node, pointer(*path)


def iter_operations(doc: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], str, dict[str, Any]]]:
    """Yield (path, path item, method, operation object) for every operation, in document order."""
    paths = doc.get("paths")
    for path, item in paths.items() if isinstance(paths, dict) else []:
        if isinstance(item, dict):
            for method in HTTP_METHODS:
                if isinstance(item.get(method), dict):
                    yield path, item, method, item[method]


def iter_parameter_lists(doc: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], list[Any]]]:
    """Yield (JSON pointer of the list, its owner, the list) for every `parameters` list: each path
    item's own, then each of its operations', in document order. Callers may replace `owner["parameters"]`."""
    paths = doc.get("paths")
    for path, item in paths.items() if isinstance(paths, dict) else []:
        if not isinstance(item, dict):
            continue
        owners = [((), item)] + [((m,), item[m]) for m in HTTP_METHODS if isinstance(item.get(m), dict)]
        for where, owner in owners:
            params = owner.get("parameters")
            if isinstance(params, list):
                yield pointer("paths", path, *where, "parameters"), owner, params
