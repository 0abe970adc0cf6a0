"""Repeated operationIds (common in published specs, invalid in OpenAPI), numbered apart."""

from __future__ import annotations

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
            op["operationId"] = renumbered(op_id, all_ids.__contains__)
            all_ids.add(op["operationId"])
            changes.append(
                Change(
                    "dedupe_operation_ids",
                    pointer("paths", path, method, "operationId"),
                    f"{op_id!r} repeated; now {op['operationId']!r}",
                )
            )
        seen.add(str(op["operationId"]))
    return changes
