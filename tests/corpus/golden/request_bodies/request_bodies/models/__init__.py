"""All data models of the API, importable from here; each model module loads on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .binding import Binding
    from .job import Job
    from .jobs_split_body import JobsSplitBody
    from .jobs_upload_artwork_body import JobsUploadArtworkBody
    from .page_range import PageRange
    from .part import Part
    from .staple import Staple
    from .ticket import Ticket

_MODULES: dict[str, str] = {
    "Binding": "binding",
    "Job": "job",
    "JobsSplitBody": "jobs_split_body",
    "JobsUploadArtworkBody": "jobs_upload_artwork_body",
    "PageRange": "page_range",
    "Part": "part",
    "Staple": "staple",
    "Ticket": "ticket",
}

__all__ = [
    "Binding",
    "Job",
    "JobsSplitBody",
    "JobsUploadArtworkBody",
    "PageRange",
    "Part",
    "Staple",
    "Ticket",
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
