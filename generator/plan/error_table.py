"""The SDK's status -> error class table, as the generator sees it.

The table itself is kept in one place, the runtime every SDK ships (`generator/runtime/errors.py`:
`STATUS_ERRORS` and `SERVER_ERROR`); exports, docstrings and the README's error table read it here.
"""

from __future__ import annotations

from generator.runtime.errors import SERVER_ERROR, STATUS_ERRORS, ApiError

SERVER_STATUSES = "5xx"  # how the README names the statuses SERVER_ERROR covers


def error_class(status: int) -> str:
    """The name of the exception a response with this status raises."""
    if status >= 500:
        return SERVER_ERROR.__name__
    return STATUS_ERRORS.get(status, ApiError).__name__


def error_rows() -> list[tuple[str, int | str]]:
    """(class name, status) for every status with its own class, then the server-error class."""
    return [(cls.__name__, status) for status, cls in STATUS_ERRORS.items()] + [
        (SERVER_ERROR.__name__, SERVER_STATUSES)
    ]


def status_error_names() -> list[str]:
    """Every status-specific exception class name (the package exports them)."""
    return [*(cls.__name__ for cls in STATUS_ERRORS.values()), SERVER_ERROR.__name__]
