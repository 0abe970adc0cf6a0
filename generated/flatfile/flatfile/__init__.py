"""Python SDK for the Flatfile API."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._client import AsyncFlatfile, Flatfile
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
    from .environment import FlatfileEnvironment

__version__ = "0.1.0"

_EXPORTS: dict[str, str] = {
    "ApiConnectionError": "._core.errors",
    "ApiError": "._core.errors",
    "ApiTimeoutError": "._core.errors",
    "AsyncFlatfile": "._client",
    "AsyncPager": "._core.pagination",
    "BadRequestError": "._core.errors",
    "ConflictError": "._core.errors",
    "File": "._core._types",
    "Flatfile": "._client",
    "FlatfileEnvironment": ".environment",
    "ForbiddenError": "._core.errors",
    "InternalServerError": "._core.errors",
    "MissingCredentialsError": "._core.errors",
    "NoNextPageError": "._core.pagination",
    "NotFoundError": "._core.errors",
    "Page": "._core.pagination",
    "ParseError": "._core.errors",
    "RateLimit": "._core.raw_response",
    "RawResponse": "._core.raw_response",
    "RequestOptions": "._core.request_options",
    "ResponseTooLargeError": "._core.errors",
    "SdkError": "._core.errors",
    "SyncPager": "._core.pagination",
    "TooManyRequestsError": "._core.errors",
    "UnauthorizedError": "._core.errors",
    "UnprocessableEntityError": "._core.errors",
}

__all__ = [
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "AsyncFlatfile",
    "AsyncPager",
    "BadRequestError",
    "ConflictError",
    "File",
    "Flatfile",
    "FlatfileEnvironment",
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
    module = _EXPORTS.get(name)
    if module is None:  # every type, as the previous SDK exported them from the package
        try:
            value = getattr(importlib.import_module(".commons", __name__), name)
        except AttributeError:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
        globals()[name] = value
        return value
    module, _, attribute = module.partition(":")
    value = getattr(importlib.import_module(module, __name__), attribute or name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*__all__, "__version__"])
