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

from collections.abc import Generator
from typing import Any, TypeVar

from ._async_streaming import AsyncStreamBase
from ._events import Events, JsonLines, ServerSentEvent, ServerSentEvents, as_received
from ._request import ApiRequest
from ._sync_streaming import SyncStreamBase
from .http_client import SyncHttpClient

__all__ = ["AsyncStream", "Events", "JsonLines", "ServerSentEvent", "ServerSentEvents", "Stream", "as_received"]

T = TypeVar("T")


class Stream(SyncStreamBase[T]):
    """The items of a streaming response, read as they arrive: ``for event in client.things.watch(): ...``.

    Returned open by the method (a non-2xx status raises there). Iterate it once; the connection is
    closed when the iteration ends, when a loop over the method's result is left, on ``close()``, at
    the end of ``with``, or when the stream is garbage-collected.
    """

    @classmethod
    def open(cls, client: SyncHttpClient, request: ApiRequest, *, events: Events[T]) -> Stream[T]:
        """Send ``request`` and return the stream of its response (a `RawResponse` of it in raw mode)."""
        return cls(client, request, events=events)._start()


class AsyncStream(AsyncStreamBase[T]):
    """Async twin of `Stream`, returned by the method before any request is sent.

    ``async for event in client.things.watch()`` connects and reads; ``stream = await
    client.things.watch()`` or ``async with client.things.watch() as stream`` connects first (a non-2xx
    status raises there). ``async with`` or ``await stream.aclose()`` closes the connection at once;
    a loop left with ``break`` closes it when the event loop finalizes the loop's iterator.
    """

    def __await__(self) -> Generator[Any, None, AsyncStream[T]]:
        """Connect (once) and return the stream (a `RawResponse` of it in raw mode)."""
        return self._start().__await__()
