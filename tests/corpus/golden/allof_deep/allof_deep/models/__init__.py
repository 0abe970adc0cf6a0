"""All data models of the API, importable from here; each model module loads on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .audit import Audit
    from .level_0 import Level0
    from .level_1 import Level1
    from .level_2 import Level2
    from .level_3 import Level3
    from .level_4 import Level4
    from .level_5 import Level5
    from .level_5_color import Level5Color
    from .level_6 import Level6
    from .records_create_body import RecordsCreateBody

_MODULES: dict[str, str] = {
    "Audit": "audit",
    "Level0": "level_0",
    "Level1": "level_1",
    "Level2": "level_2",
    "Level3": "level_3",
    "Level4": "level_4",
    "Level5": "level_5",
    "Level5Color": "level_5_color",
    "Level6": "level_6",
    "RecordsCreateBody": "records_create_body",
}

__all__ = [
    "Audit",
    "Level0",
    "Level1",
    "Level2",
    "Level3",
    "Level4",
    "Level5",
    "Level5Color",
    "Level6",
    "RecordsCreateBody",
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
