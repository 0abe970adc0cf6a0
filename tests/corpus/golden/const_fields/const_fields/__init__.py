"""Python SDK for the Const Fields."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._client import AsyncConstFields, ConstFields
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
    from ._core.raw_response import RateLimit, RawResponse
    from ._core.request_options import RequestOptions
    from .environment import ConstFieldsEnvironment

__version__ = "0.1.0"

_EXPORTS: dict[str, str] = {
    "ApiConnectionError": "._core.errors",
    "ApiError": "._core.errors",
    "ApiTimeoutError": "._core.errors",
    "AsyncConstFields": "._client",
    "BadRequestError": "._core.errors",
    "ConflictError": "._core.errors",
    "ConstFields": "._client",
    "ConstFieldsEnvironment": ".environment",
    "File": "._core._types",
    "ForbiddenError": "._core.errors",
    "InternalServerError": "._core.errors",
    "MissingCredentialsError": "._core.errors",
    "NotFoundError": "._core.errors",
    "ParseError": "._core.errors",
    "RateLimit": "._core.raw_response",
    "RawResponse": "._core.raw_response",
    "RequestOptions": "._core.request_options",
    "ResponseTooLargeError": "._core.errors",
    "SdkError": "._core.errors",
    "TooManyRequestsError": "._core.errors",
    "UnauthorizedError": "._core.errors",
    "UnprocessableEntityError": "._core.errors",
}

__all__ = [
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "AsyncConstFields",
    "BadRequestError",
    "ConflictError",
    "ConstFields",
    "ConstFieldsEnvironment",
    "File",
    "ForbiddenError",
    "InternalServerError",
    "MissingCredentialsError",
    "NotFoundError",
    "ParseError",
    "RateLimit",
    "RawResponse",
    "RequestOptions",
    "ResponseTooLargeError",
    "SdkError",
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
