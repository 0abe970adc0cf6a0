"""The sync and async HTTP clients every generated resource sends its requests through.

One retry loop per client, shared request building, one error factory.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime
import enum
import json as jsonlib
import logging
import random
import time
import typing
import uuid
from collections.abc import Awaitable, Callable, Iterable, Mapping
from types import TracebackType
from typing import Any, TypeVar
from urllib.parse import quote

import httpx

from ._logging import get_logger
from ._redact import Redactor
from ._retry import DEFAULT_MAX_RETRIES, IDEMPOTENT_METHODS, decide_exception_retry, decide_response_retry
from .auth import BaseAuth, sensitive_names
from .errors import ApiConnectionError, ApiTimeoutError, ParseError, SdkError, make_api_error
from .raw_response import RawResponse, consume_raw_mode, response_elapsed
from .request_options import NOT_GIVEN, RequestOptions
from .response_metadata import attach_response

__all__ = ["DEFAULT_TIMEOUT", "AsyncHttpClient", "SyncHttpClient", "encode_path"]

T = TypeVar("T")

DEFAULT_TIMEOUT = 60.0
"""Seconds each attempt may take unless the client or the call says otherwise."""


def encode_path(value: object) -> str:
    """Render ``value`` for one path segment: ``str(value)`` percent-encoded with nothing left safe.

    Enums are rendered by value, booleans as ``true``/``false``, dates and datetimes in ISO 8601.
    """
    return quote(_scalar(value), safe="")


def is_omitted(value: object) -> bool:
    """Whether ``value`` means "not given": :data:`NOT_GIVEN`, or a falsy ``Unset`` sentinel of generated models."""
    return value is NOT_GIVEN or (type(value).__name__ == "Unset" and not value)


def _scalar(value: object) -> str:
    if isinstance(value, enum.Enum):
        return _scalar(value.value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    return str(value)


def _add_query_item(items: list[tuple[str, str | int | float | bool | None]], key: str, value: Any) -> None:
    if value is None or is_omitted(value):
        return
    if isinstance(value, Mapping):
        for sub_key, sub_value in value.items():
            _add_query_item(items, f"{key}[{sub_key}]", sub_value)
    elif isinstance(value, (list, tuple, set, frozenset)):
        items.extend((key, _scalar(item)) for item in value if item is not None and not is_omitted(item))
    else:
        items.append((key, _scalar(value)))


def encode_query(params: Mapping[str, Any]) -> list[tuple[str, str | int | float | bool | None]]:
    """Flatten query parameters: ``None`` and empty lists dropped, lists repeated, dicts as ``key[sub]``."""
    items: list[tuple[str, str | int | float | bool | None]] = []
    for key, value in params.items():
        _add_query_item(items, key, value)
    return items


def _json_default(value: Any) -> Any:
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, uuid.UUID) or type(value).__name__ == "Decimal":
        return str(value)
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, (set, frozenset)):
        return list(value)
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _form_value(value: Any) -> Any:
    if isinstance(value, (bytes, str)):
        return value
    if isinstance(value, (list, tuple)) and not any(isinstance(item, (Mapping, list, tuple)) for item in value):
        return [_form_value(item) for item in value if item is not None]
    if isinstance(value, (Mapping, list, tuple)) or hasattr(value, "to_dict"):
        return jsonlib.dumps(value, default=_json_default, separators=(",", ":"))
    return _scalar(value)


@dataclasses.dataclass
class _Call:
    """Everything needed to send (and re-send) one call."""

    method: str
    url: str
    params: list[tuple[str, str | int | float | bool | None]]
    headers: httpx.Headers
    content: bytes | None
    data: dict[str, Any] | None
    files: Any
    timeout: httpx.Timeout
    max_retries: int
    idempotent: bool
    stream: bool = False  # leave a 2xx body unread for `cast` to stream (downloads to a file)


class _BaseHttpClient:
    """Request building, retry decisions, logging and response handling shared by both clients."""

    def __init__(
        self,
        *,
        base_url: str,
        auth: httpx.Auth | None,
        headers: Mapping[str, str] | None,
        timeout: float | httpx.Timeout,
        max_retries: int,
        user_agent: str,
        logger_name: str,
        log_env_var: str | None,
        idempotency_header: str | None,
    ) -> None:
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        self.base_url = base_url.rstrip("/")
        self.auth = auth
        self.max_retries = max_retries
        self.user_agent = user_agent
        self.idempotency_header = idempotency_header
        self.logger = get_logger(logger_name, log_env_var)
        self._timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self._headers = httpx.Headers({"User-Agent": user_agent})
        self._headers.update(headers or {})
        auth_headers, auth_params = sensitive_names(auth)
        self._redactor = Redactor(extra_headers=auth_headers, extra_query_params=auth_params, secrets=self._secrets)
        self._random: Callable[[], float] = random.random

    # -- introspection ---------------------------------------------------------------------------------

    @property
    def headers(self) -> httpx.Headers:
        """A copy of the default headers sent with every request (including User-Agent)."""
        return httpx.Headers(self._headers)

    @property
    def timeout(self) -> httpx.Timeout:
        """The default timeout of each attempt."""
        return self._timeout

    @property
    def redactor(self) -> Redactor:
        """The redactor used for this client's logs and errors."""
        return self._redactor

    def _secrets(self) -> Iterable[str]:
        values = list(self.auth.secret_values()) if isinstance(self.auth, BaseAuth) else []
        values.extend(value for name, value in self._headers.items() if self._redactor.is_sensitive_header(name))
        return values

    def __repr__(self) -> str:
        """Show the configuration with every credential redacted."""
        return (
            f"{type(self).__name__}(base_url={self._redactor.url(self.base_url)!r}, auth={self.auth!r}, "
            f"headers={self._redactor.headers(self._headers)!r}, timeout={self._timeout.read!r}, "
            f"max_retries={self.max_retries!r})"
        )

    # -- building --------------------------------------------------------------------------------------

    def _url(self, path: str) -> str:
        if path.startswith(("http://", "https://")):
            return path
        if not path:
            return self.base_url
        return f"{self.base_url}/{path.lstrip('/')}"

    def _prepare(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None,
        headers: Mapping[str, str] | None,
        json: Any,
        data: Mapping[str, Any] | None,
        files: Any,
        content: bytes | None,
        request_options: RequestOptions | None,
    ) -> _Call:
        options: RequestOptions = request_options or {}
        method = method.upper()
        query = encode_query({**(params or {}), **options.get("additional_query_parameters", {})})
        merged = httpx.Headers(self._headers)
        merged.update(headers or {})
        merged.update(options.get("additional_headers", {}))

        extra_body = options.get("additional_body_parameters") or {}
        body: bytes | None = None
        form: dict[str, Any] | None = None
        if content is not None:
            if extra_body:
                raise TypeError("additional_body_parameters cannot be merged into a raw `content` body")
            body = content
        elif data is not None or files is not None:
            fields = {**(data or {}), **extra_body}
            form = {
                name: _form_value(value)
                for name, value in fields.items()
                if value is not None and not is_omitted(value)
            }
            if files is not None and not files and not form:
                # A multipart body with no parts: httpx would send no body at all, so send the empty form.
                boundary = uuid.uuid4().hex
                body, form, files = f"--{boundary}--\r\n".encode(), None, None
                merged["Content-Type"] = f"multipart/form-data; boundary={boundary}"
        elif not is_omitted(json) or extra_body:
            payload: Any = json
            if extra_body:
                if is_omitted(json) or json is None:
                    payload = dict(extra_body)
                elif isinstance(json, Mapping):
                    payload = {**json, **extra_body}
                else:
                    raise TypeError("additional_body_parameters can only be merged into a JSON object body")
            body = jsonlib.dumps(payload, default=_json_default, ensure_ascii=False, separators=(",", ":")).encode()
            if "content-type" not in merged:
                merged["Content-Type"] = "application/json"

        timeout_in_seconds = options.get("timeout_in_seconds")
        timeout = self._timeout if timeout_in_seconds is None else httpx.Timeout(timeout_in_seconds)
        max_retries = options.get("max_retries", self.max_retries)
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")

        idempotent = method in IDEMPOTENT_METHODS
        if not idempotent and self.idempotency_header:
            if self.idempotency_header not in merged:
                merged[self.idempotency_header] = str(uuid.uuid4())
            idempotent = True
        return _Call(
            method=method,
            url=self._url(path),
            params=query,
            headers=merged,
            content=body,
            data=form,
            files=files,
            timeout=timeout,
            max_retries=max_retries,
            idempotent=idempotent,
        )

    # -- logging ---------------------------------------------------------------------------------------

    def _log_request(self, request: httpx.Request, retries_taken: int) -> None:
        if self.logger.isEnabledFor(logging.DEBUG):
            attempt = f" (retry {retries_taken})" if retries_taken else ""
            self.logger.debug(
                "HTTP request%s: %s %s headers=%s",
                attempt,
                request.method,
                self._redactor.url(request.url),
                self._redactor.headers(request.headers),
            )

    def _log_response(self, response: httpx.Response) -> None:
        if self.logger.isEnabledFor(logging.DEBUG):
            request = response.request
            self.logger.debug(
                "HTTP response: %s %s -> %d %s in %.3f s",
                request.method,
                self._redactor.url(request.url),
                response.status_code,
                response.reason_phrase,
                response_elapsed(response).total_seconds(),
            )

    def _log_retry(self, call: _Call, delay: float, retries_taken: int, reason: str) -> None:
        self.logger.debug(
            "Retrying %s %s in %.3f s (retry %d of %d): %s",
            call.method,
            self._redactor.url(call.url),
            delay,
            retries_taken + 1,
            call.max_retries,
            self._redactor.text(reason),
        )

    def _log_stop(self, call: _Call, reason: str) -> None:
        if reason not in ("success", "no retries left") and not reason.startswith("status"):
            self.logger.debug("Not retrying %s %s: %s", call.method, self._redactor.url(call.url), reason)

    # -- outcomes --------------------------------------------------------------------------------------

    def _response_delay(self, call: _Call, response: httpx.Response, retries_taken: int) -> float | None:
        decision = decide_response_retry(
            response,
            idempotent=call.idempotent,
            retries_taken=retries_taken,
            max_retries=call.max_retries,
            random=self._random,
        )
        if decision.delay is None:
            self._log_stop(call, decision.reason)
        else:
            self._log_retry(call, decision.delay, retries_taken, decision.reason)
        return decision.delay

    def _exception_delay(self, call: _Call, exc: Exception, retries_taken: int) -> float | None:
        self.logger.debug(
            "HTTP request failed: %s %s: %s: %s",
            call.method,
            self._redactor.url(call.url),
            type(exc).__name__,
            self._redactor.text(str(exc)),
        )
        decision = decide_exception_retry(
            exc,
            idempotent=call.idempotent,
            retries_taken=retries_taken,
            max_retries=call.max_retries,
            random=self._random,
        )
        if decision.delay is None:
            self._log_stop(call, decision.reason)
        else:
            self._log_retry(call, decision.delay, retries_taken, decision.reason)
        return decision.delay

    def _transport_error(self, call: _Call, exc: Exception) -> ApiConnectionError:
        url = self._redactor.url(call.url)
        detail = self._redactor.text(str(exc)) or type(exc).__name__
        if isinstance(exc, httpx.TimeoutException):
            return ApiTimeoutError(f"Request timed out: {call.method} {url}: {detail}", method=call.method, url=url)
        return ApiConnectionError(f"Connection error: {call.method} {url}: {detail}", method=call.method, url=url)

    def _finish(
        self,
        response: httpx.Response,
        cast: Callable[[httpx.Response], T],
        error_types: Mapping[int, Callable[[Any], object]] | None,
        raw: bool,
    ) -> T:
        if not response.is_success:
            raise make_api_error(response, error_types, redactor=self._redactor)
        try:
            value = cast(response)
        except SdkError:
            raise
        except Exception as exc:
            request = response.request
            url = self._redactor.url(request.url)
            raise ParseError(
                f"{response.status_code} response to {request.method} {url} could not be parsed: "
                f"{type(exc).__name__}: {exc}",
                status_code=response.status_code,
                headers=response.headers,
                body=response.text,
                method=request.method,
                url=url,
                http_response=response,
                body_text=response.text,
                redactor=self._redactor,
            ) from exc
        attach_response(value, response)
        if raw:
            return typing.cast(T, RawResponse.from_response(value, response))
        return value


class SyncHttpClient(_BaseHttpClient):
    """Sends requests with retries through an :class:`httpx.Client`.

    Args:
        base_url: prepended to every relative path.
        auth: an :class:`httpx.Auth` (see :mod:`.auth`) applied to every request.
        headers: default headers, sent on top of ``User-Agent``.
        timeout: seconds per attempt; ``None`` means 60 s, or the timeout of ``httpx_client`` when one is given.
        max_retries: retries per call (``0`` disables).
        httpx_client: a client to send through; it is not closed by :meth:`close`, and its own
            ``follow_redirects`` setting applies.
        follow_redirects: whether the client this class creates follows redirects.
        user_agent: the ``User-Agent`` header value.
        logger_name: name of the stdlib logger to log to.
        log_env_var: environment variable that switches on logging to stderr (``debug`` / ``info``).
        idempotency_header: header that carries a generated idempotency key on POST/PATCH; with it,
            those methods are retried like idempotent ones, reusing the key.
    """

    def __init__(
        self,
        *,
        base_url: str,
        auth: httpx.Auth | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        httpx_client: httpx.Client | None = None,
        follow_redirects: bool = True,
        user_agent: str,
        logger_name: str,
        log_env_var: str | None = None,
        idempotency_header: str | None = None,
    ) -> None:
        """Create the client; see the class docstring for the arguments."""
        resolved: float | httpx.Timeout
        if timeout is not None:
            resolved = timeout
        elif httpx_client is not None:
            resolved = httpx_client.timeout
        else:
            resolved = DEFAULT_TIMEOUT
        super().__init__(
            base_url=base_url,
            auth=auth,
            headers=headers,
            timeout=resolved,
            max_retries=max_retries,
            user_agent=user_agent,
            logger_name=logger_name,
            log_env_var=log_env_var,
            idempotency_header=idempotency_header,
        )
        self._owns_client = httpx_client is None
        self._client = httpx_client or httpx.Client(timeout=self._timeout, follow_redirects=follow_redirects)
        self._sleep: Callable[[float], None] = time.sleep

    @property
    def httpx_client(self) -> httpx.Client:
        """The underlying :class:`httpx.Client`."""
        return self._client

    def request(
        self,
        method: str,
        path: str,
        *,
        cast: Callable[[httpx.Response], T],
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        json: Any = NOT_GIVEN,
        data: Mapping[str, Any] | None = None,
        files: Any = None,
        content: bytes | None = None,
        error_types: Mapping[int, Callable[[Any], object]] | None = None,
        request_options: RequestOptions | None = None,
        stream: bool = False,
    ) -> T:
        """Send a request (with retries) and return ``cast(response)`` for a 2xx response.

        Raises:
            ApiError: a subclass per status for a non-2xx response (``error_types`` parses the body).
            ParseError: when ``cast`` raises.
            ApiTimeoutError: when every attempt timed out.
            ApiConnectionError: on any other transport failure.
        """
        raw = consume_raw_mode()
        call = self._prepare(
            method,
            path,
            params=params,
            headers=headers,
            json=json,
            data=data,
            files=files,
            content=content,
            request_options=request_options,
        )
        call.stream = stream
        response = self._send(call)
        try:
            return self._finish(response, cast, error_types, raw)
        finally:
            if stream:
                response.close()

    def send_raw(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        json: Any = NOT_GIVEN,
        data: Mapping[str, Any] | None = None,
        files: Any = None,
        content: bytes | None = None,
        request_options: RequestOptions | None = None,
    ) -> httpx.Response:
        """Send a request with retries and return the (read) response whatever its status.

        Raises only :class:`ApiTimeoutError` / :class:`ApiConnectionError`.
        """
        call = self._prepare(
            method,
            path,
            params=params,
            headers=headers,
            json=json,
            data=data,
            files=files,
            content=content,
            request_options=request_options,
        )
        return self._send(call)

    def _send(self, call: _Call) -> httpx.Response:
        retries_taken = 0
        while True:
            request = self._client.build_request(
                call.method,
                call.url,
                params=call.params or None,
                headers=call.headers,
                content=call.content,
                data=call.data,
                files=call.files,
                timeout=call.timeout,
            )
            self._log_request(request, retries_taken)
            try:
                if self.auth:
                    response = self._client.send(request, auth=self.auth, stream=call.stream)
                else:
                    response = self._client.send(request, stream=call.stream)
            except httpx.RequestError as exc:
                delay = self._exception_delay(call, exc, retries_taken)
                if delay is None:
                    raise self._transport_error(call, exc) from exc
            else:
                self._log_response(response)
                delay = self._response_delay(call, response, retries_taken)
                if call.stream and (delay is not None or not response.is_success):
                    response.read()  # an error or retried response is read whole, as without streaming
                    response.close()
                if delay is None:
                    return response
            self._sleep(delay)
            retries_taken += 1

    def close(self) -> None:
        """Close the underlying httpx client if this object created it."""
        if self._owns_client:
            self._client.close()

    def __enter__(self) -> SyncHttpClient:
        """Return self."""
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        """Close the client."""
        self.close()


class AsyncHttpClient(_BaseHttpClient):
    """Async twin of :class:`SyncHttpClient`, over an :class:`httpx.AsyncClient`."""

    def __init__(
        self,
        *,
        base_url: str,
        auth: httpx.Auth | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        httpx_client: httpx.AsyncClient | None = None,
        follow_redirects: bool = True,
        user_agent: str,
        logger_name: str,
        log_env_var: str | None = None,
        idempotency_header: str | None = None,
    ) -> None:
        """Create the client; the arguments are those of :class:`SyncHttpClient`."""
        resolved: float | httpx.Timeout
        if timeout is not None:
            resolved = timeout
        elif httpx_client is not None:
            resolved = httpx_client.timeout
        else:
            resolved = DEFAULT_TIMEOUT
        super().__init__(
            base_url=base_url,
            auth=auth,
            headers=headers,
            timeout=resolved,
            max_retries=max_retries,
            user_agent=user_agent,
            logger_name=logger_name,
            log_env_var=log_env_var,
            idempotency_header=idempotency_header,
        )
        self._owns_client = httpx_client is None
        self._client = httpx_client or httpx.AsyncClient(timeout=self._timeout, follow_redirects=follow_redirects)
        import asyncio  # imported here so that sync-only programs don't load it

        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    @property
    def httpx_client(self) -> httpx.AsyncClient:
        """The underlying :class:`httpx.AsyncClient`."""
        return self._client

    async def request(
        self,
        method: str,
        path: str,
        *,
        cast: Callable[[httpx.Response], T],
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        json: Any = NOT_GIVEN,
        data: Mapping[str, Any] | None = None,
        files: Any = None,
        content: bytes | None = None,
        error_types: Mapping[int, Callable[[Any], object]] | None = None,
        request_options: RequestOptions | None = None,
        stream: bool = False,
    ) -> T:
        """Async twin of :meth:`SyncHttpClient.request`."""
        raw = consume_raw_mode()
        call = self._prepare(
            method,
            path,
            params=params,
            headers=headers,
            json=json,
            data=data,
            files=files,
            content=content,
            request_options=request_options,
        )
        del stream  # `cast` is synchronous, so the async client reads the body first; `cast` then writes it out
        response = await self._send(call)
        return self._finish(response, cast, error_types, raw)

    async def send_raw(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        json: Any = NOT_GIVEN,
        data: Mapping[str, Any] | None = None,
        files: Any = None,
        content: bytes | None = None,
        request_options: RequestOptions | None = None,
    ) -> httpx.Response:
        """Async twin of :meth:`SyncHttpClient.send_raw`."""
        call = self._prepare(
            method,
            path,
            params=params,
            headers=headers,
            json=json,
            data=data,
            files=files,
            content=content,
            request_options=request_options,
        )
        return await self._send(call)

    async def _send(self, call: _Call) -> httpx.Response:
        retries_taken = 0
        while True:
            request = self._client.build_request(
                call.method,
                call.url,
                params=call.params or None,
                headers=call.headers,
                content=call.content,
                data=call.data,
                files=call.files,
                timeout=call.timeout,
            )
            self._log_request(request, retries_taken)
            try:
                response = await (
                    self._client.send(request, auth=self.auth) if self.auth else self._client.send(request)
                )
            except httpx.RequestError as exc:
                delay = self._exception_delay(call, exc, retries_taken)
                if delay is None:
                    raise self._transport_error(call, exc) from exc
            else:
                self._log_response(response)
                delay = self._response_delay(call, response, retries_taken)
                if delay is None:
                    return response
            await self._sleep(delay)
            retries_taken += 1

    async def aclose(self) -> None:
        """Close the underlying httpx client if this object created it."""
        if self._owns_client:
            await self._client.aclose()

    async def __aenter__(self) -> AsyncHttpClient:
        """Return self."""
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        """Close the client."""
        await self.aclose()
