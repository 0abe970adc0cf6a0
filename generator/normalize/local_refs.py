"""`$ref`s into anything but `#/components/<kind>/<name>` are replaced by a copy of what they point at.

OpenAPI allows a reference to any JSON pointer in the document (`#/paths/~1a/get/parameters/0`,
`#/components/schemas/Pet/properties/id`); openapi-python-client only looks references up by the
last name under `components`, so it reports the others as not found and skips the operation. A copy
is what the reference means. References that still lead to themselves after a few rounds (a schema
under `paths` that refers into itself) are left for the parser, which skips what it cannot use. A target
is copied only once it holds no such reference itself, so copies never cascade (Azure specs refer
into `properties` of schemas that refer back: copying those eagerly grew without bound).
"""

from __future__ import annotations

import copy
from typing import Any

from generator.errors import pointer
from generator.normalize import Change
from generator.refs import lookup, ref_tokens, walk

MAX_ROUNDS = 4


def _foreign(ref: str) -> bool:
    tokens = ref_tokens(ref)
    return not (len(tokens) == 3 and tokens[0] == "components") and ref.startswith("#/")


def _refs(doc: dict[str, Any]) -> list[tuple[dict[str, Any], tuple[str, ...]]]:
    found = [
        (node, path)
        for node, path in walk(doc)
        if isinstance(node, dict) and isinstance(node.get("$ref"), str) and _foreign(node["$ref"])
    ]
    return sorted(found, key=lambda item: item[1])


def inline_deep_refs(doc: dict[str, Any]) -> list[Change]:
    """Replace each reference to a place other than a named component by a copy of its target."""
    changes: list[Change] = []
    for _ in range(MAX_ROUNDS):
        found = _refs(doc)
        if not found:
            break
        for node, path in found:
            ref = node["$ref"]
            ok, target = lookup(doc, ref)
            if not ok or not isinstance(target, dict) or _refs(target):
                continue  # a target that itself refers into places waits a round (copies stay bounded)
            siblings = {k: v for k, v in node.items() if k != "$ref"}
            node.clear()
            node.update(copy.deepcopy(target))
            node.update(siblings)
            changes.append(Change("inline_deep_refs", pointer(*path), f"{ref} copied in"))
    return changes
