"""All data models of the API, importable from here; each model module loads on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client_problem import ClientProblem
    from .missing_model import Missing
    from .problem_model import Problem
    from .server_problem import ServerProblem
    from .status import Status
    from .widget import Widget

_MODULES: dict[str, str] = {
    "ClientProblem": "client_problem",
    "Missing": "missing_model",
    "Problem": "problem_model",
    "ServerProblem": "server_problem",
    "Status": "status",
    "Widget": "widget",
}

__all__ = [
    "ClientProblem",
    "Missing",
    "Problem",
    "ServerProblem",
    "Status",
    "Widget",
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
