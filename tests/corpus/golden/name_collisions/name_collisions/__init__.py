"""Python SDK for the Name Collisions."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._client import AsyncNameCollisions, NameCollisions
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
    from .environment import NameCollisionsEnvironment

__version__ = "0.1.0"

_EXPORTS: dict[str, str] = {
    "ApiConnectionError": ".core",
    "ApiError": ".core",
    "ApiTimeoutError": ".core",
    "AsyncNameCollisions": "._client",
    "BadRequestError": ".core",
    "ConflictError": ".core",
    "ForbiddenError": ".core",
    "InternalServerError": ".core",
    "NameCollisions": "._client",
    "NameCollisionsEnvironment": ".environment",
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
    "AsyncNameCollisions",
    "BadRequestError",
    "ConflictError",
    "ForbiddenError",
    "InternalServerError",
    "NameCollisions",
    "NameCollisionsEnvironment",
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
