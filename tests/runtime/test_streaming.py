"""Streaming responses (`_streaming.py`) over real HTTP on 127.0.0.1, sync and async: Server-Sent Events
and JSON lines decoded event by event, connections closed when the caller leaves, reconnection with
`Last-Event-ID`, the per-event size cap and the idle deadline."""

from __future__ import annotations

import asyncio
import gc
import gzip
import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import pytest

from generator.runtime import _decode as decode
from generator.runtime._request import ApiRequest
from generator.runtime._streaming import AsyncStream, JsonLines, ServerSentEvent, ServerSentEvents, Stream
from generator.runtime.errors import (
    ApiConnectionError,
    ApiTimeoutError,
    NotFoundError,
    ParseError,
    ResponseTooLargeError,
)
from generator.runtime.http_client import AsyncHttpClient, SyncHttpClient
from generator.runtime.raw_response import RawResponse, to_async_raw_response, to_raw_response

from .stream_server import DROP, FOREVER, Connection, Pause, StreamServer


@dataclass
class Tick:
    n: int
    label: str | None


def parse_tick(data: Mapping[str, Any]) -> Tick:
    return Tick(decode.expect(data.get("n", decode.MISSING), int, "n"), data.get("label"))


def as_tick(value: Any) -> Tick:
    return decode.model(parse_tick, value)


@pytest.fixture
def server() -> Iterator[StreamServer]:
    with StreamServer() as running:
        yield running


def sse(*lines: str) -> bytes:
    return "".join(lines).encode()


def watch(client: SyncHttpClient, path: str = "/watch", **kwargs: Any) -> Stream[ServerSentEvent[Tick]]:
    return Stream.open(client, ApiRequest("GET", path, **kwargs), events=ServerSentEvents(as_tick))


def awatch(client: AsyncHttpClient, path: str = "/watch", **kwargs: Any) -> AsyncStream[ServerSentEvent[Tick]]:
    return AsyncStream(client, ApiRequest("GET", path, **kwargs), events=ServerSentEvents(as_tick))


FEED = [
    # a BOM, a comment, CRLF and CR line ends, a multi-line data field, U+2028 inside JSON text
    sse("\ufeff: hello\r\n", 'id: 1\r\ndata: {"n": 1}\r\n\r\n'),
    sse('event: moved\rid: 2\rdata: {"n": 2,\rdata:  "label": "a\u2028b"}\r\r'),
    sse('retry: 2500\ndata:{"n": 3}\n\n', "data: partial-without-blank-line\n"),
]
EXPECTED = [
    ServerSentEvent(Tick(1, None), "message", "1", None, '{"n": 1}'),
    ServerSentEvent(Tick(2, "a\u2028b"), "moved", "2", None, '{"n": 2,\n "label": "a\u2028b"}'),
    ServerSentEvent(Tick(3, None), "message", "2", 2500, '{"n": 3}'),
]


def test_sse_events_are_decoded_exactly(server: StreamServer, make_client: Callable[..., SyncHttpClient]) -> None:
    # the body split at awkward places: inside a CRLF, inside a field name, inside a UTF-8 sequence
    body = b"".join(FEED)
    cut = [body[:1], body[1:9], body[9:40], body[40:41], body[41:90], body[90:]]
    server.script("/watch", Connection(cut))
    with watch(make_client(base_url=server.url)) as stream:
        assert list(stream) == EXPECTED
        assert stream.last_event_id == "2"
    assert server.received[0].headers["accept-encoding"]


async def test_sse_events_are_decoded_exactly_async(
    server: StreamServer, make_async_client: Callable[..., AsyncHttpClient]
) -> None:
    server.script("/watch", Connection(list(FEED)))
    events = [event async for event in awatch(make_async_client(base_url=server.url))]
    assert events == EXPECTED


def test_text_events_and_json_lines(server: StreamServer, make_client: Callable[..., SyncHttpClient]) -> None:
    client = make_client(base_url=server.url)
    server.script("/text", Connection([sse("data: Hello\n\n", "data: world\ndata:\n\n")]))
    text = Stream.open(client, ApiRequest("POST", "/text"), events=ServerSentEvents(str, json=False))
    assert [e.data for e in text] == ["Hello", "world\n"]
    ndjson = {"Content-Type": "application/x-ndjson"}
    lines = [b'{"n": 1}\n\n{"n": 2, "label"', b': "x"}\r\n', b'\x1e{"n": 3}\n{"n": 4}']  # json-seq RS, no last LF
    server.script("/lines", Connection(lines, headers=ndjson))
    records = Stream.open(client, ApiRequest("GET", "/lines"), events=JsonLines(as_tick))
    assert list(records) == [Tick(1, None), Tick(2, "x"), Tick(3, None), Tick(4, None)]


def test_gzip_stream(server: StreamServer, make_client: Callable[..., SyncHttpClient]) -> None:
    packed = gzip.compress(b"".join(FEED))
    headers = {"Content-Type": "text/event-stream", "Content-Encoding": "gzip"}
    server.script("/watch", Connection([packed[:10], packed[10:]], headers=headers))
    assert list(watch(make_client(base_url=server.url))) == EXPECTED


def test_break_closes_the_connection(server: StreamServer, make_client: Callable[..., SyncHttpClient]) -> None:
    server.script("/watch", Connection([sse('data: {"n": 1}\n\n'), FOREVER]))
    client = make_client(base_url=server.url)
    for event in watch(client):
        assert event.data == Tick(1, None)
        break
    assert server.received[0].left.wait(5), "the server never saw the client leave"
    with watch(client) as stream:
        assert next(stream).data.n == 1
    assert server.received[1].left.wait(5)
    stream = watch(client)  # opened, never iterated, dropped
    del stream
    gc.collect()
    assert server.received[2].left.wait(5)


async def test_break_closes_the_connection_async(
    server: StreamServer, make_async_client: Callable[..., AsyncHttpClient]
) -> None:
    server.script("/watch", Connection([sse('data: {"n": 1}\n\n'), FOREVER]))
    client = make_async_client(base_url=server.url)
    async with awatch(client) as stream:
        async for event in stream:
            assert event.data.n == 1
            break
    assert await asyncio.to_thread(server.received[0].left.wait, 5)
    async for event in awatch(client):
        assert event.data.n == 1
        break
    gc.collect()
    assert await asyncio.to_thread(server.received[1].left.wait, 5), "the async loop left the connection open"
    stream = await awatch(client)
    await stream.aclose()
    assert await asyncio.to_thread(server.received[2].left.wait, 5)


RESUMABLE = [
    Connection([sse('id: a1\ndata: {"n": 1}\n\n', 'id: a2\nretry: 250\ndata: {"n": 2}\n\n', 'data: {"n": 99'), DROP]),
    Connection([sse('\ufeffid: a3\ndata: {"n": 3}\n\n')]),  # a BOM again on the new connection
]


def test_reconnects_with_last_event_id(
    server: StreamServer, make_client: Callable[..., SyncHttpClient], sleeps: list[float]
) -> None:
    server.script("/watch", *RESUMABLE)
    events = list(watch(make_client(base_url=server.url)))
    assert [e.data.n for e in events] == [1, 2, 3]  # the partial event before the drop is discarded
    first, second = server.requests_to("/watch")
    assert "last-event-id" not in first.headers
    assert second.headers["last-event-id"] == "a2"
    assert sleeps == [0.25]  # the server's `retry:` instead of the backoff


async def test_reconnects_with_last_event_id_async(
    server: StreamServer, make_async_client: Callable[..., AsyncHttpClient], sleeps: list[float]
) -> None:
    server.script("/watch", *RESUMABLE)
    events = [e async for e in awatch(make_async_client(base_url=server.url))]
    assert [e.data.n for e in events] == [1, 2, 3]
    assert server.requests_to("/watch")[1].headers["last-event-id"] == "a2"
    assert sleeps == [0.25]


def test_reconnection_gives_up_after_max_retries(
    server: StreamServer, make_client: Callable[..., SyncHttpClient], sleeps: list[float]
) -> None:
    server.script("/watch", Connection([sse('id: 7\ndata: {"n": 1}\n\n'), DROP]), Connection([DROP]))
    stream = watch(make_client(base_url=server.url, max_retries=2))
    assert next(stream).data.n == 1
    with pytest.raises(ApiConnectionError):
        next(stream)
    assert len(server.requests_to("/watch")) == 3 and sleeps == [0.5, 1.0]
    assert all(r.headers["last-event-id"] == "7" for r in server.requests_to("/watch")[1:])


def test_no_event_id_means_no_reconnection(server: StreamServer, make_client: Callable[..., SyncHttpClient]) -> None:
    server.script("/watch", Connection([sse('data: {"n": 1}\n\n'), DROP]))
    stream = watch(make_client(base_url=server.url))
    assert next(stream).data.n == 1
    with pytest.raises(ApiConnectionError, match="GET"):
        next(stream)
    assert len(server.requests_to("/watch")) == 1
    ndjson = {"Content-Type": "application/x-ndjson"}
    server.script("/lines", Connection([b'{"n": 1}\n', DROP], headers=ndjson))
    records = Stream.open(make_client(base_url=server.url), ApiRequest("GET", "/lines"), events=JsonLines(as_tick))
    with pytest.raises(ApiConnectionError):
        list(records)


def test_post_is_not_resumed_without_an_idempotency_key(
    server: StreamServer, make_client: Callable[..., SyncHttpClient]
) -> None:
    server.script("/compose", *RESUMABLE)
    stream = Stream.open(
        make_client(base_url=server.url), ApiRequest("POST", "/compose", json={}), events=ServerSentEvents(as_tick)
    )
    with pytest.raises(ApiConnectionError):
        list(stream)
    assert len(server.requests_to("/compose")) == 1
    server.script("/keyed", *RESUMABLE)
    keyed = make_client(base_url=server.url, idempotency_header="Idempotency-Key")
    events = list(Stream.open(keyed, ApiRequest("POST", "/keyed", json={}), events=ServerSentEvents(as_tick)))
    assert [e.data.n for e in events] == [1, 2, 3]
    first, second = server.requests_to("/keyed")
    assert second.headers["idempotency-key"] == first.headers["idempotency-key"]


def test_size_cap_applies_per_event(server: StreamServer, make_client: Callable[..., SyncHttpClient]) -> None:
    many = [sse(f'data: {{"n": {i}}}\n\n') for i in range(50)]  # 700 bytes in all, 14 per event
    server.script("/watch", Connection(many))
    assert len(list(watch(make_client(base_url=server.url, max_response_bytes=64)))) == 50
    server.script("/big", Connection([sse('data: {"n": 1}\n\n', "data: " + "x" * 80, "\n\n")]))
    stream = watch(make_client(base_url=server.url, max_response_bytes=64), "/big")
    assert next(stream).data.n == 1
    with pytest.raises(ResponseTooLargeError, match="An event of the 200 stream") as caught:
        next(stream)
    assert caught.value.limit == 64


def test_deadline_restarts_at_each_event(server: StreamServer, make_client: Callable[..., SyncHttpClient]) -> None:
    steady = [item for i in range(8) for item in (Pause(0.1), sse(f'data: {{"n": {i}}}\n\n'))]  # 0.8 s in all
    server.script("/watch", Connection(steady))
    client = make_client(base_url=server.url, deadline=0.5)
    assert len(list(watch(client))) == 8
    alive = [sse('data: {"n": 1}\n\n'), Pause(0.3), sse(": keep-alive\n\n"), Pause(0.3), sse('data: {"n": 2}\n\n')]
    server.script("/alive", Connection(alive))
    assert len(list(watch(make_client(base_url=server.url, deadline=0.45), "/alive"))) == 2
    server.script("/stall", Connection([sse('data: {"n": 1}\n\n'), Pause(0.6), sse('data: {"n": 2}\n\n')]))
    stream = watch(make_client(base_url=server.url, deadline=0.45, max_retries=0), "/stall")
    assert next(stream).data.n == 1
    with pytest.raises(ApiTimeoutError):
        next(stream)


def test_error_status_raises_when_opened(server: StreamServer, make_client: Callable[..., SyncHttpClient]) -> None:
    problem = Connection([b'{"message": "no such board"}'], status=404, headers={"Content-Type": "application/json"})
    server.script("/watch", problem)
    with pytest.raises(NotFoundError, match="no such board"):
        watch(make_client(base_url=server.url))


async def test_error_status_raises_when_awaited(
    server: StreamServer, make_async_client: Callable[..., AsyncHttpClient]
) -> None:
    problem = Connection([b'{"message": "no such board"}'], status=404, headers={"Content-Type": "application/json"})
    server.script("/watch", problem)
    stream = awatch(make_async_client(base_url=server.url))
    assert server.received == []  # nothing sent before it is awaited or iterated
    with pytest.raises(NotFoundError):
        await stream


def test_strict_and_lenient_decoding(server: StreamServer, make_client: Callable[..., SyncHttpClient]) -> None:
    odd = [sse('data: {"n": "one"}\n\n', "data: [DONE]\n\n")]
    server.script("/watch", Connection(odd))
    lenient = [e.data for e in watch(make_client(base_url=server.url))]
    assert lenient == [Tick("one", None), "[DONE]"]  # type: ignore[arg-type]  # kept as received
    stream = watch(make_client(base_url=server.url, strict_response_validation=True))
    with pytest.raises(ParseError) as caught:
        next(stream)
    assert (caught.value.pointer, caught.value.expected, caught.value.received) == ("/n", "an integer", "one")
    assert caught.value.body == '{"n": "one"}'


def test_raw_response_of_a_stream(server: StreamServer, make_client: Callable[..., SyncHttpClient]) -> None:
    headers = {"Content-Type": "text/event-stream", "X-RateLimit-Remaining": "9"}
    server.script("/watch", Connection([sse('data: {"n": 1}\n\n')], headers=headers))
    raw = to_raw_response(watch)(make_client(base_url=server.url))
    assert isinstance(raw, RawResponse) and raw.status_code == 200 and raw.rate_limit.remaining == 9
    assert [e.data.n for e in raw.data] == [1]


async def test_raw_response_of_an_async_stream(
    server: StreamServer, make_async_client: Callable[..., AsyncHttpClient]
) -> None:
    server.script("/watch", Connection([sse('data: {"n": 1}\n\n')]))

    async def call(client: AsyncHttpClient) -> AsyncStream[ServerSentEvent[Tick]]:
        return await awatch(client)

    raw = await to_async_raw_response(call)(make_async_client(base_url=server.url))
    assert raw.headers["content-type"] == "text/event-stream"
    assert [e.data.n async for e in raw.data] == [1]


def test_events_are_frozen_values() -> None:
    event = ServerSentEvent(json.loads("1"))
    assert event.event == "message" and event.id is None and event.retry is None
