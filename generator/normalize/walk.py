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
    mappings and lists, billion-laughs style: each is walked once).

    Depth first, last key first. The normalize transforms walk the whole document one after another
    (GitHub's spec: 80,000 mappings a walk), so only mappings and lists are stacked, and a JSON pointer
    is left for the caller to build from the path when it has something to report.
    """
    seen: set[int] = set()
    stack: list[tuple[Any, tuple[str, ...]]] = [(doc, ())]
    pop, push, see = stack.pop, stack.append, seen.add
    while stack:
        node, path = pop()
        if id(node) in seen:
            continue
        if isinstance(node, dict):
            see(id(node))
            yield node, path
            for key, value in node.items():
                if isinstance(value, (dict, list)):
                    push((value, (*path, str(key))))
        elif isinstance(node, list):
            see(id(node))
            for i, value in enumerate(node):
                if isinstance(value, (dict, list)):
                    push((value, (*path, str(i))))


def iter_schemas(doc: dict[str, Any]) -> Iterator[tuple[dict[str, Any], tuple[str, ...]]]:
    """Yield (schema, path) for every schema-like mapping in the document, each object once;
    `pointer(*path)` is its JSON pointer."""
    for node, path in iter_nodes(doc):
        if (
            "type" in node
            or "enum" in node
            or "properties" in node
            or ("$ref" not in node and path[-2:-1] in (("schemas",), ("properties",)))
        ):
            yield node, path


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
