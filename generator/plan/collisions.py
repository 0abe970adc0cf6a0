"""Two operations, one method name, and no sdk.yaml to say which is which: name them apart and warn.

Published specs often give two operations the same name once the SDK's naming is applied
(`POST /administration/model` and `POST /administration/model/{entityId}` both `post_model`). With
an sdk.yaml that is an error (the author names one with `overrides`). Without one (the any-spec
path) the names are made distinct, deterministically, from what tells the operations apart:

1. the operation with the fewest path parameters (then the first by path and method) keeps the name;
2. the others are named by what tells them apart from it: the path parameters it lacks
   (`post_model_by_entity_id`, `..._by_a_and_b`), else the HTTP method, else the literal path
   segments it lacks, else a number.

A method named like a sub-resource of its own resource (`client.users.keys()` beside
`client.users.keys.list()`) gets a trailing underscore the same way. Every rename is a warning.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Protocol

from generator.plan.naming import identifier

_PARAM = re.compile(r"\{([^{}]*)\}")


class _Named(Protocol):
    key: str
    method: str
    path: str
    resource: tuple[str, ...]
    name: str


def _params(op: _Named) -> list[str]:
    return [identifier(p) for p in _PARAM.findall(op.path)]


def _literals(op: _Named) -> list[str]:
    return [identifier(s) for s in op.path.strip("/").split("/") if s and not _PARAM.fullmatch(s)]


def _candidates(op: _Named, base: str, kept: _Named | None) -> list[str]:
    """Names for `op`, from what tells it apart from the operation that keeps `base`."""
    params = [p for p in _params(op) if kept is None or p not in _params(kept)]
    literals = [s for s in _literals(op) if kept is None or s not in _literals(kept)]
    found = []
    if params:
        found.append(f"{base}_by_{'_and_'.join(params)}")
    if op.method.lower() not in base.split("_") and (kept is None or kept.method != op.method):
        found.append(f"{base}_{op.method.lower()}")
    if literals:
        found.append(f"{base}_{'_'.join(literals)}"[:80])
    return found


def disambiguate_method_names(ops: Sequence[_Named]) -> list[str]:
    """Rename operations so that no two share `(resource, name)` and no method hides a sub-resource.

    Edits the operations' `name` in place; returns one warning per renamed operation.
    """
    warnings: list[str] = []
    groups: dict[tuple[str, ...], list[_Named]] = defaultdict(list)
    for op in ops:
        groups[(*op.resource, op.name)].append(op)
    children: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for op in ops:
        for depth in range(len(op.resource)):
            children[op.resource[:depth]].add(op.resource[depth])
    taken = {full for full in groups}
    for full, members in sorted(groups.items()):
        resource, base = full[:-1], full[-1]
        clash_child = base in children[resource]
        if len(members) < 2 and not clash_child:
            continue
        ordered = sorted(members, key=lambda o: (o.path.count("{"), o.path, o.method))
        keeps = not clash_child
        for op in ordered[1:] if keeps else ordered:
            options = [c for c in _candidates(op, base, ordered[0] if keeps else None) if c not in children[resource]]
            n = 2
            choice = next((c for c in options if (*resource, c) not in taken), None)
            while choice is None:
                if (*resource, f"{base}_{n}") not in taken and f"{base}_{n}" not in children[resource]:
                    choice = f"{base}_{n}"
                n += 1
            taken.add((*resource, choice))
            op.name = choice
            why = "a sub-resource has that name" if clash_child else f"{ordered[0].key} has that name"
            warnings.append(
                f"{op.key}: method named `client.{'.'.join((*resource, choice))}` "
                f"instead of `{base}` ({why}; name it with an sdk.yaml `overrides` entry)"
            )
    return warnings
