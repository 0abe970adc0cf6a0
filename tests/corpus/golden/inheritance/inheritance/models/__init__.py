"""All data models of the API, importable from here; each model module loads on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .export_job import ExportJob
    from .export_outcome import ExportOutcome
    from .import_job import ImportJob
    from .job import Job
    from .job_outcome import JobOutcome
    from .job_page import JobPage
    from .kind_unknown import KindUnknown

_MODULES: dict[str, str] = {
    "ExportJob": "export_job",
    "ExportOutcome": "export_outcome",
    "ImportJob": "import_job",
    "Job": "job",
    "JobOutcome": "job_outcome",
    "JobPage": "job_page",
    "KindUnknown": "kind_unknown",
}

__all__ = [
    "ExportJob",
    "ExportOutcome",
    "ImportJob",
    "Job",
    "JobOutcome",
    "JobPage",
    "KindUnknown",
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
