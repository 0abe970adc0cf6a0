"""The sync and async HTTP clients every generated method sends its `ApiRequest` through.

Everything but I/O lives in `_BaseHttpClient`: turning the request into httpx arguments, the retry
decisions, logging, and turning the response into a value or a typed error. The two subclasses only
hold the send loop and the download loop, written once for blocking and once for `await`.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import random
import time
import typing
import uuid
from collections.abc import Callable, Iterable, Mapping
from types import TracebackType
from typing import IO, Any, BinaryIO, Generic, TypeVar

import httpx

from ._encode import QueryItems, dumps, encode_query, form_fields, is_omitted
from ._logging import get_logger
from ._redact import Redactor
from ._request import ApiRequest
from ._retry import DEFAULT_MAX_RETRIES, IDEMPOTENT_METHODS, decide_exception_retry, decide_response_retry
from ._types import DownloadTarget, File
from .auth import BaseAuth, sensitive_names
from .errors import ApiConnectionError, ApiTimeoutError, ParseError, SdkError, make_api_error
from .raw_response import RawResponse, consume_raw_mode, response_elapsed

__all__ = ["DEFAULT_TIMEOUT", "AsyncHttpClient", "SyncHttpClient"]

T = TypeVar("T")

DEFAULT_TIMEOUT = 60.0
"""Seconds each attempt may take unless the client or the call says otherwise."""


@dataclasses.dataclass
class _Prepared:
    """An `ApiRequest` resolved against the client: URL, merged headers, encoded body, limits."""

    request: ApiRequest
    url: str
    params: QueryItems
    headers: httpx.Headers
    content: bytes | None
    data: dict[str, Any] | None
    files: Any
    timeout: httpx.Timeout
    max_retries: int
    idempotent: bool

    @property
    def method(self) -> str:
        return self.request.method

    @property
    def stream(self) -> bool:
        """Whether a success body is left unread, to be streamed into ``to_file``."""
        return self.request.to_file is not None


def _open_target(target: DownloadTarget) -> tuple[IO[bytes], str | None, bool]:
    """(file to write, its name, whether we opened it) for a ``to_file`` target."""
    if isinstance(target, (str, os.PathLike)):
        path = os.fspath(target)
        return open(path, "wb"), path, True  # noqa: SIM115 - closed by the caller
    name = getattr(target, "name", None)
    return target, name if isinstance(name, str) else None, False


def _saved_file(handle: IO[bytes], name: str | None, opened: bool) -> File:
    """The `File` a download returns: a path reopened for reading, or the caller's file rewound."""
    if opened:
        handle.close()
        assert name is not None
        return File(payload=open(name, "rb"), file_name=os.path.basename(name))  # noqa: SIM115 - the caller's
    if handle.seekable():
        handle.seek(0)
    return File(payload=typing.cast(BinaryIO, handle), file_name=name)


ClientT = TypeVar("ClientT", httpx.Client, httpx.AsyncClient)


class _BaseHttpClient(Generic[ClientT]):
    """Configuration, request building, retry decisions, logging and response handling of both clients.

    Args:
        base_url: prepended to every relative path.
        auth: an :class:`httpx.Auth` (see :mod:`.auth`) applied to every request.
        headers: default headers, sent on top of ``User-Agent``.
        timeout: seconds per attempt; ``None`` means 60 s, or the timeout of ``httpx_client`` when one is given.
        max_retries: retries per call (``0`` disables).
        httpx_client: a client to send through; it is not closed by ``close()``, and its own
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
        httpx_client: ClientT | None = None,
        follow_redirects: bool = True,
        user_agent: str,
        logger_name: str,
        log_env_var: str | None = None,
        idempotency_header: str | None = None,
    ) -> None:
        """Create the client; see the class docstring for the arguments."""
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        self.base_url = base_url.rstrip("/")
        self.auth = auth
        self.max_retries = max_retries
        self.user_agent = user_agent
        self.idempotency_header = idempotency_header
        self.logger = get_logger(logger_name, log_env_var)
        if timeout is not None:
            self._timeout = httpx.Timeout(timeout)
        else:
            self._timeout = httpx_client.timeout if httpx_client is not None else httpx.Timeout(DEFAULT_TIMEOUT)
        self._headers = httpx.Headers({"User-Agent": user_agent})
        self._headers.update(headers or {})
        auth_headers, auth_params = sensitive_names(auth)
        self._redactor = Redactor(extra_headers=auth_headers, extra_query_params=auth_params, secrets=self._secrets)
        self._random: Callable[[], float] = random.random
        self._owns_client = httpx_client is None
        self._client: ClientT = httpx_client or self._new_client(follow_redirects)

    def _new_client(self, follow_redirects: bool) -> ClientT:
        raise NotImplementedError

    @property
    def httpx_client(self) -> ClientT:
        """The underlying httpx client."""
        return self._client

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

    def url(self, path: str) -> str:
        """The full URL of ``path`` (an absolute URL is kept as it is)."""
        if path.startswith(("http://", "https://")):
            return path
        if not path:
            return self.base_url
        return f"{self.base_url}/{path.lstrip('/')}"

    def _prepare(self, request: ApiRequest) -> _Prepared:
        options = request.options or {}
        method = request.method.upper()
        if method != request.method:
            request = dataclasses.replace(request, method=method)
        query = encode_query({**request.params, **options.get("additional_query_parameters", {})})
        merged = httpx.Headers(self._headers)
        merged.update(request.headers)
        merged.update(options.get("additional_headers", {}))

        extra_body = options.get("additional_body_parameters") or {}
        body: bytes | None = None
        form: dict[str, Any] | None = None
        files = request.files
        if request.content is not None:
            if extra_body:
                raise TypeError("additional_body_parameters cannot be merged into a raw `content` body")
            body = request.content
        elif request.data is not None or files is not None:
            form = form_fields({**(request.data or {}), **extra_body})
            if files is not None and not files and not form:
                # A multipart body with no parts: httpx would send no body at all, so send the empty form.
                boundary = uuid.uuid4().hex
                body, form, files = f"--{boundary}--\r\n".encode(), None, None
                merged["Content-Type"] = f"multipart/form-data; boundary={boundary}"
        elif not is_omitted(request.json) or extra_body:
            payload: Any = request.json
            if extra_body:
                if is_omitted(payload) or payload is None:
                    payload = dict(extra_body)
                elif isinstance(payload, Mapping):
                    payload = {**payload, **extra_body}
                else:
                    raise TypeError("additional_body_parameters can only be merged into a JSON object body")
            body = dumps(payload)
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
        return _Prepared(
            request=request,
            url=self.url(request.path),
            params=query,
            headers=merged,
            content=body,
            data=form,
            files=files,
            timeout=timeout,
            max_retries=max_retries,
            idempotent=idempotent,
        )

    def _build(self, call: _Prepared) -> httpx.Request:
        return self._client.build_request(
            call.method,
            call.url,
            params=call.params or None,
            headers=call.headers,
            content=call.content,
            data=call.data,
            files=call.files,
            timeout=call.timeout,
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

    def _log_decision(self, call: _Prepared, delay: float | None, retries_taken: int, reason: str) -> None:
        if delay is not None:
            self.logger.debug(
                "Retrying %s %s in %.3f s (retry %d of %d): %s",
                call.method,
                self._redactor.url(call.url),
                delay,
                retries_taken + 1,
                call.max_retries,
                self._redactor.text(reason),
            )
        elif reason not in ("success", "no retries left") and not reason.startswith("status"):
            self.logger.debug("Not retrying %s %s: %s", call.method, self._redactor.url(call.url), reason)

    # -- outcomes --------------------------------------------------------------------------------------

    def _response_delay(self, call: _Prepared, response: httpx.Response, retries_taken: int) -> float | None:
        """Log the response; the wait before retrying it, or ``None`` to keep it."""
        self._log_response(response)
        decision = decide_response_retry(
            response,
            idempotent=call.idempotent,
            retries_taken=retries_taken,
            max_retries=call.max_retries,
            random=self._random,
        )
        self._log_decision(call, decision.delay, retries_taken, decision.reason)
        return decision.delay

    def _exception_delay(self, call: _Prepared, exc: httpx.RequestError, retries_taken: int) -> float:
        """Log a transport error; the wait before retrying, or raise the typed error when not retried."""
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
        self._log_decision(call, decision.delay, retries_taken, decision.reason)
        if decision.delay is None:
            raise self._transport_error(call, exc) from exc
        return decision.delay

    def _transport_error(self, call: _Prepared, exc: Exception) -> ApiConnectionError:
        url = self._redactor.url(call.url)
        detail = self._redactor.text(str(exc)) or type(exc).__name__
        if isinstance(exc, httpx.TimeoutException):
            return ApiTimeoutError(f"Request timed out: {call.method} {url}: {detail}", method=call.method, url=url)
        return ApiConnectionError(f"Connection error: {call.method} {url}: {detail}", method=call.method, url=url)

    def _finish(self, response: httpx.Response, call: _Prepared, cast: Callable[[httpx.Response], T], raw: bool) -> T:
        """``cast(response)`` for a success (as a `RawResponse` in raw mode); the typed error otherwise."""
        if not response.is_success:
            raise make_api_error(response, call.request.error_types, redactor=self._redactor)
        try:
            value = cast(response)
        except SdkError:
            raise
        except Exception as exc:
            url = self._redactor.url(response.request.url)
            raise ParseError(
                f"{response.status_code} response to {call.method} {url} could not be parsed: "
                f"{type(exc).__name__}: {exc}",
                status_code=response.status_code,
                headers=response.headers,
                body=response.text,
                method=call.method,
                url=url,
                http_response=response,
                body_text=response.text,
                redactor=self._redactor,
            ) from exc
        attach = getattr(value, "_sdk_attach_response", None)
        if attach is not None:  # a model with response metadata (sdk.yaml `response_metadata`)
            attach(response)
        if raw:
            return typing.cast(T, RawResponse.from_response(value, response))
        return value


class SyncHttpClient(_BaseHttpClient[httpx.Client]):
    """Sends requests with retries through an :class:`httpx.Client` (arguments: see `_BaseHttpClient`)."""

    def _new_client(self, follow_redirects: bool) -> httpx.Client:
        return httpx.Client(timeout=self._timeout, follow_redirects=follow_redirects)

    def _sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    def request(self, request: ApiRequest, *, cast: Callable[[httpx.Response], T]) -> T:
        """Send ``request`` (with retries) and return ``cast(response)`` for a 2xx response.

        With ``request.to_file``, a 2xx body is streamed into that file and the `File` is returned instead.

        Raises:
            ApiError: a subclass per status for a non-2xx response (``request.error_types`` parses the body).
            ParseError: when ``cast`` raises.
            ApiTimeoutError: when every attempt timed out.
            ApiConnectionError: on any other transport failure.
        """
        raw = consume_raw_mode()
        call = self._prepare(request)
        response = self._send(call)
        try:
            if request.to_file is not None and response.is_success:
                handle, name, opened = _open_target(request.to_file)
                try:
                    for chunk in response.iter_bytes():
                        handle.write(chunk)
                except BaseException:
                    if opened:
                        handle.close()
                    raise
                saved = _saved_file(handle, name, opened)
                return self._finish(response, call, lambda _: typing.cast(T, saved), raw)
            return self._finish(response, call, cast, raw)
        finally:
            response.close()

    def send_raw(self, request: ApiRequest) -> httpx.Response:
        """Send ``request`` with retries and return the (read) response whatever its status.

        Raises only :class:`ApiTimeoutError` / :class:`ApiConnectionError`.
        """
        return self._send(self._prepare(request))

    def _send(self, call: _Prepared) -> httpx.Response:
        retries_taken = 0
        while True:
            request = self._build(call)
            self._log_request(request, retries_taken)
            try:
                response = self._client.send(request, auth=self.auth or httpx.USE_CLIENT_DEFAULT, stream=call.stream)
            except httpx.RequestError as exc:
                delay = self._exception_delay(call, exc, retries_taken)
            else:
                retry_in = self._response_delay(call, response, retries_taken)
                if call.stream and (retry_in is not None or not response.is_success):
                    response.read()  # an error or retried response is read whole, as without streaming
                    response.close()
                if retry_in is None:
                    return response
                delay = retry_in
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


class AsyncHttpClient(_BaseHttpClient[httpx.AsyncClient]):
    """Async twin of :class:`SyncHttpClient`, over an :class:`httpx.AsyncClient`."""

    def _new_client(self, follow_redirects: bool) -> httpx.AsyncClient:
        return httpx.AsyncClient(timeout=self._timeout, follow_redirects=follow_redirects)

    async def _sleep(self, seconds: float) -> None:
        import asyncio  # imported here so that sync-only programs don't load it

        await asyncio.sleep(seconds)

    async def request(self, request: ApiRequest, *, cast: Callable[[httpx.Response], T]) -> T:
        """Async twin of :meth:`SyncHttpClient.request` (``to_file`` is streamed too)."""
        raw = consume_raw_mode()
        call = self._prepare(request)
        response = await self._send(call)
        try:
            if request.to_file is not None and response.is_success:
                handle, name, opened = _open_target(request.to_file)
                try:
                    async for chunk in response.aiter_bytes():
                        handle.write(chunk)
                except BaseException:
                    if opened:
                        handle.close()
                    raise
                saved = _saved_file(handle, name, opened)
                return self._finish(response, call, lambda _: typing.cast(T, saved), raw)
            return self._finish(response, call, cast, raw)
        finally:
            await response.aclose()

    async def send_raw(self, request: ApiRequest) -> httpx.Response:
        """Async twin of :meth:`SyncHttpClient.send_raw`."""
        return await self._send(self._prepare(request))

    async def _send(self, call: _Prepared) -> httpx.Response:
        retries_taken = 0
        while True:
            request = self._build(call)
            self._log_request(request, retries_taken)
            try:
                response = await self._client.send(
                    request, auth=self.auth or httpx.USE_CLIENT_DEFAULT, stream=call.stream
                )
            except httpx.RequestError as exc:
                delay = self._exception_delay(call, exc, retries_taken)
            else:
                retry_in = self._response_delay(call, response, retries_taken)
                if call.stream and (retry_in is not None or not response.is_success):
                    await response.aread()  # an error or retried response is read whole, as without streaming
                    await response.aclose()
                if retry_in is None:
                    return response
                delay = retry_in
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
