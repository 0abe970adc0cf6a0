"""All data models of the API, importable from here; each model module loads on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .event import Event
    from .events_create_body import EventsCreateBody
    from .events_submit_body import EventsSubmitBody
    from .events_upload_body import EventsUploadBody

_MODULES: dict[str, str] = {
    "Event": "event",
    "EventsCreateBody": "events_create_body",
    "EventsSubmitBody": "events_submit_body",
    "EventsUploadBody": "events_upload_body",
}

__all__ = [
    "Event",
    "EventsCreateBody",
    "EventsSubmitBody",
    "EventsUploadBody",
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
