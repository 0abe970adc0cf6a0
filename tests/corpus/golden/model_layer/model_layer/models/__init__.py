"""All data models of the API, importable from here; each model module loads on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .circle import Circle
    from .legacy import Legacy
    from .settings import Settings
    from .shape_unknown import ShapeUnknown
    from .square import Square
    from .version import Version

_MODULES: dict[str, str] = {
    "Circle": "circle",
    "Legacy": "legacy",
    "Settings": "settings",
    "ShapeUnknown": "shape_unknown",
    "Square": "square",
    "Version": "version",
}

__all__ = [
    "Circle",
    "Legacy",
    "Settings",
    "ShapeUnknown",
    "Square",
    "Version",
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
