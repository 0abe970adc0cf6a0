"""All data models of the API, importable from here; each model module loads on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .box import Box
    from .gadget import Gadget
    from .gadget_filter import GadgetFilter
    from .gadgets_list_theme import GadgetsListTheme
    from .point import Point

_MODULES: dict[str, str] = {
    "Box": "box",
    "Gadget": "gadget",
    "GadgetFilter": "gadget_filter",
    "GadgetsListTheme": "gadgets_list_theme",
    "Point": "point",
}

__all__ = [
    "Box",
    "Gadget",
    "GadgetFilter",
    "GadgetsListTheme",
    "Point",
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
