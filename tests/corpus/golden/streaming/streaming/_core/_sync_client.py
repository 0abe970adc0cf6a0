"""The synchronous HTTP client: the send loop (attempts, redirects, retries) and the body reads.

GENERATED from `_async_client.py` by `python -m generator.runtime_unasync`; edit that file, not this one.
"""

from __future__ import annotations

import typing
from collections.abc import Callable
from types import TracebackType
from typing import TypeVar

import httpx

from ._base_client import _BaseHttpClient, _open_target, _Prepared, _saved_file, same_origin
from ._request import ApiRequest
from .errors import make_api_error
from .raw_response import consume_raw_mode

__all__ = ["SyncHttpClient"]

T = TypeVar("T")


class SyncHttpClient(_BaseHttpClient[httpx.Client]):
    """Sends requests with retries through an httpx client it owns or is given (arguments: see `_BaseHttpClient`)."""

    def _new_client(self, follow_redirects: bool) -> httpx.Client:
        return httpx.Client(timeout=self._timeout, follow_redirects=follow_redirects, headers=self._headers)

    def _sleep(self, seconds: float) -> None:
        import time  # imported on first use: a program that never retries does not load it

        time.sleep(seconds)

    def request(self, request: ApiRequest, *, cast: Callable[[httpx.Response], T]) -> T:
        """Send ``request`` (with retries) and return ``cast(response)`` for a 2xx response.

        With ``request.to_file``, a 2xx body is streamed into that file and the `File` is returned instead.

        Raises:
            ApiError: a subclass per status for a non-2xx response (``request.error_types`` parses the body).
            ParseError: when ``cast`` raises.
            ResponseTooLargeError: when the decoded body is larger than the call's ``max_response_bytes``.
            ApiTimeoutError: when every attempt timed out, or the call's deadline passed.
            ApiConnectionError: on any other transport failure.
        """
        raw = consume_raw_mode()
        call = self._prepare(request)
        response = self._send(call)
        if request.to_file is None or not response.is_success:
            return self._finish(response, call, cast, raw)
        handle, name, opened = _open_target(request.to_file)
        try:
            self._read(response, call, sink=handle.write)
        except BaseException as exc:
            if opened:
                handle.close()
            if isinstance(exc, httpx.RequestError):  # a download that broke off is not retried
                raise self._transport_error(call, exc) from exc
            raise
        saved = _saved_file(handle, name, opened)
        return self._finish(response, call, lambda _: typing.cast(T, saved), raw)

    def send_raw(self, request: ApiRequest) -> httpx.Response:
        """Send ``request`` with retries and return the (read) response whatever its status.

        Raises only :class:`ApiTimeoutError` / :class:`ApiConnectionError` / :class:`ResponseTooLargeError`.
        """
        return self._send(self._prepare(request))

    def open_stream(self, call: _Prepared) -> httpx.Response:
        """Send ``call`` (with retries) and return the 2xx response with its body unread (``call.stream``).

        Raises as `request` does for a non-2xx response or a transport failure; the caller closes the response.
        """
        response = self._send(call)
        if not response.is_success:
            raise make_api_error(response, call.request.error_types, redactor=self._redactor)
        return response

    def _send(self, call: _Prepared) -> httpx.Response:
        """Attempts until one is kept: its response read (or, to stream a download, left open)."""
        retries_taken = 0
        while True:
            first = self._build(call)
            self._log_request(first, retries_taken)
            try:
                response = self._follow(first, call)
                retry_in = self._response_delay(call, response, retries_taken)
                if retry_in is None and not (call.stream and response.is_success):
                    self._read(response, call)
            except httpx.RequestError as exc:
                delay = self._exception_delay(call, exc, retries_taken)
            else:
                if retry_in is None:
                    return response
                response.close()
                delay = retry_in
            self._sleep(delay)
            retries_taken += 1

    def _follow(self, first: httpx.Request, call: _Prepared) -> httpx.Response:
        """Send ``first``, then every redirect hop httpx builds, without credentials on another origin."""
        request, hops = first, 0
        while True:
            auth = (self.auth or httpx.USE_CLIENT_DEFAULT) if request is first or same_origin(request, first) else None
            response = self._client.send(request, auth=auth, follow_redirects=False, stream=True)
            if not self._follows(response):
                return response
            self._read(response, call)  # a redirect's body, read under the limits: the connection is reused
            hops += 1
            request = self._redirect(request, response, call, hops)

    def _read(self, response: httpx.Response, call: _Prepared, sink: Callable[[bytes], object] | None = None) -> None:
        """Read the body under the deadline: into ``sink`` (a download), else into the response, capped."""
        if response.is_stream_consumed:  # a response built in memory (e.g. by a mock transport) is read already
            if sink is not None:
                sink(response.content)
            return
        reader = self._body_reader(response, call, sink)
        try:
            for chunk in response.iter_bytes() if reader.left_to_httpx else response.iter_raw():
                reader.feed(chunk)
            body = reader.finish()
        finally:
            response.close()
        if sink is None:
            self._keep(response, body)

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
