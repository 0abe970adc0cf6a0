"""Issue 13 item 7: methods whose answer is an event stream return typed events, sync and async, over
real HTTP on 127.0.0.1. Spec: tests/corpus/unseen/streaming.yaml (SSE of a model, SSE of text,
NDJSON records, JSON Lines of an inline object); server: tests/runtime/stream_server.py."""

from __future__ import annotations

import asyncio
import datetime
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest

from tests.runtime.stream_server import DROP, FOREVER, Connection, StreamServer
from tests.wire._sdk import generated_sdk

NDJSON = {"Content-Type": "application/x-ndjson"}


@pytest.fixture(scope="module")
def sdk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    yield from generated_sdk("streaming", tmp_path_factory.mktemp("wire"))


@pytest.fixture
def server() -> Iterator[StreamServer]:
    with StreamServer() as running:
        yield running


def _client(sdk: ModuleType, server: StreamServer, **kwargs: Any) -> Any:
    return sdk.Streaming(base_url=server.url, **kwargs)


def _async_client(sdk: ModuleType, server: StreamServer, **kwargs: Any) -> Any:
    return sdk.AsyncStreaming(base_url=server.url, **kwargs)


FEED = [
    b'id: 41\nevent: card\ndata: {"kind": "created", "card": "c1", "column": null,\n',
    b'data: "at": "2026-01-02T03:04:05+00:00"}\n\n: keep-alive\n\n',
    b'id: 42\nevent: card\ndata: {"kind": "renamed", "card": "c2", "extra": 1}\n\n',
]


def _check_feed(sdk: ModuleType, events: list[Any]) -> None:
    first, second = events
    assert (first.event, first.id, second.id) == ("card", "41", "42")
    assert isinstance(first, sdk.ServerSentEvent) and isinstance(first.data, sdk.models.BoardActivity)
    assert first.data.kind == "created" and first.data.card == "c1"
    assert first.data.column is None
    assert first.data.at == datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    assert second.data.kind == "renamed"  # a value outside the enum is kept (lenient decoding)
    assert second.data.additional_properties == {"extra": 1}


def test_sse_feed_yields_models(sdk: ModuleType, server: StreamServer) -> None:
    server.script("/boards/b%201/feed", Connection(FEED))
    with _client(sdk, server) as client:
        _check_feed(sdk, list(client.boards.feed("b 1", kinds=["created", "moved"])))
    (request,) = server.received
    assert request.path == "/boards/b%201/feed?kinds=created&kinds=moved"
    assert request.headers["accept"] == "text/event-stream"


async def test_sse_feed_yields_models_async(sdk: ModuleType, server: StreamServer) -> None:
    server.script("/boards/b1/feed", Connection(FEED))
    async with _async_client(sdk, server) as client:
        _check_feed(sdk, [event async for event in client.boards.feed("b1")])


def test_text_events_from_a_post(sdk: ModuleType, server: StreamServer) -> None:
    server.script("/replies", Connection([b"data: Hel\n\n", b"data: lo\ndata: there\n\n"]))
    with _client(sdk, server) as client:
        parts = [event.data for event in client.replies.compose(prompt="hi", temperature=0.5)]
    assert parts == ["Hel", "lo\nthere"]
    assert server.received[0].body == b'{"prompt":"hi","temperature":0.5}'


async def test_ndjson_and_jsonl_records_async(sdk: ModuleType, server: StreamServer) -> None:
    server.script(
        "/exports/7/records",
        Connection([b'{"line": 1, "tags": ["a"]}\n{"line": 2,', b' "text": "b"}\n'], headers=NDJSON),
    )
    server.script(
        "/exports/7/counts",
        Connection([b'{"label": "x", "total": 3}\n'], headers={"Content-Type": "application/jsonl"}),
    )
    async with _async_client(sdk, server) as client:
        records = [record async for record in client.exports.records(7)]
        counts = [count async for count in await client.exports.counts(7)]
    assert [(r.line, r.text, r.tags) for r in records] == [(1, sdk.types.UNSET, ["a"]), (2, "b", sdk.types.UNSET)]
    assert isinstance(records[0], sdk.models.Record)
    assert [(c.label, c.total) for c in counts] == [("x", 3)]
    assert server.received[0].headers["accept"] == "application/x-ndjson"


def test_leaving_the_loop_closes_the_connection(sdk: ModuleType, server: StreamServer) -> None:
    server.script("/boards/b1/feed", Connection([FEED[0], FEED[1], FOREVER]))
    with _client(sdk, server) as client:
        for event in client.boards.feed("b1"):
            assert event.data.card == "c1"
            break
        assert server.received[0].left.wait(5), "the server never saw the client leave"


async def test_leaving_async_with_closes_the_connection(sdk: ModuleType, server: StreamServer) -> None:
    server.script("/boards/b1/feed", Connection([FEED[0], FEED[1], FOREVER]))
    async with _async_client(sdk, server) as client:
        async with client.boards.feed("b1") as stream:
            async for event in stream:
                assert event.data.card == "c1"
                break
        assert await asyncio.to_thread(server.received[0].left.wait, 5)


def test_dropped_feed_resumes_with_last_event_id(sdk: ModuleType, server: StreamServer) -> None:
    first = Connection([b"retry: 10\n", FEED[0], FEED[1], b"id: 4", DROP])  # the partial `id:` line is dropped
    server.script("/boards/b1/feed", first, Connection([FEED[2]]))
    with _client(sdk, server) as client:
        events = list(client.boards.feed("b1"))
    assert [e.id for e in events] == ["41", "42"]
    resumed = server.received[1]
    assert resumed.headers["last-event-id"] == "41" and resumed.path == "/boards/b1/feed"


async def test_dropped_feed_resumes_with_last_event_id_async(sdk: ModuleType, server: StreamServer) -> None:
    server.script("/boards/b1/feed", Connection([b"retry: 10\n", FEED[0], FEED[1], DROP]), Connection([FEED[2]]))
    async with _async_client(sdk, server) as client:
        events = [event async for event in client.boards.feed("b1")]
    assert [e.id for e in events] == ["41", "42"]
    assert server.received[1].headers["last-event-id"] == "41"


def test_documented_error_is_raised_when_the_stream_opens(sdk: ModuleType, server: StreamServer) -> None:
    missing = Connection([b'{"message": "no board b9"}'], status=404, headers={"Content-Type": "application/json"})
    server.script("/boards/b9/feed", missing)
    with _client(sdk, server, max_retries=0) as client, pytest.raises(sdk.NotFoundError) as caught:
        client.boards.feed("b9")
    assert caught.value.body.message == "no board b9"
