"""Python SDK for the Civis Analytics API."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._client import APIClient, AsyncAPIClient
    from ._core._streaming import AsyncStream, ServerSentEvent, Stream
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
    from ._core.polling import AsyncPollingFuture, PollingFuture, RunFailedError
    from ._core.raw_response import RateLimit, RawResponse
    from ._core.request_options import RequestOptions
    from .environment import APIClientEnvironment

__version__ = "0.1.0"

_EXPORTS: dict[str, str] = {
    "APIClient": "._client",
    "APIClientEnvironment": ".environment",
    "ApiConnectionError": "._core.errors",
    "ApiError": "._core.errors",
    "ApiTimeoutError": "._core.errors",
    "AsyncAPIClient": "._client",
    "AsyncPager": "._core.pagination",
    "AsyncPollingFuture": "._core.polling",
    "AsyncStream": "._core._streaming",
    "BadRequestError": "._core.errors",
    "ConflictError": "._core.errors",
    "File": "._core._types",
    "ForbiddenError": "._core.errors",
    "InternalServerError": "._core.errors",
    "MissingCredentialsError": "._core.errors",
    "NoNextPageError": "._core.pagination",
    "NotFoundError": "._core.errors",
    "Page": "._core.pagination",
    "ParseError": "._core.errors",
    "PollingFuture": "._core.polling",
    "RateLimit": "._core.raw_response",
    "RawResponse": "._core.raw_response",
    "RequestOptions": "._core.request_options",
    "ResponseTooLargeError": "._core.errors",
    "RunFailedError": "._core.polling",
    "SdkError": "._core.errors",
    "ServerSentEvent": "._core._streaming",
    "Stream": "._core._streaming",
    "SyncPager": "._core.pagination",
    "TooManyRequestsError": "._core.errors",
    "UnauthorizedError": "._core.errors",
    "UnprocessableEntityError": "._core.errors",
}

__all__ = [
    "APIClient",
    "APIClientEnvironment",
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "AsyncAPIClient",
    "AsyncPager",
    "AsyncPollingFuture",
    "AsyncStream",
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
    "PollingFuture",
    "RateLimit",
    "RawResponse",
    "RequestOptions",
    "ResponseTooLargeError",
    "RunFailedError",
    "SdkError",
    "ServerSentEvent",
    "Stream",
    "SyncPager",
    "TooManyRequestsError",
    "UnauthorizedError",
    "UnprocessableEntityError",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module, _, attribute = module.partition(":")
    value = getattr(importlib.import_module(module, __name__), attribute or name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*__all__, "__version__"])
