"""Local `$ref` resolution, shared by every stage (load rejects remote refs before anything else runs).

A `$ref` is a URI whose fragment is a JSON pointer (RFC 6901). In a URI, the pointer is
percent-encoded (RFC 6901 §6): `#/paths/~1vehicles~1%7BvehicleId%7D` names the path item
`/vehicles/{vehicleId}`. A fragment is read as written first and percent-decoded only when that finds
nothing, so a key that really contains `%` keeps working. `load` rewrites every percent-encoded ref to
its plain form (`canonical_ref`), because openapi-python-client compares refs as plain strings.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import unquote

MAX_HOPS = 64
_MISSING = object()


@functools.lru_cache(maxsize=65536)  # the same few thousand refs are resolved over and over
def ref_tokens(fragment: str) -> tuple[str, ...]:
    """The reference tokens of a JSON pointer fragment (`#/a/b~1c` → ("a", "b/c")); `#` → ()."""
    body = fragment[1:] if fragment.startswith("#") else fragment
    if not body:
        return ()
    return tuple(t.replace("~1", "/").replace("~0", "~") for t in body.split("/")[1:])


def _walk(doc: Any, tokens: tuple[str, ...]) -> Any:
    target = doc
    for token in tokens:
        if isinstance(target, dict) and token in target:
            target = target[token]
        elif isinstance(target, list) and token.isdigit() and int(token) < len(target):
            target = target[int(token)]
        else:
            return _MISSING
    return target


def lookup(doc: dict[str, Any], ref: str) -> tuple[bool, Any]:
    """(found, target) for a local ref `#/...`, read as written, else percent-decoded."""
    if not ref.startswith("#"):
        return False, None
    target = _walk(doc, ref_tokens(ref))
    if target is _MISSING and "%" in ref:
        target = _walk(doc, ref_tokens(unquote(ref)))
    return (False, None) if target is _MISSING else (True, target)


def canonical_ref(doc: dict[str, Any], ref: str) -> str:
    """The ref as openapi-python-client must see it: percent-decoded when only that form resolves."""
    if "%" not in ref or not ref.startswith("#") or _walk(doc, ref_tokens(ref)) is not _MISSING:
        return ref
    decoded = unquote(ref)
    return decoded if _walk(doc, ref_tokens(decoded)) is not _MISSING else ref


def resolve(doc: dict[str, Any], node: Any, *, empty_if_missing: bool = False) -> Any:
    """Follow `$ref`s from `node` until a non-reference; a dangling one gives None (or `{}` if asked)."""
    for _ in range(MAX_HOPS):
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
            return node
        found, target = lookup(doc, node["$ref"])
        if not found or target is None:
            return {} if empty_if_missing else None
        node = target
    return node


Path = tuple[str, ...]


def walk(doc: Any, *, skip: Callable[[Path, str], bool] | None = None) -> Iterator[tuple[Any, Path]]:
    """Every mapping and list in `doc` with its path (keys and indexes as strings), each object once:
    YAML anchors share objects, and a shared object is walked at its first path only.

    Depth first, last key first. A node's children are read after the caller has seen the node, so the
    caller may rewrite a node before its children are walked. `skip(path, key)` true leaves the value
    under `key` of the mapping at `path` unwalked.
    """
    seen: set[int] = set()
    stack: list[tuple[Any, Path]] = [(doc, ())]
    pop, push, see = stack.pop, stack.append, seen.add
    while stack:
        node, path = pop()
        if id(node) in seen:
            continue
        see(id(node))
        yield node, path
        if isinstance(node, dict):
            for key, value in node.items():
                if isinstance(value, (dict, list)):
                    token = str(key)
                    if skip is None or not skip(path, token):
                        push((value, (*path, token)))
        elif isinstance(node, list):
            for i, value in enumerate(node):
                if isinstance(value, (dict, list)):
                    push((value, (*path, str(i))))
