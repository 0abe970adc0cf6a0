"""`flatfile.core`: an import path the previous SDK documented, kept as an alias.

It offers the same runtime names as `flatfile` itself (prefer `from flatfile import ApiError`).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._core._types import File
    from ._core.errors import (
        ApiConnectionError,
        ApiError,
        ApiTimeoutError,
        BadRequestError,
        ConflictError,
        ForbiddenError,
        InternalServerError,
        MissingCredentialsError,
        NotFoundError,
        ParseError,
        ResponseTooLargeError,
        SdkError,
        TooManyRequestsError,
        UnauthorizedError,
        UnprocessableEntityError,
    )
    from ._core.pagination import AsyncPager, NoNextPageError, Page, SyncPager
    from ._core.raw_response import RateLimit, RawResponse
    from ._core.request_options import RequestOptions

__all__ = [
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "AsyncPager",
    "BadRequestError",
    "ConflictError",
    "File",
    "ForbiddenError",
    "InternalServerError",
    "MissingCredentialsError",
    "NoNextPageError",
    "NotFoundError",
    "Page",
    "ParseError",
    "RateLimit",
    "RawResponse",
    "RequestOptions",
    "ResponseTooLargeError",
    "SdkError",
    "SyncPager",
    "TooManyRequestsError",
    "UnauthorizedError",
    "UnprocessableEntityError",
]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(".", __package__), name)
