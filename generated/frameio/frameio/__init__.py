"""Python SDK for the Frame.io API (V4)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._client import AsyncFrameio, Frameio
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
    from .environment import FrameioEnvironment

__version__ = "0.1.0"

_EXPORTS: dict[str, str] = {
    "ApiConnectionError": "._core.errors",
    "ApiError": "._core.errors",
    "ApiTimeoutError": "._core.errors",
    "AsyncFrameio": "._client",
    "AsyncPager": "._core.pagination",
    "BadRequestError": "._core.errors",
    "ConflictError": "._core.errors",
    "File": "._core._types",
    "ForbiddenError": "._core.errors",
    "Frameio": "._client",
    "FrameioEnvironment": ".environment",
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
    "AsyncFrameio",
    "AsyncPager",
    "BadRequestError",
    "ConflictError",
    "File",
    "ForbiddenError",
    "Frameio",
    "FrameioEnvironment",
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
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module, _, attribute = module.partition(":")
    value = getattr(importlib.import_module(module, __name__), attribute or name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*__all__, "__version__"])
