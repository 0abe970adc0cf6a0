"""Streaming responses: Server-Sent Events and JSON Lines, read and decoded one event at a time.

A method whose success response is `text/event-stream` returns a `Stream` (`AsyncStream`) of
`ServerSentEvent`s; one whose response is newline-delimited JSON (`application/x-ndjson`,
`application/jsonl`, `application/json-seq`) returns a `Stream` of the decoded records. Each event's
data is decoded with the SDK's one decoding policy (`_decode.py`): into the documented model,
leniently unless the client has `strict_response_validation=True` (then a mismatch, or data that is
not JSON, raises `ParseError` naming the event's text). Leniently, data that is not JSON (a
`[DONE]` sentinel) comes back as the text, as received.

Connections: a stream owns one response at a time and closes it when the iteration ends, when the
loop is left early (`break`: the sync stream closes at once; the async one when the loop drops it,
or at once with `async with` / `aclose()`), on `close()` and on leaving `with`. A sync stream
dropped without being iterated closes too.

Reconnection (SSE only): when the connection drops mid-stream (reset, closed mid-chunk, a read
timed out) and the server has given events an `id:`, the stream reconnects under the client's retry
policy (`max_retries` consecutive failures, the backoff, or the server's `retry:` milliseconds
instead), sending `Last-Event-ID`; a partial event is discarded, as the HTML standard says. A POST
reconnects only when the client sends an idempotency key. A stream that ends cleanly is finished.

Limits: `max_response_bytes` caps each event (the lines of one SSE event, one JSON line), not the
stream. The deadline covers opening the stream (connect, retries, headers) and the wait for the
first event, then restarts at every event (and every SSE comment, the usual keep-alive): no gap
between two events may exceed it. It is checked as bytes arrive; a server that sends nothing at all
is stopped by the per-read timeout.

Hand-written rather than taken from `httpx-sse` or httpx's `iter_lines`: both split lines with
`str.splitlines`, which also breaks at U+2028 and other separators that JSON text may carry
unescaped (the HTML standard ends lines only at CR, LF and CRLF), neither bounds a line or an event
(a server could fill memory), and neither reconnects; the body here is read through the same bounded
decoder as every other response (`_body.py`), so a compressed stream cannot inflate past the cap.
The parser is the standard's "interpreting an event stream" algorithm, about forty lines.
"""

from __future__ import annotations

import dataclasses
import json
import re
import time
import typing
import zlib
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterator
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from ._base_client import _Prepared
from ._body import bounded_decoder, left_to_httpx
from ._decode import Mismatch, decoding
from ._request import ApiRequest
from .errors import ApiTimeoutError, ParseError, ResponseTooLargeError, SdkError
from .raw_response import RawResponse, consume_raw_mode

if TYPE_CHECKING:
    from ._async_client import AsyncHttpClient
    from ._body import _ZlibDecoder
    from ._sync_client import SyncHttpClient

__all__ = ["AsyncStream", "Events", "JsonLines", "ServerSentEvent", "ServerSentEvents", "Stream", "as_received"]

T = TypeVar("T")
D = TypeVar("D")

_EOL = re.compile(rb"\r\n|\r|\n")


@dataclass(frozen=True)
class ServerSentEvent(Generic[D]):
    """One Server-Sent Event.

    Attributes:
        data: the event's data, decoded into the documented type (the text, when the spec documents text).
        event: the event type (``"message"`` unless the server named one with ``event:``).
        id: the last event ID the server set (``id:``), as of this event; ``None`` when it set none.
        retry: the reconnection time in milliseconds, when this event set one (``retry:``).
        raw_data: the data as received, before decoding.
    """

    data: D
    event: str = "message"
    id: str | None = None
    retry: int | None = None
    raw_data: str = ""


def as_received(value: Any) -> Any:
    """An item the spec documents no schema for: the JSON value as received."""
    return value


class _Lines:
    """Splits bytes into lines at CR, LF or CRLF only (the caller caps `pending`, the unfinished line)."""

    def __init__(self) -> None:
        self._pending = bytearray()
        self._skip_lf = False  # the last chunk ended in CR: a LF starting the next one ends no line

    @property
    def pending(self) -> int:
        return len(self._pending)

    def feed(self, data: bytes) -> list[bytes]:
        if self._skip_lf and data[:1] == b"\n":
            data = data[1:]
        self._skip_lf = data.endswith(b"\r") or (self._skip_lf and not data)
        lines: list[bytes] = []
        start = 0
        for end in _EOL.finditer(data):
            self._pending += data[start : end.start()]
            lines.append(bytes(self._pending))
            self._pending.clear()
            start = end.end()
        self._pending += data[start:]
        return lines

    def rest(self) -> bytes:
        """The unfinished last line (the stream ended without a line break)."""
        rest, self._pending = bytes(self._pending), bytearray()
        return rest


@dataclass
class _RawEvent:
    data: str
    event: str
    id: str
    retry: int | None


class _SseParser:
    """The HTML standard's event-stream interpretation, one line at a time (the `Last-Event-ID` survives events)."""

    def __init__(self) -> None:
        self.last_event_id = ""
        self.retry: int | None = None  # the reconnection time the server last set, in milliseconds
        self.size = 0  # bytes of the event being built
        self._data: list[str] = []
        self._event = ""
        self._event_retry: int | None = None
        self.first = True  # no line read yet (a UTF-8 BOM may lead the stream)

    def discard(self) -> None:
        """Forget the event being built (the connection dropped before its blank line)."""
        self._data, self._event, self._event_retry, self.size = [], "", None, 0

    def line(self, raw: bytes) -> _RawEvent | None:
        """Take one line; the event it completes, if any. Comments and ignored fields return ``None``."""
        text = raw.decode("utf-8", errors="replace")
        if self.first:
            self.first = False
            text = text.removeprefix("\ufeff")
        if not text:
            return self._dispatch()
        if text.startswith(":"):
            return None
        name, colon, value = text.partition(":")
        if colon and value.startswith(" "):
            value = value[1:]
        self.size += len(raw)
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id" and "\0" not in value:
            self.last_event_id = value
        elif name == "retry" and value.isascii() and value.isdigit():
            self.retry = self._event_retry = int(value)
        return None

    def _dispatch(self) -> _RawEvent | None:
        data, event, retry = self._data, self._event, self._event_retry
        self.discard()
        if not data:
            return None
        return _RawEvent("\n".join(data), event or "message", self.last_event_id, retry)


class _Data(Generic[D]):
    """Decodes one event's data text: JSON (or the text itself) read by ``decode`` under the client's policy."""

    def __init__(self, decode: Callable[[Any], D], *, json: bool = True) -> None:
        self._decode = decode
        self._json = json

    def __call__(self, text: str, stream: _Reader[Any]) -> D:
        """The decoded data; data that is not JSON is kept as text leniently, a `ParseError` strictly."""
        strict = stream._strict
        try:
            value: Any = json.loads(text) if self._json else text
        except ValueError as exc:
            if strict:
                raise stream._parse_error(text, exc) from exc
            return typing.cast(D, text)
        try:
            with decoding(strict=strict):
                return self._decode(value)
        except SdkError:
            raise
        except Exception as exc:
            raise stream._parse_error(text, exc) from exc


class _Framer(Generic[T]):
    """The parsing state of one stream (it outlives reconnections)."""

    @property
    def last_event_id(self) -> str:
        """The ID a reconnection resumes from (``""``: none, the stream cannot resume)."""
        return ""

    @property
    def retry(self) -> int | None:
        """The reconnection time the server asked for, in milliseconds."""
        return None

    def items(self, line: bytes, stream: _Reader[Any]) -> list[T]:
        raise NotImplementedError

    def size(self) -> int:
        """Bytes of the unfinished item held so far."""
        return 0

    def discard(self) -> None:
        """Drop the unfinished item (before a reconnection)."""

    def activity(self, line: bytes) -> bool:
        """Whether ``line`` restarts the idle deadline although it completes no item (an SSE comment)."""
        return False

    def last_line(self) -> bool:
        """Whether a last line without a line break still counts (JSON lines: yes; SSE: discarded)."""
        return True


class Events(Generic[T]):
    """How a stream's bytes become items of type ``T``: `ServerSentEvents` or `JsonLines`."""

    def start(self) -> _Framer[T]:
        """Fresh parsing state for one stream."""
        raise NotImplementedError


class ServerSentEvents(Events[ServerSentEvent[D]]):
    """`text/event-stream`: `ServerSentEvent`s whose data ``decode`` reads from the JSON (or from the
    text, with ``json=False``)."""

    def __init__(self, decode: Callable[[Any], D], *, json: bool = True) -> None:
        """Describe the events' data."""
        self._data = _Data(decode, json=json)

    def start(self) -> _Framer[ServerSentEvent[D]]:
        """Fresh parsing state for one stream."""
        return _SseFramer(self._data)


class JsonLines(Events[D]):
    """Newline-delimited JSON (`application/x-ndjson`, `application/jsonl`, `application/json-seq`): the
    records ``decode`` reads; blank lines and json-seq's record separators are skipped."""

    def __init__(self, decode: Callable[[Any], D]) -> None:
        """Describe the records."""
        self._data = _Data(decode)

    def start(self) -> _Framer[D]:
        """Fresh parsing state for one stream."""
        return _LinesFramer(self._data)


class _SseFramer(_Framer[ServerSentEvent[D]]):
    def __init__(self, data: _Data[D]) -> None:
        self._data = data
        self._parser = _SseParser()

    @property
    def last_event_id(self) -> str:
        return self._parser.last_event_id

    @property
    def retry(self) -> int | None:
        return self._parser.retry

    def items(self, line: bytes, stream: _Reader[Any]) -> list[ServerSentEvent[D]]:
        raw = self._parser.line(line)
        if raw is None:
            return []
        return [ServerSentEvent(self._data(raw.data, stream), raw.event, raw.id or None, raw.retry, raw.data)]

    def size(self) -> int:
        return self._parser.size

    def discard(self) -> None:
        self._parser.discard()
        self._parser.first = True  # the next connection's stream may start with a BOM again

    def activity(self, line: bytes) -> bool:
        return line.startswith(b":")

    def last_line(self) -> bool:
        return False


class _LinesFramer(_Framer[D]):
    def __init__(self, data: _Data[D]) -> None:
        self._data = data

    def items(self, line: bytes, stream: _Reader[Any]) -> list[D]:
        text = line.decode("utf-8", errors="replace").strip().lstrip("\x1e").strip()
        return [self._data(text, stream)] if text else []


class _Reader(Generic[T]):
    """One stream's state, owned by its `Stream`/`AsyncStream`: the call, the open response, the parsing
    state, the limits and the reconnection decision. The iteration (`_read`, `_aread`) holds this and
    not the stream object, so a stream the caller lets go (`break` out of `for`) is freed, and closed, at once.
    """

    def __init__(self, client: SyncHttpClient | AsyncHttpClient, request: ApiRequest, events: Events[T]) -> None:
        self._framer = events.start()
        self._strict = client.strict_response_validation
        self._redactor = client.redactor
        self._call: _Prepared = client._prepare(dataclasses.replace(request, stream=True))
        self._response: httpx.Response | None = None
        self._lines = _Lines()
        self._decoder: _ZlibDecoder | None = None
        self._failures = 0  # reconnections since the last event
        self._closed = False

    @property
    def response(self) -> httpx.Response:
        """The HTTP response being read (status, headers); its body is the stream."""
        if self._response is None:
            raise RuntimeError("the stream is not open yet: iterate it, or await it / enter `async with` first")
        return self._response

    @property
    def last_event_id(self) -> str | None:
        """The last event ID the server set (``id:``), sent as `Last-Event-ID` on a reconnection."""
        return self._framer.last_event_id or None

    def _opened(self, response: httpx.Response) -> None:
        self._response = response
        self._decoder = None if left_to_httpx(response) else bounded_decoder(response)

    def _restart_window(self) -> None:
        """The deadline restarts: for opening the stream, then at each event for the next one."""
        if self._call.budget is not None:
            self._call.deadline = time.monotonic() + self._call.budget

    def _pieces(self, chunk: bytes, end: bool) -> Iterator[bytes]:
        """Decoded bytes of one raw chunk, a bounded piece at a time (gzip/deflate: `_body.py`'s decoder)."""
        if self._decoder is None:
            yield chunk
            return
        try:
            yield from self._decoder.decode(chunk)
            if end:
                yield self._decoder.flush()
        except zlib.error as exc:
            raise httpx.DecodingError(f"the stream could not be decoded: {exc}", request=self.response.request) from exc

    def _take(self, chunk: bytes, *, end: bool = False) -> Iterator[T]:
        """The items one raw chunk completes, each as soon as it is complete (``end``: the body is over)."""
        remaining = self._call.remaining()
        if remaining is not None and remaining <= 0:  # this chunk came after the window closed
            raise ApiTimeoutError.deadline(self._call.budget, self._call.request_line)
        for piece in self._pieces(chunk, end):
            for line in self._lines.feed(piece):
                self._check_size(len(line))
                yield from self._line(line)
            self._check_size(self._lines.pending)
        rest = self._lines.rest() if end else b""
        if rest and self._framer.last_line():
            yield from self._line(rest)

    def _check_size(self, more: int) -> None:
        """`ResponseTooLargeError` when the event being read, with ``more`` bytes, is over the cap."""
        limit = self._call.max_bytes
        if limit is not None and self._framer.size() + more > limit:
            raise ResponseTooLargeError(
                limit=limit, status_code=self.response.status_code, request_line=self._call.request_line, event=True
            )

    def _line(self, line: bytes) -> list[T]:
        items = self._framer.items(line, self)
        if items or self._framer.activity(line):
            self._restart_window()
            self._failures = 0
        return items

    def _resume(self, exc: httpx.TransportError, client: SyncHttpClient | AsyncHttpClient) -> float:
        """The wait before reconnecting after ``exc`` dropped the stream; raises when it may not resume."""
        if not self._framer.last_event_id or isinstance(exc, httpx.DecodingError):
            raise client._transport_error(self._call, exc) from exc
        delay = client._exception_delay(self._call, exc, self._failures)  # raises when the policy says stop
        if self._framer.retry is not None:  # the server's own reconnection time
            delay = self._framer.retry / 1000
            remaining = self._call.remaining()
            if remaining is not None and delay >= remaining:
                raise ApiTimeoutError.deadline(self._call.budget, self._call.request_line) from exc
        self._failures += 1
        self._framer.discard()
        self._lines.rest()
        self._decoder = None
        self._call.headers["Last-Event-ID"] = self._framer.last_event_id  # the same call, resumed
        return delay

    def _parse_error(self, text: str, exc: Exception) -> ParseError:
        response = self.response
        url = self._redactor.url(response.request.url)
        error = ParseError(
            f"an event of the {response.status_code} stream from {self._call.method} {url} could not be parsed: "
            f"{type(exc).__name__}: {exc}",
            status_code=response.status_code,
            headers=response.headers,
            body=text,
            method=self._call.method,
            url=url,
            http_response=response,
            body_text=text,
            redactor=self._redactor,
        )
        if isinstance(exc, Mismatch):
            error.pointer, error.expected, error.received = exc.pointer, exc.expected, exc.received
        return error

    def close(self) -> None:
        """Close the response (sync)."""
        self._closed = True
        if self._response is not None:
            self._response.close()

    async def aclose(self) -> None:
        """Close the response (async)."""
        self._closed = True
        if self._response is not None:
            await self._response.aclose()

    def __del__(self) -> None:
        response = getattr(self, "_response", None)
        if response is not None and not self._closed and isinstance(response.stream, httpx.SyncByteStream):
            response.close()  # a sync stream dropped unread; an async one is closed by its loop's finalizer


def _read(reader: _Reader[T], client: SyncHttpClient) -> Iterator[T]:
    """The items of ``reader``'s response, reconnecting where it may; the response is closed at the end."""
    try:
        while True:
            response = reader.response
            try:
                for chunk in response.iter_bytes() if left_to_httpx(response) else response.iter_raw():
                    yield from reader._take(chunk)
                yield from reader._take(b"", end=True)
                return
            except httpx.TransportError as exc:
                response.close()
                delay = reader._resume(exc, client)
            client._sleep(delay)
            reader._opened(client.open_stream(reader._call))
    finally:
        reader.close()


async def _aread(reader: _Reader[T], client: AsyncHttpClient) -> AsyncIterator[T]:
    """Async twin of `_read` (it connects first when the stream was not awaited)."""
    try:
        if reader._response is None:
            reader._restart_window()
            reader._opened(await client.open_stream(reader._call))
        while True:
            response = reader.response
            try:
                async for chunk in response.aiter_bytes() if left_to_httpx(response) else response.aiter_raw():
                    for item in reader._take(chunk):
                        yield item
                for item in reader._take(b"", end=True):
                    yield item
                return
            except httpx.TransportError as exc:
                await response.aclose()
                delay = reader._resume(exc, client)
            await client._sleep(delay)
            reader._opened(await client.open_stream(reader._call))
    finally:
        await reader.aclose()


class _StreamApi(Generic[T]):
    _reader: _Reader[T]

    @property
    def response(self) -> httpx.Response:
        """The HTTP response being read (status, headers); its body is the stream."""
        return self._reader.response

    @property
    def last_event_id(self) -> str | None:
        """The last event ID the server set (``id:``), sent as `Last-Event-ID` on a reconnection."""
        return self._reader._framer.last_event_id or None


class Stream(_StreamApi[T]):
    """The items of a streaming response, read as they arrive: ``for event in client.things.watch(): ...``.

    Returned open by the method (a non-2xx status raises there). Iterate it once; the connection is
    closed when the iteration ends, when a loop over the method's result is left, on ``close()``, at
    the end of ``with``, or when the stream is garbage-collected.
    """

    def __init__(self, client: SyncHttpClient, request: ApiRequest, *, events: Events[T]) -> None:
        """Prepare the stream; `open` connects it."""
        self._reader = _Reader(client, request, events)
        self._client = client
        self._iterator: Iterator[T] | None = None

    @classmethod
    def open(cls, client: SyncHttpClient, request: ApiRequest, *, events: Events[T]) -> Stream[T]:
        """Send ``request`` and return the stream of its response (a `RawResponse` of it in raw mode)."""
        raw = consume_raw_mode()
        stream = cls(client, request, events=events)
        stream._reader._opened(client.open_stream(stream._reader._call))
        if raw:
            return typing.cast("Stream[T]", RawResponse.from_response(stream, stream.response))
        return stream

    def __iter__(self) -> Iterator[T]:
        """Yield each item as it arrives (once: a stream cannot be read twice)."""
        if self._iterator is None:
            self._iterator = _read(self._reader, self._client)
        return self._iterator

    def __next__(self) -> T:
        """The next item."""
        return next(iter(self))

    def close(self) -> None:
        """Close the connection (the server sees the client leave)."""
        if isinstance(self._iterator, Generator):
            self._iterator.close()
        self._reader.close()

    def __enter__(self) -> Stream[T]:
        """Return the (open) stream."""
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        """Close the connection."""
        self.close()


class AsyncStream(_StreamApi[T]):
    """Async twin of `Stream`, returned by the method before any request is sent.

    ``async for event in client.things.watch()`` connects and reads; ``stream = await
    client.things.watch()`` or ``async with client.things.watch() as stream`` connects first (a non-2xx
    status raises there). ``async with`` or ``await stream.aclose()`` closes the connection at once;
    a loop left with ``break`` closes it when the event loop finalizes the loop's iterator.
    """

    def __init__(self, client: AsyncHttpClient, request: ApiRequest, *, events: Events[T]) -> None:
        """Prepare the stream; nothing is sent until it is awaited, entered or iterated."""
        self._reader = _Reader(client, request, events)
        self._client = client
        self._iterator: AsyncIterator[T] | None = None
        self._raw = consume_raw_mode()

    async def _start(self) -> AsyncStream[T]:
        reader = self._reader
        if reader._response is None:
            reader._restart_window()
            reader._opened(await self._client.open_stream(reader._call))
        if self._raw:
            self._raw = False
            return typing.cast("AsyncStream[T]", RawResponse.from_response(self, self.response))
        return self

    def __await__(self) -> Generator[Any, None, AsyncStream[T]]:
        """Connect (once) and return the stream (a `RawResponse` of it in raw mode)."""
        return self._start().__await__()

    def __aiter__(self) -> AsyncIterator[T]:
        """Yield each item as it arrives (once: a stream cannot be read twice)."""
        if self._iterator is None:
            self._iterator = _aread(self._reader, self._client)
        return self._iterator

    async def __anext__(self) -> T:
        """The next item."""
        return await self.__aiter__().__anext__()

    async def aclose(self) -> None:
        """Close the connection (the server sees the client leave)."""
        if isinstance(self._iterator, AsyncGenerator):
            await self._iterator.aclose()
        await self._reader.aclose()

    async def __aenter__(self) -> AsyncStream[T]:
        """Connect and return the stream."""
        await self._start()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        """Close the connection."""
        await self.aclose()
