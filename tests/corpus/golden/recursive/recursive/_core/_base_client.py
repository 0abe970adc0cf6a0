"""What both HTTP clients share: configuration, the call's limits, request building, retry decisions,
redirect safety, logging, and turning a response into a value or a typed error.

The I/O loops are in `_async_client.py`, written once with `await`; `_sync_client.py` is generated
from it (`python -m generator.runtime_unasync`, as httpcore does with unasync).

Every call has limits: a deadline for the whole call (every attempt, retry wait and body read), by
default the per-operation timeout times the number of attempts; and a cap on the decoded body held in
memory (100 MiB by default). Each attempt's httpx timeouts are cut to the time left, the body is read
in bounded pieces (`_body.py`), and no retry starts whose wait would end past the deadline.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import os
import random
import threading
import time
import typing
import uuid
from collections.abc import Callable, Iterable, Mapping
from typing import IO, Any, BinaryIO, Generic, TypeVar

import httpx

from ._body import DEFAULT_MAX_RESPONSE_BYTES, BodyReader
from ._decode import decoding
from ._encode import dumps, encode_query, form_fields, is_omitted
from ._logging import get_logger
from ._redact import Redactor
from ._request import ApiRequest
from ._retry import (
    DEFAULT_MAX_RETRIES,
    IDEMPOTENT_METHODS,
    backoff_delay,
    decide_retry,
)
from ._types import DownloadTarget, File
from ._upload import UploadStream
from .auth import BaseAuth, sensitive_names
from .errors import ApiConnectionError, ApiTimeoutError, ParseError, SdkError, make_api_error
from .raw_response import RawResponse, response_elapsed

__all__ = ["DEFAULT_TIMEOUT", "ClientT"]

T = TypeVar("T")

DEFAULT_TIMEOUT = 60.0
"""Seconds each attempt may take unless the client or the call says otherwise."""


@dataclasses.dataclass
class _Prepared:
    """An `ApiRequest` resolved against the client: URL, merged headers, encoded body, limits."""

    request: ApiRequest
    url: str
    query: str  # the encoded query string, without `?`
    headers: httpx.Headers
    content: bytes | UploadStream | None
    data: dict[str, Any] | None
    files: Any
    timeout: httpx.Timeout
    max_retries: int
    idempotent: bool
    budget: float | None  # seconds for the whole call (None: no deadline)
    deadline: float | None  # the same, as a time.monotonic() instant
    max_bytes: int | None
    redactor: Redactor

    @property
    def method(self) -> str:
        return self.request.method

    @functools.cached_property
    def request_line(self) -> str:
        """``"GET https://..."`` with credentials redacted, for errors (built only when one is raised)."""
        return f"{self.request.method} {self.redactor.url(self.url)}"

    @property
    def stream(self) -> bool:
        """Whether a success body is left unread: streamed into ``to_file``, or read as events."""
        return self.request.to_file is not None or self.request.stream

    def remaining(self) -> float | None:
        """Seconds left before the deadline (``None``: no deadline)."""
        return None if self.deadline is None else self.deadline - time.monotonic()


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return url.scheme, url.host, url.port or {"http": 80, "https": 443}.get(url.scheme)


def same_origin(one: httpx.Request, other: httpx.Request) -> bool:
    """Whether two requests go to the same scheme, host and port."""
    return _origin(one.url) == _origin(other.url)


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


@functools.cache
def _longest_backoff(max_retries: int) -> float:
    """Seconds of the longest backoff waits before ``max_retries`` retries (no jitter)."""
    return sum(backoff_delay(i, 0.0) for i in range(max_retries))


@functools.lru_cache(maxsize=256)
def _parsed_url(url: str) -> httpx.URL:
    """``url`` parsed, for a request without a query string.

    httpx parses and validates a URL string on every request it builds (a third of building one); the
    same resource asked for again (a poll, a refresh, a status check) reuses the parse. `httpx.URL` is
    immutable. URLs with a query (pages, filters, and any credentials a caller puts there) are not kept.
    """
    return httpx.URL(url)


ClientT = TypeVar("ClientT", httpx.Client, httpx.AsyncClient)


class _BaseHttpClient(Generic[ClientT]):
    """Configuration, request building, retry decisions, logging and response handling of both clients.

    Args:
        base_url: prepended to every relative path.
        auth: an :class:`httpx.Auth` (see :mod:`.auth`) applied to every request.
        headers: default headers, sent on top of ``User-Agent``.
        timeout: seconds each network operation (connect, write, each read) may take; ``None`` means 60 s,
            or the timeout of ``httpx_client`` when one is given.
        max_retries: retries per call (``0`` disables).
        httpx_client: a client to send through; it is not closed by ``close()``, and its own
            ``follow_redirects`` setting applies.
        follow_redirects: whether the client this class creates follows redirects.
        user_agent: the ``User-Agent`` header value.
        logger_name: name of the stdlib logger to log to.
        log_env_var: environment variable that switches on logging to stderr (``debug`` / ``info``).
        idempotency_header: header that carries a generated idempotency key on POST/PATCH; with it,
            those methods are retried like idempotent ones, reusing the key.
        deadline: seconds for a whole call, retries and reading the body included; ``None`` means the
            timeout times the number of attempts plus the backoff waits (``float("inf")``: no deadline).
        max_response_bytes: the largest decoded body a call holds in memory (100 MiB by default).
        strict_response_validation: raise `ParseError` (with the JSON pointer, expected and received
            value) at the first response value that does not match its schema, instead of keeping it.
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
        deadline: float | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        strict_response_validation: bool = False,
    ) -> None:
        """Create the client; see the class docstring for the arguments."""
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        if deadline is not None and deadline <= 0:
            raise ValueError("deadline must be more than 0 seconds")
        if max_response_bytes < 0:
            raise ValueError("max_response_bytes must be 0 or more")
        self.deadline = deadline
        self.max_response_bytes = max_response_bytes
        self.base_url = base_url.rstrip("/")
        self.auth = auth
        self.max_retries = max_retries
        self.user_agent = user_agent
        self.idempotency_header = idempotency_header
        self.strict_response_validation = strict_response_validation
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
        # Built on first use, not here: httpx.Client() (its SSL context, mostly) is most of the time it takes
        # to import an SDK and construct its client. `_client` builds it once, under a lock, so threads that
        # start calling together share one; close() builds it too when no call ever did, then closes it.
        self._follow_redirects = follow_redirects
        self._built: ClientT | None = httpx_client
        self._build_lock = threading.Lock()

    def _new_client(self, follow_redirects: bool) -> ClientT:
        """The httpx client this object owns: the default timeout and the default headers (``User-Agent`` and
        the ``headers`` argument) are its own, so httpx merges them into each request once."""
        raise NotImplementedError

    @property
    def _client(self) -> ClientT:
        return self._built or self._build_client()

    def _build_client(self) -> ClientT:
        with self._build_lock:
            if self._built is None:
                self._built = self._new_client(self._follow_redirects)
            return self._built

    @property
    def httpx_client(self) -> ClientT:
        """The underlying httpx client (built now if no call has needed it yet)."""
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
        if self._built is None:  # the first call builds the httpx client before its deadline starts
            self._build_client()
        options = request.options or {}
        method = request.method.upper()
        if method != request.method:
            request = dataclasses.replace(request, method=method)
        extra_query = options.get("additional_query_parameters")
        query = encode_query({**request.params, **extra_query} if extra_query else request.params, request.query_styles)
        # The client this object built already sends the default headers (`_new_client`); httpx merges
        # them into each request, so only the call's own headers are merged here. A caller's client does
        # not have them: they are merged per call, on top of that client's own headers.
        defaults = self._headers
        merged = httpx.Headers() if self._owns_client else httpx.Headers(defaults)
        if request.headers:
            merged.update(request.headers)
        extra_headers = options.get("additional_headers")
        if extra_headers:
            merged.update(extra_headers)

        extra_body = options.get("additional_body_parameters") or {}
        body: bytes | UploadStream | None = None
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
            if "content-type" not in merged and "content-type" not in defaults:
                merged["Content-Type"] = "application/json"

        timeout_in_seconds = options.get("timeout_in_seconds")
        timeout = self._timeout if timeout_in_seconds is None else httpx.Timeout(timeout_in_seconds)
        max_retries = options.get("max_retries", self.max_retries)
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        budget = options.get("deadline_in_seconds", self.deadline)
        if budget is None and timeout.read is not None:
            # The default: every attempt may take its timeout, and every retry its longest backoff.
            budget = timeout.read * (max_retries + 1) + _longest_backoff(max_retries)
        if budget is not None and budget <= 0:
            raise ValueError("deadline_in_seconds must be more than 0")
        if budget == float("inf"):
            budget = None

        idempotent = method in IDEMPOTENT_METHODS
        if not idempotent and self.idempotency_header:
            if self.idempotency_header not in merged and self.idempotency_header not in defaults:
                merged[self.idempotency_header] = str(uuid.uuid4())
            idempotent = True
        url = self.url(request.path)
        return _Prepared(
            request=request,
            url=url,
            query=query,
            headers=merged,
            content=body,
            data=form,
            files=files,
            timeout=timeout,
            max_retries=max_retries,
            idempotent=idempotent,
            budget=budget,
            deadline=None if budget is None else time.monotonic() + budget,
            max_bytes=options.get("max_response_bytes", self.max_response_bytes),
            redactor=self._redactor,
        )

    def _attempt_timeout(self, call: _Prepared) -> httpx.Timeout:
        """The call's timeout, each part cut to the time left; `ApiTimeoutError` when none is left."""
        remaining = call.remaining()
        if remaining is None:
            return call.timeout
        if remaining <= 0:
            raise ApiTimeoutError.deadline(call.budget, call.request_line)
        t = call.timeout
        if all(part is not None and part <= remaining for part in (t.connect, t.read, t.write, t.pool)):
            return t  # the usual first attempt: every part ends before the deadline
        return httpx.Timeout(
            connect=remaining if t.connect is None else min(t.connect, remaining),
            read=remaining if t.read is None else min(t.read, remaining),
            write=remaining if t.write is None else min(t.write, remaining),
            pool=remaining if t.pool is None else min(t.pool, remaining),
        )

    def _build(self, call: _Prepared) -> httpx.Request:
        upload = call.content if isinstance(call.content, UploadStream) else None
        client = self._client
        timeout = self._attempt_timeout(call)
        if call.query:
            url: str | httpx.URL = f"{call.url}{'&' if '?' in call.url else '?'}{call.query}"
        else:
            url = call.url if "?" in call.url else _parsed_url(call.url)
        request = client.build_request(
            call.method,
            url,
            headers=call.headers or None,
            content=None if upload is not None else call.content,
            data=call.data,
            files=call.files,
            timeout=httpx.USE_CLIENT_DEFAULT if timeout == client.timeout else timeout,
        )
        if upload is not None:  # a file streamed as the body, from its start on every attempt
            request.stream = upload
            length = upload.length
            if length is None:
                request.headers.pop("Content-Length", None)
                request.headers["Transfer-Encoding"] = "chunked"
            else:
                request.headers["Content-Length"] = str(length)
        return request

    def _redirect(self, request: httpx.Request, response: httpx.Response, call: _Prepared, hops: int) -> httpx.Request:
        """The request a redirect asks for (httpx builds it); credentials stay behind on another origin."""
        following = response.next_request
        assert following is not None
        if hops > self._client.max_redirects:
            raise httpx.TooManyRedirects(f"more than {self._client.max_redirects} redirects", request=request)
        if not same_origin(following, request):
            for name in list(following.headers):
                if self._redactor.is_sensitive_header(name):
                    del following.headers[name]
        following.extensions = {**following.extensions, "timeout": self._attempt_timeout(call).as_dict()}
        return following

    def _follows(self, response: httpx.Response) -> bool:
        return response.next_request is not None and self._client.follow_redirects

    def _body_reader(
        self, response: httpx.Response, call: _Prepared, sink: Callable[[bytes], object] | None
    ) -> BodyReader:
        return BodyReader(
            response,
            sink=sink,
            max_bytes=call.max_bytes,
            deadline=call.deadline,
            budget=call.budget,
            describe=lambda: call.request_line,
        )

    def _keep(self, response: httpx.Response, body: bytes) -> None:
        """Give the response the body read under the call's limits, as `Response.read()` would have."""
        response._content = body  # the attribute httpx's own read() fills; the body was decoded here

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
        if response.is_success:  # never retried (`decide_retry`); the usual case, decided here
            return None
        return self._retry_delay(call, response, retries_taken)

    def _exception_delay(self, call: _Prepared, exc: httpx.RequestError, retries_taken: int) -> float:
        """Log a transport error; the wait before retrying, or raise the typed error when not retried."""
        self.logger.debug(
            "HTTP request failed: %s %s: %s: %s",
            call.method,
            self._redactor.url(call.url),
            type(exc).__name__,
            self._redactor.text(str(exc)),
        )
        delay = self._retry_delay(call, exc, retries_taken)
        if delay is None:
            raise self._transport_error(call, exc) from exc
        return delay

    def _retry_delay(self, call: _Prepared, outcome: httpx.Response | Exception, retries_taken: int) -> float | None:
        """The retry policy's wait after ``outcome`` (``None``: no retry), logged."""
        decision = decide_retry(
            outcome,
            idempotent=call.idempotent,
            retries_taken=retries_taken,
            max_retries=call.max_retries,
            random=self._random,
            remaining=call.remaining(),
        )
        self._log_decision(call, decision.delay, retries_taken, decision.reason)
        return decision.delay

    def _transport_error(self, call: _Prepared, exc: Exception) -> ApiConnectionError:
        remaining = call.remaining()
        if remaining is not None and remaining <= 0:
            return ApiTimeoutError.deadline(call.budget, call.request_line)
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
            with decoding(strict=self.strict_response_validation):
                value = cast(response)
        except SdkError:
            raise
        except Exception as exc:
            subject = f"{response.status_code} response to"
            raise ParseError.of(
                exc, subject, response, method=call.method, body=response.text, redactor=self._redactor
            ) from exc
        attach = getattr(value, "_sdk_attach_response", None)
        if attach is not None:  # a model with response metadata (sdk.yaml `response_metadata`)
            attach(response)
        if raw:
            return typing.cast(T, RawResponse.from_response(value, response))
        return value
