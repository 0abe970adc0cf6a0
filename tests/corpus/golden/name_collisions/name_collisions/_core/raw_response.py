"""Raw responses: the parsed value together with status, headers, timing and rate-limit information."""

from __future__ import annotations

import contextlib
import contextvars
import datetime
import email.utils
import functools
import re
import typing
from collections.abc import Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Generic, ParamSpec, TypeVar

import httpx

from .request_options import NOT_GIVEN

__all__ = [
    "JsonBody",
    "RateLimit",
    "RawResponse",
    "brief_repr",
    "parse_rate_limit",
    "to_async_raw_response",
    "to_raw_response",
]

T = TypeVar("T")
P = ParamSpec("P")

_RAW_MODE: contextvars.ContextVar[bool] = contextvars.ContextVar("sdk_runtime_raw_mode", default=False)

_LEADING_INT = re.compile(r"\s*(-?\d+)")
_LEADING_NUMBER = re.compile(r"\s*(-?\d+(?:\.\d+)?)\s*$")


@dataclass(frozen=True)
class RateLimit:
    """Rate-limit state reported by the server.

    Attributes:
        limit: requests allowed in the current window.
        remaining: requests left in the current window.
        reset: when the window resets, as the server said it: a number (epoch seconds or seconds
            from now, depending on the API) or a datetime when the server sent a date.
    """

    limit: int | None
    remaining: int | None
    reset: float | datetime.datetime | None


def _header(headers: Mapping[str, str] | httpx.Headers, suffix: str) -> str | None:
    lowered = {name.lower(): value for name, value in headers.items()}
    for prefix in ("x-ratelimit-", "ratelimit-", "x-rate-limit-"):
        value = lowered.get(prefix + suffix)
        if value is not None and value.strip():
            return value
    return None


def _parse_int(value: str | None) -> int | None:
    if value is None:
        return None
    match = _LEADING_INT.match(value)
    return int(match.group(1)) if match else None


def _parse_reset(value: str | None) -> float | datetime.datetime | None:
    if value is None:
        return None
    number = _LEADING_NUMBER.match(value)
    if number:
        return float(number.group(1))
    try:
        return email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        pass
    try:
        return datetime.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None


def parse_rate_limit(headers: Mapping[str, str] | httpx.Headers) -> RateLimit | None:
    """Read ``X-RateLimit-Limit/-Remaining/-Reset`` (or ``RateLimit-*``), case-insensitively.

    Returns ``None`` when none of the three headers is present.
    """
    limit = _header(headers, "limit")
    remaining = _header(headers, "remaining")
    reset = _header(headers, "reset")
    if limit is None and remaining is None and reset is None:
        return None
    return RateLimit(limit=_parse_int(limit), remaining=_parse_int(remaining), reset=_parse_reset(reset))


class JsonBody(dict[str, Any]):
    """A decoded JSON object whose keys may also be looked up in snake_case: `body["owner_id"]` finds
    `ownerId`, `body["links"]` finds `_links` (names compared without underscores, case-insensitively)."""

    def __missing__(self, key: str) -> Any:
        wanted = key.replace("_", "").lower()
        for name, value in self.items():
            if isinstance(name, str) and name.replace("_", "").lower() == wanted:
                return value
        raise KeyError(key)


@dataclass(frozen=True, repr=False)
class RawResponse(Generic[T]):
    """A parsed value with the HTTP response it came from.

    Attributes:
        data: the parsed value the method returns normally.
        status_code: the HTTP status code.
        headers: the response headers.
        elapsed: time between sending the (last) request and reading its response.
        rate_limit: parsed rate-limit headers, ``None`` when absent.
        http_response: the underlying :class:`httpx.Response`.
    """

    data: T
    status_code: int
    headers: httpx.Headers
    elapsed: datetime.timedelta
    rate_limit: RateLimit | None
    http_response: httpx.Response

    @classmethod
    def from_response(cls, data: T, response: httpx.Response) -> RawResponse[T]:
        """Build the raw response for ``data`` parsed from the (read) ``response``."""
        return cls(
            data=data,
            status_code=response.status_code,
            headers=response.headers,
            elapsed=response_elapsed(response),
            rate_limit=parse_rate_limit(response.headers),
            http_response=response,
        )

    def __repr__(self) -> str:
        """Status, timing, rate limit and the data (briefly); never headers."""
        rate_limit = f", rate_limit={self.rate_limit!r}" if self.rate_limit is not None else ""
        return (
            f"RawResponse(status_code={self.status_code!r}, elapsed={self.elapsed.total_seconds():.3f}s"
            f"{rate_limit}, data={brief_repr(self.data)})"
        )


_MAX_REPR_ITEMS = 3
_MAX_REPR_LENGTH = 300


def _brief(value: object, depth: int) -> str:
    fields = getattr(type(value), "__attrs_attrs__", None)
    if fields is not None and depth < 3:
        shown = []
        for attribute in fields:
            item = getattr(value, attribute.name, None)
            if item is NOT_GIVEN or (attribute.name == "additional_properties" and not item):
                continue  # an argument not given says nothing
            shown.append(f"{attribute.name}={_brief(item, depth + 1)}")
        return f"{type(value).__name__}({', '.join(shown)})"
    if isinstance(value, list) and depth < 3:
        head = [_brief(item, depth + 1) for item in value[:_MAX_REPR_ITEMS]]
        more = len(value) - _MAX_REPR_ITEMS
        return "[" + ", ".join(head + ([f"... {more} more"] if more > 0 else [])) + "]"
    return repr(value)


def brief_repr(value: object) -> str:
    """A short repr for reprs of wrappers: models without their unset fields, long lists cut after 3 items."""
    text = _brief(value, 0)
    return text if len(text) <= _MAX_REPR_LENGTH else text[: _MAX_REPR_LENGTH - 3] + "..."


def response_elapsed(response: httpx.Response) -> datetime.timedelta:
    """Return ``response.elapsed``, or zero when httpx did not record it (responses built in memory)."""
    try:
        return response.elapsed
    except RuntimeError:
        return datetime.timedelta(0)


def consume_raw_mode() -> bool:
    """Return whether the current call asked for a raw response, and clear the request so nested calls don't see it.

    Called once by ``request()`` before it sends anything.
    """
    if not _RAW_MODE.get():
        return False
    _RAW_MODE.set(False)
    return True


@contextlib.contextmanager
def _raw_mode() -> Iterator[None]:
    """Mark the current context: the next ``request()`` returns a `RawResponse` (and clears the mark)."""
    token = _RAW_MODE.set(True)
    try:
        yield
    finally:
        _RAW_MODE.reset(token)


def _as_raw(func: Callable[..., object], result: object) -> RawResponse[Any]:
    """``result``, which a method wrapped for raw responses returned: it must be a `RawResponse`."""
    if not isinstance(result, RawResponse):
        name = getattr(func, "__qualname__", repr(func))
        raise TypeError(f"{name} did not return a raw response: it made no request through the SDK's HTTP client")
    return result


def to_raw_response(func: Callable[P, T]) -> Callable[P, RawResponse[T]]:
    """Wrap a method so that it returns :class:`RawResponse` of its usual value.

    The wrapper marks the current context; the first ``request()`` made by ``func`` consumes the mark
    and returns a :class:`RawResponse` instead of the bare value. ``func`` must return what
    ``request()`` returned.
    """

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        with _raw_mode():
            result: object = func(*args, **kwargs)
        return typing.cast(RawResponse[T], _as_raw(func, result))

    return wrapper


def to_async_raw_response(func: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[RawResponse[T]]]:
    """Async twin of :func:`to_raw_response`."""

    @functools.wraps(func)
    async def wrapper(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        with _raw_mode():
            result: object = await func(*args, **kwargs)
        return typing.cast(RawResponse[T], _as_raw(func, result))

    return wrapper
