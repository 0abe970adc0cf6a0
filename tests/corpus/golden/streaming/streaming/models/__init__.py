"""All data models of the API, importable from here; each model module loads on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .board_activity import BoardActivity
    from .board_activity_kind import BoardActivityKind
    from .exports_counts_response_200 import ExportsCountsResponse200
    from .problem import Problem
    from .record import Record
    from .replies_compose_body import RepliesComposeBody

_MODULES: dict[str, str] = {
    "BoardActivity": "board_activity",
    "BoardActivityKind": "board_activity_kind",
    "ExportsCountsResponse200": "exports_counts_response_200",
    "Problem": "problem",
    "Record": "record",
    "RepliesComposeBody": "replies_compose_body",
}

__all__ = [
    "BoardActivity",
    "BoardActivityKind",
    "ExportsCountsResponse200",
    "Problem",
    "Record",
    "RepliesComposeBody",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
