"""Per-request options and the "not given" sentinel for request bodies."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final, TypedDict

__all__ = ["NOT_GIVEN", "NotGiven", "RequestOptions"]


class RequestOptions(TypedDict, total=False):
    """Options that every generated method accepts as ``request_options``.

    Every key is optional; a key that is absent falls back to the client's setting.
    """

    timeout_in_seconds: float
    """Timeout of each network operation of this call (connect, each read, write), in seconds."""
    deadline_in_seconds: float
    """Time budget of the whole call, in seconds: every attempt, every retry wait and reading the body
    (``float("inf")``: none). Defaults to the client's, which defaults to timeout × attempts."""
    max_response_bytes: int
    """The largest decoded response body this call holds in memory (``to_file=`` downloads are exempt)."""
    max_retries: int
    """How many times this call is retried; ``0`` disables retries."""
    additional_headers: Mapping[str, str]
    """Headers sent on top of (and overriding) the SDK's own."""
    additional_query_parameters: Mapping[str, Any]
    """Query parameters sent on top of (and overriding) the SDK's own."""
    additional_body_parameters: Mapping[str, Any]
    """Keys merged into a JSON object body, or into the form data of a form or multipart body."""


class NotGiven:
    """Type of :data:`NOT_GIVEN`, the marker for "no value", distinct from ``None`` (JSON ``null``).

    It is falsy and a singleton, so ``value is NOT_GIVEN`` is the test to use.
    """

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        """Return the single instance."""
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> bool:
        """Be falsy, like ``None``."""
        return False

    def __repr__(self) -> str:
        """Render as the constant's name."""
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        """Pickle as the module-level constant so identity survives."""
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()
"""Sentinel: the argument was not given (for ``json=``: send no body at all)."""
