"""All data models of the API, importable from here; each model module loads on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .job import Job
    from .job_mode import JobMode
    from .job_phase import JobPhase
    from .job_status import JobStatus
    from .owner import Owner

_MODULES: dict[str, str] = {
    "Job": "job",
    "JobMode": "job_mode",
    "JobPhase": "job_phase",
    "JobStatus": "job_status",
    "Owner": "owner",
}

__all__ = [
    "Job",
    "JobMode",
    "JobPhase",
    "JobStatus",
    "Owner",
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
