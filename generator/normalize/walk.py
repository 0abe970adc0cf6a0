"""Helpers to visit every schema object in an OpenAPI 3 document with its JSON pointer."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.errors import pointer

_SCHEMA_KEYS_SINGLE = ("items", "additionalProperties", "not", "schema")
_SCHEMA_KEYS_LIST = ("allOf", "oneOf", "anyOf", "prefixItems")


def iter_schemas(doc: dict[str, Any]) -> Iterator[tuple[dict[str, Any], str]]:
    """Yield (schema, json_pointer) for every schema-like mapping in the document, each object once."""
    seen: set[int] = set()
    stack: list[tuple[Any, tuple[str, ...]]] = [(doc, ())]
    while stack:
        node, path = stack.pop()
        if isinstance(node, dict):
            if id(node) in seen:
                continue
            seen.add(id(node))
            if (
                "type" in node
                or "enum" in node
                or "properties" in node
                or "$ref" not in node
                and path[-2:-1]
                in (
                    ("schemas",),
                    ("properties",),
                )
            ):
                yield node, pointer(*path)
            for key, value in node.items():
                if isinstance(value, (dict, list)):
                    stack.append((value, (*path, str(key))))
        elif isinstance(node, list):
            if id(node) in seen:  # YAML anchors share lists too (billion laughs): walk each once
                continue
            seen.add(id(node))
            for i, value in enumerate(node):
                if isinstance(value, (dict, list)):
                    stack.append((value, (*path, str(i))))
