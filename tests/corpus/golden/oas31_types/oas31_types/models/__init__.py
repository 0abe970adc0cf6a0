"""All data models of the API, importable from here; each model module loads on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .owner import Owner
    from .thing import Thing
    from .thing_flags import ThingFlags
    from .things_update_body import ThingsUpdateBody

_MODULES: dict[str, str] = {
    "Owner": "owner",
    "Thing": "thing",
    "ThingFlags": "thing_flags",
    "ThingsUpdateBody": "things_update_body",
}

__all__ = [
    "Owner",
    "Thing",
    "ThingFlags",
    "ThingsUpdateBody",
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
