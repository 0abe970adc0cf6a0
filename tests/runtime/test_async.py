"""Async twins of the main behaviours: retries, idempotency, timeouts, errors, raw responses, auth."""

from __future__ import annotations

import asyncio
import logging
import uuid
from typing import Any

import httpx
import pytest

from generator.runtime._request import ApiRequest
from generator.runtime.auth import BearerAuth
from generator.runtime.errors import (
    ApiConnectionError,
    ApiTimeoutError,
    InternalServerError,
    NotFoundError,
    ParseError,
    TooManyRequestsError,
    UnprocessableEntityError,
)
from generator.runtime.http_client import AsyncHttpClient
from generator.runtime.raw_response import RateLimit, RawResponse, to_async_raw_response

from ._support import LOGGER, as_json, reply
from .test_auth import Clock, TokenServer, oauth
from .test_errors import STATUSES, ErrorModel

pytestmark = pytest.mark.asyncio


async def test_retry_after_schedule(make_async_client, script, sleeps):
    endpoint = script(
        "/things",
        [
            reply(503, headers={"Retry-After": "2"}),
            reply(429, headers={"retry-after-ms": "300"}),
            reply(200, {"ok": 1}),
        ],
    )
    client = make_async_client()
    assert await client.request(ApiRequest("GET", "/things"), cast=as_json) == {"ok": 1}
    assert sleeps == [2.0, 0.3]
    assert endpoint.count == 3


async def test_backoff_and_exhaustion(make_async_client, script, sleeps):
    endpoint = script("/things", [reply(500)])
    with pytest.raises(InternalServerError):
        await make_async_client().request(ApiRequest("GET", "/things"), cast=as_json)
    assert sleeps == [0.5, 1.0]
    assert endpoint.count == 3


async def test_post_not_retried_on_500(make_async_client, script, sleeps):
    endpoint = script("/things", [reply(500), reply(200)])
    with pytest.raises(InternalServerError):
        await make_async_client().request(ApiRequest("POST", "/things", json={}), cast=as_json)
    assert endpoint.count == 1
    assert sleeps == []


@pytest.mark.parametrize("status", [429, 503])
async def test_post_retried_on_429_and_503(make_async_client, script, status):
    endpoint = script("/things", [reply(status), reply(201, {"id": 1})])
    assert await make_async_client().request(ApiRequest("POST", "/things", json={}), cast=as_json) == {"id": 1}
    assert endpoint.count == 2


async def test_idempotency_key_reused(make_async_client, script):
    endpoint = script("/things", [reply(500), reply(500), reply(200, {})])
    client = make_async_client(idempotency_header="Idempotency-Key")
    await client.request(ApiRequest("POST", "/things", json={}), cast=as_json)
    keys = {seen.headers["idempotency-key"] for seen in endpoint.seen}
    assert len(endpoint.seen) == 3
    assert len(keys) == 1
    uuid.UUID(keys.pop())


async def test_long_retry_after_raises(make_async_client, script, sleeps):
    endpoint = script("/things", [reply(429, headers={"Retry-After": "3600"}), reply(200)])
    with pytest.raises(TooManyRequestsError):
        await make_async_client().request(ApiRequest("GET", "/things"), cast=as_json)
    assert endpoint.count == 1
    assert sleeps == []


async def test_max_retries_zero_per_request(make_async_client, script):
    endpoint = script("/things", [reply(503), reply(200)])
    with pytest.raises(InternalServerError):
        await make_async_client().request(ApiRequest("GET", "/things", options={"max_retries": 0}), cast=as_json)
    assert endpoint.count == 1


async def test_timeout_per_request(make_async_client, slow_server):
    client = make_async_client(base_url=slow_server.url)
    with pytest.raises(ApiTimeoutError):
        await client.request(
            ApiRequest(
                "GET", "/slow-async", params={"delay": 0.5}, options={"timeout_in_seconds": 0.05, "max_retries": 0}
            ),
            cast=as_json,
        )
    assert await client.request(ApiRequest("GET", "/fast-async", params={"delay": 0}), cast=as_json) == {"ok": True}


async def test_connection_refused(make_async_client, closed_port_url, sleeps):
    with pytest.raises(ApiConnectionError) as info:
        await make_async_client(base_url=closed_port_url).request(ApiRequest("POST", "/x"), cast=as_json)
    assert not isinstance(info.value, ApiTimeoutError)
    assert sleeps == [0.5, 1.0]


@pytest.mark.parametrize(("status", "error"), STATUSES)
async def test_error_classes(make_async_client, script, status, error):
    script("/t", [reply(status, {"detail": "x"})])
    with pytest.raises(error) as info:
        await make_async_client(max_retries=0).request(ApiRequest("GET", "/t"), cast=as_json)
    assert type(info.value) is error
    assert info.value.body == {"detail": "x"}


async def test_error_model_and_text_bodies(make_async_client, script):
    script("/model", [reply(422, {"code": "c", "message": "m"})])
    script("/text", [reply(404, text="gone")])
    client = make_async_client()
    with pytest.raises(UnprocessableEntityError) as model:
        await client.request(ApiRequest("GET", "/model", error_types={422: ErrorModel.from_dict}), cast=as_json)
    assert model.value.body == ErrorModel("c", "m")
    with pytest.raises(NotFoundError) as text:
        await client.request(ApiRequest("GET", "/text"), cast=as_json)
    assert text.value.body == "gone"


async def test_parse_error(make_async_client, script):
    script("/t", [reply(200, text="nope")])
    with pytest.raises(ParseError) as info:
        await make_async_client().request(ApiRequest("GET", "/t"), cast=as_json)
    assert info.value.body == "nope"
    assert info.value.status_code == 200


class AsyncThings:
    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    async def get(self) -> Any:
        return await self._client.request(ApiRequest("GET", "/things/1"), cast=as_json)

    async def list(self) -> Any:
        first = await self._client.request(ApiRequest("GET", "/things/1"), cast=as_json)
        self.later = await self._client.request(ApiRequest("GET", "/things/1"), cast=as_json)
        return first


async def test_raw_response(make_async_client, script):
    script("/things/1", [reply(200, {"id": 1}, headers={"RateLimit-Remaining": "4", "RateLimit-Limit": "5"})])
    things = AsyncThings(make_async_client())
    raw = await to_async_raw_response(things.get)()
    assert isinstance(raw, RawResponse)
    assert raw.data == {"id": 1}
    assert raw.status_code == 200 and raw.status == 200
    assert raw.rate_limit == RateLimit(limit=5, remaining=4, reset=None)
    assert raw.elapsed.total_seconds() > 0
    assert raw.headers["content-type"] == "application/json"
    assert await things.get() == {"id": 1}


async def test_raw_flag_is_consumed_by_the_first_request(make_async_client, script):
    script("/things/1", [reply(200, {"id": 1})])
    things = AsyncThings(make_async_client())
    raw = await to_async_raw_response(things.list)()
    assert isinstance(raw, RawResponse)
    assert things.later == {"id": 1}


async def test_raw_flag_is_isolated_between_concurrent_tasks(make_async_client, script):
    script("/things/1", [reply(200, {"id": 1})])
    things = AsyncThings(make_async_client())
    raw, plain = await asyncio.gather(to_async_raw_response(things.get)(), things.get())
    assert isinstance(raw, RawResponse)
    assert plain == {"id": 1}


async def test_bearer_callable_per_request(make_async_client, script):
    endpoint = script("/me", [reply(200, {})])
    counter = iter(range(1, 10))
    client = make_async_client(auth=BearerAuth(lambda: f"t{next(counter)}"))
    await client.request(ApiRequest("GET", "/me"), cast=as_json)
    await client.request(ApiRequest("GET", "/me"), cast=as_json)
    assert [s.headers["authorization"] for s in endpoint.seen] == ["Bearer t1", "Bearer t2"]


async def test_oauth2_fetch_cache_and_refresh(make_async_client, script, httpserver):
    tokens = TokenServer(httpserver, expires_in=60)
    endpoint = script("/me", [reply(200, {})])
    clock = Clock()
    client = make_async_client(auth=oauth(httpserver, clock))
    await asyncio.gather(*(client.request(ApiRequest("GET", "/me"), cast=as_json) for _ in range(5)))
    assert tokens.count == 1
    clock.now += 45
    await client.request(ApiRequest("GET", "/me"), cast=as_json)
    assert tokens.count == 2
    assert endpoint.seen[-1].headers["authorization"] == "Bearer tok-2"


async def test_oauth2_refetch_on_401(make_async_client, script, httpserver):
    tokens = TokenServer(httpserver, expires_in=None)
    script("/me", [reply(200, {}), reply(401), reply(200, {"ok": 1})])
    client = make_async_client(auth=oauth(httpserver))
    await client.request(ApiRequest("GET", "/me"), cast=as_json)
    assert await client.request(ApiRequest("GET", "/me"), cast=as_json) == {"ok": 1}
    assert tokens.count == 2


async def test_additional_options(make_async_client, script):
    endpoint = script("/j", [reply(200, {})])
    await make_async_client().request(
        ApiRequest(
            "POST",
            "/j",
            json={"a": 1},
            params={"skip": None, "q": "x"},
            options={
                "additional_headers": {"X-Extra": "1"},
                "additional_query_parameters": {"extra": "2"},
                "additional_body_parameters": {"b": 2},
            },
        ),
        cast=as_json,
    )
    seen = endpoint.seen[0]
    assert seen.json() == {"a": 1, "b": 2}
    assert seen.args == {"q": ["x"], "extra": ["2"]}
    assert seen.headers["x-extra"] == "1"


async def test_send_raw_and_logging_redaction(make_async_client, script, caplog):
    script("/r", [reply(503), reply(404)])
    caplog.set_level(logging.DEBUG, logger=LOGGER)
    client = make_async_client(auth=BearerAuth("async-secret-token"))
    response = await client.send_raw(ApiRequest("GET", "/r"))
    assert response.status_code == 404
    messages = [r.getMessage() for r in caplog.records if r.name == LOGGER]
    assert any(m.startswith("Retrying GET") for m in messages)
    assert "async-secret-token" not in "\n".join(messages)
    assert "async-secret-token" not in repr(client)


async def test_async_client_lifecycle():
    async with AsyncHttpClient(base_url="https://x.test", user_agent="u", logger_name="t") as client:
        assert client.timeout.read == 60.0
    assert client.httpx_client.is_closed
    custom = httpx.AsyncClient()
    async with AsyncHttpClient(base_url="https://x.test", user_agent="u", logger_name="t", httpx_client=custom):
        pass
    assert not custom.is_closed
    await custom.aclose()
