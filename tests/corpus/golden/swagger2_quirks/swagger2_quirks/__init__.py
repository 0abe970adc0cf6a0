"""Python SDK for the Quirks."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._client import AsyncSwagger2Quirks, Swagger2Quirks
    from .core import (
        ApiConnectionError,
        ApiError,
        ApiTimeoutError,
        BadRequestError,
        ConflictError,
        ForbiddenError,
        InternalServerError,
        NotFoundError,
        ParseError,
        RawResponse,
        RequestOptions,
        TooManyRequestsError,
        UnauthorizedError,
        UnprocessableEntityError,
    )
    from .environment import Swagger2QuirksEnvironment

__version__ = "0.1.0"

_EXPORTS: dict[str, str] = {
    "ApiConnectionError": ".core",
    "ApiError": ".core",
    "ApiTimeoutError": ".core",
    "AsyncSwagger2Quirks": "._client",
    "BadRequestError": ".core",
    "ConflictError": ".core",
    "ForbiddenError": ".core",
    "InternalServerError": ".core",
    "NotFoundError": ".core",
    "ParseError": ".core",
    "RawResponse": ".core",
    "RequestOptions": ".core",
    "Swagger2Quirks": "._client",
    "Swagger2QuirksEnvironment": ".environment",
    "TooManyRequestsError": ".core",
    "UnauthorizedError": ".core",
    "UnprocessableEntityError": ".core",
}

__all__ = [
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "AsyncSwagger2Quirks",
    "BadRequestError",
    "ConflictError",
    "ForbiddenError",
    "InternalServerError",
    "NotFoundError",
    "ParseError",
    "RawResponse",
    "RequestOptions",
    "Swagger2Quirks",
    "Swagger2QuirksEnvironment",
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
