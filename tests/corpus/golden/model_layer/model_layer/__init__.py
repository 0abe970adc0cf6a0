"""Python SDK for the Model Layer."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._client import AsyncModelLayer, ModelLayer
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
    from .environment import ModelLayerEnvironment

__version__ = "0.1.0"

_EXPORTS: dict[str, str] = {
    "ApiConnectionError": ".core",
    "ApiError": ".core",
    "ApiTimeoutError": ".core",
    "AsyncModelLayer": "._client",
    "BadRequestError": ".core",
    "ConflictError": ".core",
    "ForbiddenError": ".core",
    "InternalServerError": ".core",
    "ModelLayer": "._client",
    "ModelLayerEnvironment": ".environment",
    "NotFoundError": ".core",
    "ParseError": ".core",
    "RawResponse": ".core",
    "RequestOptions": ".core",
    "TooManyRequestsError": ".core",
    "UnauthorizedError": ".core",
    "UnprocessableEntityError": ".core",
}

__all__ = [
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "AsyncModelLayer",
    "BadRequestError",
    "ConflictError",
    "ForbiddenError",
    "InternalServerError",
    "ModelLayer",
    "ModelLayerEnvironment",
    "NotFoundError",
    "ParseError",
    "RawResponse",
    "RequestOptions",
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
