"""Local `$ref` resolution, shared by every stage after load (load has already rejected remote refs)."""

from __future__ import annotations

from typing import Any

MAX_HOPS = 64


def resolve(doc: dict[str, Any], node: Any, *, empty_if_missing: bool = False) -> Any:
    """Follow `$ref`s from `node` until a non-reference; a dangling one gives None (or `{}` if asked)."""
    for _ in range(MAX_HOPS):
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
            return node
        ref = node["$ref"]
        if not ref.startswith("#"):
            return {} if empty_if_missing else None
        target: Any = doc
        for token in ref[2:].split("/") if ref.startswith("#/") else []:
            token = token.replace("~1", "/").replace("~0", "~")
            target = target.get(token) if isinstance(target, dict) else None
        node = target
        if node is None:
            return {} if empty_if_missing else None
    return node
