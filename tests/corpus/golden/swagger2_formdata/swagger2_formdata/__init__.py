"""Python SDK for the Swagger Two Pets."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._client import AsyncSwagger2Formdata, Swagger2Formdata
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
    from .environment import Swagger2FormdataEnvironment

__version__ = "0.1.0"

_EXPORTS: dict[str, str] = {
    "ApiConnectionError": ".core",
    "ApiError": ".core",
    "ApiTimeoutError": ".core",
    "AsyncSwagger2Formdata": "._client",
    "BadRequestError": ".core",
    "ConflictError": ".core",
    "ForbiddenError": ".core",
    "InternalServerError": ".core",
    "NotFoundError": ".core",
    "ParseError": ".core",
    "RawResponse": ".core",
    "RequestOptions": ".core",
    "Swagger2Formdata": "._client",
    "Swagger2FormdataEnvironment": ".environment",
    "TooManyRequestsError": ".core",
    "UnauthorizedError": ".core",
    "UnprocessableEntityError": ".core",
}

__all__ = [
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "AsyncSwagger2Formdata",
    "BadRequestError",
    "ConflictError",
    "ForbiddenError",
    "InternalServerError",
    "NotFoundError",
    "ParseError",
    "RawResponse",
    "RequestOptions",
    "Swagger2Formdata",
    "Swagger2FormdataEnvironment",
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
