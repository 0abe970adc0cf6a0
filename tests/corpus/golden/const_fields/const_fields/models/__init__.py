"""All data models of the API, importable from here; each model module loads on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .labels_create_body import LabelsCreateBody
    from .parcel import Parcel
    from .pickup import Pickup

_MODULES: dict[str, str] = {
    "LabelsCreateBody": "labels_create_body",
    "Parcel": "parcel",
    "Pickup": "pickup",
}

__all__ = [
    "LabelsCreateBody",
    "Parcel",
    "Pickup",
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
