"""What both streams share: the events (`ServerSentEvent`, `ServerSentEvents`, `JsonLines`), the line
splitter, the SSE parser, the decoding of each event's data, and `_Reader`, one stream's state (the
open response, the limits, the reconnection decision). `_streaming.py` is the public module and says
how streams behave; `_async_streaming.py` reads a stream (and generates `_sync_streaming.py`)."""

from __future__ import annotations

import dataclasses
import json
import re
import time
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from ._base_client import _Prepared
from ._body import bounded_decoder, left_to_httpx
from ._decode import decoding
from ._request import ApiRequest
from .errors import ApiTimeoutError, ParseError, ResponseTooLargeError, SdkError

if TYPE_CHECKING:
    from ._async_client import AsyncHttpClient
    from ._body import _ZlibDecoder
    from ._sync_client import SyncHttpClient

__all__ = ["Events", "JsonLines", "ServerSentEvent", "ServerSentEvents", "as_received"]

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
        else:
            yield from self._decoder.pieces(chunk, end=end, request=self.response.request, what="stream")

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
        subject = f"an event of the {self.response.status_code} stream from"
        return ParseError.of(exc, subject, self.response, method=self._call.method, body=text, redactor=self._redactor)

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
