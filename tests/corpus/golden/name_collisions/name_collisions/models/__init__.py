"""All data models of the API, importable from here; each model module loads on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .items_update_body import ItemsUpdateBody
    from .result import Result
    from .result_2 import Result2

_MODULES: dict[str, str] = {
    "ItemsUpdateBody": "items_update_body",
    "Result": "result",
    "Result2": "result_2",
}

__all__ = [
    "ItemsUpdateBody",
    "Result",
    "Result2",
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
