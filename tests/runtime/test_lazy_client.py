"""The httpx client is built on first use: constructing an SDK client builds none (most of the time an SDK
takes to import and construct would otherwise be `httpx.Client()`); the first calls of many threads share
one; `close()` still leaves a closed httpx client behind; a call's deadline does not count the building."""

from __future__ import annotations

import threading

import httpx

from generator.runtime._request import ApiRequest
from generator.runtime.http_client import AsyncHttpClient, SyncHttpClient

from ._support import as_json, reply


class _Counting(SyncHttpClient):
    built = 0

    def _new_client(self, follow_redirects: bool) -> httpx.Client:
        type(self).built += 1
        return super()._new_client(follow_redirects)


def test_constructing_builds_no_httpx_client() -> None:
    _Counting.built = 0
    client = _Counting(base_url="https://x.test", user_agent="u", logger_name="t")
    assert _Counting.built == 0
    assert client.timeout.read == 60.0 and client.headers["user-agent"] == "u"
    assert _Counting.built == 0
    assert isinstance(client.httpx_client, httpx.Client) and _Counting.built == 1
    client.close()


def test_first_calls_from_many_threads_share_one_httpx_client(script, httpserver) -> None:
    script("/t", [reply(200, {"ok": True})] * 32)
    _Counting.built = 0
    client = _Counting(base_url=httpserver.url_for("/"), user_agent="u", logger_name="t", timeout=5)
    start = threading.Barrier(32)
    results: list[object] = []

    def call() -> None:
        start.wait()
        results.append(client.request(ApiRequest("GET", "/t"), cast=as_json))

    threads = [threading.Thread(target=call) for _ in range(32)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [{"ok": True}] * 32
    assert _Counting.built == 1
    client.close()
    assert client.httpx_client.is_closed


def test_close_without_a_call_leaves_a_closed_client() -> None:
    with SyncHttpClient(base_url="https://x.test", user_agent="u", logger_name="t") as client:
        pass
    assert client.httpx_client.is_closed


async def test_async_close_without_a_call_leaves_a_closed_client() -> None:
    async with AsyncHttpClient(base_url="https://x.test", user_agent="u", logger_name="t") as client:
        pass
    assert client.httpx_client.is_closed
