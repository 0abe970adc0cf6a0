"""Exceptions raised by generated SDKs, and the single factory that turns a response into one."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from ._decode import Mismatch, decoding
from ._redact import DEFAULT_REDACTOR, Redactor, redact_json_text

__all__ = [
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "BadRequestError",
    "ConflictError",
    "ForbiddenError",
    "InternalServerError",
    "MissingCredentialsError",
    "NotFoundError",
    "ParseError",
    "ResponseTooLargeError",
    "SdkError",
    "TooManyRequestsError",
    "UnauthorizedError",
    "UnprocessableEntityError",
    "error_class_for_status",
    "make_api_error",
]

_MAX_BODY_IN_MESSAGE = 1000


class SdkError(Exception):
    """Base class of every exception the SDK raises on purpose."""


class ApiError(SdkError):
    """The API answered with a status that is not a success (or a success whose body could not be parsed).

    Attributes:
        status_code: the HTTP status code.
        headers: the response headers.
        body: the documented error model when one was declared for the status and parsing worked,
            else the decoded JSON, else the text (``None`` for an empty body).
        method: the request method.
        url: the request URL, with credentials redacted.
        http_response: the underlying :class:`httpx.Response`, when there is one.
    """

    status_code: int
    headers: httpx.Headers
    body: Any
    method: str | None
    url: str | None
    http_response: httpx.Response | None

    def __init__(
        self,
        message: str | None = None,
        *,
        status_code: int,
        headers: httpx.Headers | Mapping[str, str] | None = None,
        body: Any = None,
        method: str | None = None,
        url: str | None = None,
        http_response: httpx.Response | None = None,
        body_text: str | None = None,
        redactor: Redactor | None = None,
    ) -> None:
        """Create the error; ``message`` defaults to one built from the status, request line and body."""
        self.status_code = status_code
        self.headers = httpx.Headers(headers or {})
        self.body = body
        self.method = method
        self.url = url
        self.http_response = http_response
        self._redactor = redactor or DEFAULT_REDACTOR
        self._body_text = body_text
        super().__init__(self._redactor.text(message) if message is not None else self._default_message())

    @property
    def reason(self) -> str:
        """The reason phrase of the status code, e.g. ``"Not Found"``."""
        if self.http_response is not None and self.http_response.reason_phrase:
            return self.http_response.reason_phrase
        return httpx.codes.get_reason_phrase(self.status_code)

    @property
    def request_id(self) -> str | None:
        """The ``X-Request-Id`` response header, when the server sent one."""
        value: str | None = self.headers.get("x-request-id")
        return value

    def _body_for_display(self) -> str:
        if self._body_text is not None:
            text = redact_json_text(self._body_text)
        elif isinstance(self.body, (dict, list)):
            text = redact_json_text(json.dumps(self.body, default=str))
        elif self.body is None:
            text = ""
        else:
            text = str(self.body)
        text = self._redactor.text(text)
        if len(text) > _MAX_BODY_IN_MESSAGE:
            text = text[:_MAX_BODY_IN_MESSAGE] + "..."
        return text

    def _default_message(self) -> str:
        line = f"{self.status_code} {self.reason}".rstrip()
        if self.method and self.url:
            line = f"{line} for {self.method} {self._redactor.url(self.url)}"
        body = self._body_for_display()
        return f"{line}: {body}" if body else line

    def __repr__(self) -> str:
        """Show status, request line and a redacted body; never headers."""
        return (
            f"{type(self).__name__}(status_code={self.status_code!r}, method={self.method!r}, "
            f"url={self.url!r}, body={self._body_for_display()!r})"
        )


class BadRequestError(ApiError):
    """HTTP 400."""


class UnauthorizedError(ApiError):
    """HTTP 401."""


class ForbiddenError(ApiError):
    """HTTP 403."""


class NotFoundError(ApiError):
    """HTTP 404."""


class ConflictError(ApiError):
    """HTTP 409."""


class UnprocessableEntityError(ApiError):
    """HTTP 422."""


class TooManyRequestsError(ApiError):
    """HTTP 429."""


class InternalServerError(ApiError):
    """Any HTTP 5xx status."""


class ParseError(ApiError):
    """A success response whose body did not match its schema; ``body`` is the raw body text.

    With ``strict_response_validation=True`` on the client, ``pointer`` is the JSON pointer of the first
    value that does not match (``/items/0/status``), ``expected`` what the schema asks for and
    ``received`` the value the server sent; ``http_response`` is the raw response.
    """

    pointer: str | None = None
    expected: str | None = None
    received: object = None

    @classmethod
    def of(
        cls, exc: Exception, subject: str, response: httpx.Response, *, method: str, body: str, redactor: Redactor
    ) -> ParseError:
        """The error for ``exc``, raised while parsing ``body`` of ``response``: "<subject> <method> <url> could
        not be parsed: ..." (``subject``: ``"200 response to"``); a decoding mismatch sets ``pointer``,
        ``expected`` and ``received``."""
        url = redactor.url(response.request.url)
        error = cls(
            f"{subject} {method} {url} could not be parsed: {type(exc).__name__}: {exc}",
            status_code=response.status_code,
            headers=response.headers,
            body=body,
            method=method,
            url=url,
            http_response=response,
            body_text=body,
            redactor=redactor,
        )
        if isinstance(exc, Mismatch):
            error.pointer, error.expected, error.received = exc.pointer, exc.expected, exc.received
        return error


class ApiConnectionError(SdkError):
    """The request could not be completed: connection refused or reset, DNS failure, protocol error...

    Attributes:
        method: the request method.
        url: the request URL, with credentials redacted.
    """

    def __init__(self, message: str, *, method: str | None = None, url: str | None = None) -> None:
        """Create the error with an already-redacted message."""
        self.method = method
        self.url = url
        super().__init__(message)


class ApiTimeoutError(ApiConnectionError):
    """The call ran out of time: a network operation timed out on every attempt, or the call's deadline passed."""

    @classmethod
    def deadline(cls, budget: float | None, request_line: str) -> ApiTimeoutError:
        """The error for a call whose whole time budget (``budget`` seconds) ran out."""
        method, _, url = request_line.partition(" ")
        spent = f"{budget:g} s" if budget is not None else "its"
        return cls(
            f"Deadline exceeded: {request_line} did not complete within {spent} budget "
            "(raise it with `deadline=` on the client or `request_options={'deadline_in_seconds': ...}`)",
            method=method or None,
            url=url or None,
        )


class ResponseTooLargeError(SdkError):
    """The decoded response body was larger than the cap on what a call holds in memory.

    Attributes:
        limit: the cap, in bytes.
        status_code: the status of the response.
        method: the request method.
        url: the request URL, with credentials redacted.
    """

    def __init__(self, *, limit: int, status_code: int, request_line: str, event: bool = False) -> None:
        """Create the error; the message names the cap and how to raise it (``event``: one event of a stream)."""
        method, _, url = request_line.partition(" ")
        self.limit = limit
        self.status_code = status_code
        self.method = method or None
        self.url = url or None
        raise_it = (
            "raise the cap with `max_response_bytes=` on the client or `request_options={'max_response_bytes': ...}`"
        )
        if event:
            super().__init__(
                f"An event of the {status_code} stream from {request_line} is larger than {_size(limit)} once "
                f"decoded (the cap applies to each event); {raise_it}"
            )
        else:
            super().__init__(
                f"The {status_code} response to {request_line} is larger than {_size(limit)} once decoded; "
                f"{raise_it}, or stream a download with `to_file=`"
            )


def _size(count: int) -> str:
    if count >= 1024 * 1024 and count % (1024 * 1024) == 0:
        return f"{count // (1024 * 1024)} MiB ({count} bytes)"
    return f"{count} bytes"


class MissingCredentialsError(SdkError, ValueError):
    """A required credential was neither passed nor found in its environment variable.

    Attributes:
        param: the constructor parameter that takes the credential.
        env_var: the environment variable read as a fallback, if any.
    """

    def __init__(self, message: str, *, param: str, env_var: str | None = None) -> None:
        """Create the error."""
        self.param = param
        self.env_var = env_var
        super().__init__(message)


# The one status -> error class table. The generator reads it too (package exports, docstrings, the
# README's error table), so a class added here is exported and documented everywhere.
STATUS_ERRORS: dict[int, type[ApiError]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: TooManyRequestsError,
}
SERVER_ERROR: type[ApiError] = InternalServerError  # any 5xx status


def error_class_for_status(status_code: int) -> type[ApiError]:
    """Return the :class:`ApiError` subclass that represents ``status_code``."""
    if status_code >= 500:
        return SERVER_ERROR
    return STATUS_ERRORS.get(status_code, ApiError)


def request_of(response: httpx.Response) -> httpx.Request | None:
    """Return the request that produced ``response``, or ``None`` for a hand-built response."""
    try:
        return response.request
    except RuntimeError:
        return None


def _decode_body(response: httpx.Response) -> tuple[Any, str]:
    """Return (JSON value or text or None, raw text) for ``response``."""
    text = response.text
    if not text.strip():
        return None, text
    content_type = response.headers.get("content-type", "").lower()
    if "json" in content_type or not content_type:
        try:
            return json.loads(text), text
        except ValueError:
            pass
    return text, text


def error_parser(
    error_types: Mapping[int, Callable[[Any], object]] | Mapping[int | str, Callable[[Any], object]] | None,
    status_code: int,
) -> Callable[[Any], object] | None:
    """The documented error body parser for ``status_code``: exact status, then its range, then default."""
    if not error_types:
        return None
    table: Mapping[Any, Callable[[Any], object]] = error_types
    for key in (status_code, f"{status_code // 100}XX", "default"):
        parser = table.get(key)
        if parser is not None:
            return parser
    return None


def make_api_error(
    response: httpx.Response,
    error_types: Mapping[int, Callable[[Any], object]] | Mapping[int | str, Callable[[Any], object]] | None = None,
    *,
    redactor: Redactor | None = None,
) -> ApiError:
    """Build the exception for an unsuccessful ``response`` (its body must have been read).

    ``error_types`` maps status codes, ``"4XX"``-style ranges and ``"default"`` to parsers of the
    documented error body (given the decoded JSON, or the text when the body is not JSON); the exact
    status wins over its range, the range over ``default``. The body is decoded strictly: one that does not
    match its documented model is kept as the JSON or text received (an error's body is evidence; a half-filled
    model would hide what the server said).
    """
    decoded, text = _decode_body(response)
    body: Any = decoded
    parser = error_parser(error_types, response.status_code)
    if parser is not None and decoded is not None:
        try:
            with decoding(strict=True):
                body = parser(decoded)
        except Exception:  # noqa: BLE001 - a body that doesn't match its documented model is kept as is
            body = decoded
    request = request_of(response)
    cls = error_class_for_status(response.status_code)
    red = redactor or DEFAULT_REDACTOR
    return cls(
        status_code=response.status_code,
        headers=response.headers,
        body=body,
        method=request.method if request is not None else None,
        url=red.url(request.url) if request is not None else None,
        http_response=response,
        body_text=text,
        redactor=red,
    )
