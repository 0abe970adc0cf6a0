"""Repeated operationIds (common in published specs, invalid in OpenAPI), numbered apart."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from generator.errors import pointer
from generator.normalize import Change, renumbered
from generator.normalize.walk import iter_operations


def dedupe_operation_ids(doc: dict[str, Any]) -> list[Change]:
    """A repeated operationId (common in published specs, invalid in OpenAPI) gets a number: `list_2`.

    The first operation keeps its id; the validator would otherwise refuse the whole document.
    """
    changes: list[Change] = []
    seen: set[str] = set()
    ops = [(path, method, op) for path, _item, method, op in iter_operations(doc)]
    all_ids = {str(op.get("operationId")) for _, _, op in ops if isinstance(op.get("operationId"), str)}
    for path, method, op in ops:
        op_id = op.get("operationId")
        if not isinstance(op_id, str):
            continue
        if op_id in seen:
            changes.append(
                renumber_operation_id("dedupe_operation_ids", path, method, op, all_ids.__contains__, "repeated")
            )
            all_ids.add(op["operationId"])
        seen.add(str(op["operationId"]))
    return changes


def renumber_operation_id(
    transform: str, path: str, method: str, op: dict[str, Any], taken: Callable[[str], bool], why: str
) -> Change:
    """Give the operation the first numbered form of its operationId that `taken` does not refuse, and say why."""
    old = str(op["operationId"])
    op["operationId"] = new = renumbered(old, taken)
    return Change(transform, pointer("paths", path, method, "operationId"), f"{old!r} {why}; now {new!r}")
