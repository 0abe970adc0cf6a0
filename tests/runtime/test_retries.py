"""Retry loop: which outcomes are retried, the delays asked for, idempotency keys, timeouts."""

from __future__ import annotations

import datetime
import email.utils
import time
import uuid

import pytest

from generator.runtime._request import ApiRequest
from generator.runtime._retry import backoff_delay, server_retry_delay
from generator.runtime.errors import (
    ApiConnectionError,
    ApiTimeoutError,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    TooManyRequestsError,
)

from ._support import as_json, reply


def test_retry_after_seconds_are_honoured(make_client, script, sleeps):
    endpoint = script(
        "/things",
        [reply(503, headers={"Retry-After": "2"}), reply(503, headers={"Retry-After": "1.5"}), reply(200, {"ok": 1})],
    )
    client = make_client()
    assert client.request(ApiRequest("GET", "/things"), cast=as_json) == {"ok": 1}
    assert sleeps == [2.0, 1.5]
    assert endpoint.count == 3


def test_retry_after_ms_wins_over_retry_after(make_client, script, sleeps):
    script("/things", [reply(429, headers={"retry-after-ms": "250", "Retry-After": "9"}), reply(200, {"ok": 1})])
    make_client().request(ApiRequest("GET", "/things"), cast=as_json)
    assert sleeps == [0.25]


def test_retry_after_http_date(make_client, script, sleeps):
    when = datetime.datetime.now(datetime.UTC) + datetime.timedelta(seconds=30)
    script("/things", [reply(503, headers={"Retry-After": email.utils.format_datetime(when, usegmt=True)}), reply(200)])
    make_client().request(ApiRequest("GET", "/things"), cast=lambda r: None)
    assert len(sleeps) == 1
    assert 27 <= sleeps[0] <= 30


def test_rate_limit_reset_on_429(make_client, script, sleeps):
    epoch = int(time.time()) + 10
    script(
        "/things",
        [
            reply(429, headers={"X-RateLimit-Reset": "3"}),
            reply(429, headers={"X-RateLimit-Reset": str(epoch)}),
            reply(200),
        ],
    )
    make_client().request(ApiRequest("GET", "/things"), cast=lambda r: None)
    assert sleeps[0] == 3.0
    assert 8 <= sleeps[1] <= 10


def test_rate_limit_reset_ignored_on_5xx_with_quota_left(make_client, script, sleeps):
    script("/things", [reply(503, headers={"X-RateLimit-Reset": "30", "X-RateLimit-Remaining": "10"}), reply(200)])
    make_client().request(ApiRequest("GET", "/things"), cast=lambda r: None)
    assert sleeps == [0.5]


def test_exponential_backoff_without_server_hint(make_client, script, sleeps):
    endpoint = script("/things", [reply(500), reply(502), reply(200, {"ok": 1})])
    client = make_client(max_retries=3)
    client.request(ApiRequest("GET", "/things"), cast=as_json)
    assert sleeps == [0.5, 1.0]
    assert endpoint.count == 3


def test_backoff_jitter_and_cap():
    assert backoff_delay(0, 0.0) == 0.5
    assert backoff_delay(1, 0.0) == 1.0
    assert backoff_delay(10, 0.0) == 8.0
    assert backoff_delay(0, 1.0) == 0.375
    assert 0.375 <= backoff_delay(0, 0.5) <= 0.5


def test_jitter_is_applied(make_client, script, sleeps):
    script("/things", [reply(500), reply(200)])
    client = make_client()
    client._random = lambda: 1.0
    client.request(ApiRequest("GET", "/things"), cast=lambda r: None)
    assert sleeps == [0.375]


def test_retries_exhausted_raise_the_last_error(make_client, script, sleeps):
    endpoint = script("/things", [reply(500, {"message": "boom"})])
    with pytest.raises(InternalServerError) as info:
        make_client().request(ApiRequest("GET", "/things"), cast=as_json)
    assert endpoint.count == 3  # 1 + default 2 retries
    assert sleeps == [0.5, 1.0]
    assert info.value.body == {"message": "boom"}


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504])
def test_retryable_statuses_for_get(make_client, script, status):
    endpoint = script("/things", [reply(status), reply(200)])
    make_client().request(ApiRequest("GET", "/things"), cast=lambda r: None)
    assert endpoint.count == 2


@pytest.mark.parametrize(("status", "error"), [(400, BadRequestError), (404, NotFoundError)])
def test_client_errors_are_not_retried(make_client, script, sleeps, status, error):
    endpoint = script("/things", [reply(status), reply(200)])
    with pytest.raises(error):
        make_client().request(ApiRequest("GET", "/things"), cast=lambda r: None)
    assert endpoint.count == 1
    assert sleeps == []


@pytest.mark.parametrize(("method", "status"), [("POST", 500), ("POST", 502), ("POST", 408), ("PATCH", 500)])
def test_non_idempotent_methods_are_not_retried_on_5xx(make_client, script, sleeps, method, status):
    endpoint = script("/things", [reply(status), reply(200)])
    with pytest.raises(Exception) as info:
        make_client().request(ApiRequest(method, "/things", json={"a": 1}), cast=lambda r: None)
    assert info.value.status_code == status
    assert endpoint.count == 1
    assert sleeps == []


@pytest.mark.parametrize("status", [429, 503])
def test_post_is_retried_on_429_and_503(make_client, script, sleeps, status):
    endpoint = script("/things", [reply(status), reply(status), reply(201, {"id": 1})])
    assert make_client().request(ApiRequest("POST", "/things", json={"a": 1}), cast=as_json) == {"id": 1}
    assert endpoint.count == 3
    assert [seen.json() for seen in endpoint.seen] == [{"a": 1}] * 3


def test_idempotency_key_is_identical_across_retries(make_client, script, sleeps):
    endpoint = script("/things", [reply(500), reply(502), reply(201, {"id": 1})])
    client = make_client(idempotency_header="Idempotency-Key")
    client.request(ApiRequest("POST", "/things", json={"a": 1}), cast=as_json)
    keys = [seen.headers["idempotency-key"] for seen in endpoint.seen]
    assert len(keys) == 3
    assert len(set(keys)) == 1
    uuid.UUID(keys[0])
    client.request(ApiRequest("POST", "/things", json={"a": 1}), cast=as_json)
    assert endpoint.seen[-1].headers["idempotency-key"] != keys[0]


def test_idempotency_key_only_on_non_idempotent_methods_and_caller_key_kept(make_client, script):
    endpoint = script("/things", [reply(200, {})])
    client = make_client(idempotency_header="Idempotency-Key")
    client.request(ApiRequest("GET", "/things"), cast=as_json)
    assert "idempotency-key" not in endpoint.seen[-1].headers
    client.request(
        ApiRequest("PATCH", "/things", json={}, options={"additional_headers": {"Idempotency-Key": "mine"}}),
        cast=as_json,
    )
    assert endpoint.seen[-1].headers["idempotency-key"] == "mine"


@pytest.mark.parametrize("headers", [{"Retry-After": "120"}, {"retry-after-ms": "61000"}])
def test_server_asking_for_a_long_wait_is_not_retried(make_client, script, sleeps, headers):
    endpoint = script("/things", [reply(429, {"error": "slow down"}, headers=headers), reply(200)])
    with pytest.raises(TooManyRequestsError) as info:
        make_client().request(ApiRequest("GET", "/things"), cast=lambda r: None)
    assert endpoint.count == 1
    assert sleeps == []
    assert info.value.body == {"error": "slow down"}


def test_max_retries_zero_per_request(make_client, script, sleeps):
    endpoint = script("/things", [reply(503), reply(200)])
    with pytest.raises(InternalServerError):
        make_client().request(ApiRequest("GET", "/things", options={"max_retries": 0}), cast=lambda r: None)
    assert endpoint.count == 1
    assert sleeps == []


def test_per_request_max_retries_overrides_client(make_client, script, sleeps):
    endpoint = script("/things", [reply(503), reply(503), reply(503), reply(200, {"ok": 1})])
    client = make_client(max_retries=0)
    with pytest.raises(InternalServerError):
        client.request(ApiRequest("GET", "/things"), cast=as_json)
    assert endpoint.count == 1
    assert client.request(ApiRequest("GET", "/things", options={"max_retries": 3}), cast=as_json) == {"ok": 1}
    assert sleeps == [0.5, 1.0]


def test_negative_max_retries_is_rejected(make_client, script):
    with pytest.raises(ValueError):
        make_client(max_retries=-1)
    client = make_client()
    with pytest.raises(ValueError):
        client.request(ApiRequest("GET", "/x", options={"max_retries": -1}), cast=as_json)


def test_x_should_retry_header_overrides(make_client, script, sleeps):
    no = script("/no", [reply(503, headers={"x-should-retry": "false"}), reply(200)])
    yes = script("/yes", [reply(500, headers={"x-should-retry": "true"}), reply(200, {"ok": 1})])
    client = make_client()
    with pytest.raises(InternalServerError):
        client.request(ApiRequest("GET", "/no"), cast=lambda r: None)
    assert no.count == 1
    assert client.request(ApiRequest("POST", "/yes"), cast=as_json) == {"ok": 1}
    assert yes.count == 2


def test_timeout_per_request_raises_api_timeout_error(make_client, slow_server, sleeps):
    client = make_client(base_url=slow_server.url)
    assert client.httpx_client is not None  # built on first use: now, so the time below is the call's alone
    started = time.monotonic()
    with pytest.raises(ApiTimeoutError) as info:
        client.request(
            ApiRequest(
                "GET", "/slow-sync-a", params={"delay": 0.5}, options={"timeout_in_seconds": 0.05, "max_retries": 0}
            ),
            cast=as_json,
        )
    assert time.monotonic() - started < 0.45
    assert isinstance(info.value, ApiConnectionError)
    assert info.value.method == "GET"
    assert "/slow-sync-a" in str(info.value)
    assert slow_server.hits["/slow-sync-a"] == 1
    assert client.request(ApiRequest("GET", "/fast", params={"delay": 0}), cast=as_json) == {"ok": True}


def test_timeouts_are_retried_for_get_but_not_post(make_client, slow_server, sleeps):
    client = make_client(base_url=slow_server.url, timeout=0.05, deadline=10)  # room for the 0.5 s backoff
    with pytest.raises(ApiTimeoutError):
        client.request(
            ApiRequest("GET", "/slow-sync-b", params={"delay": 0.4}, options={"max_retries": 1}), cast=as_json
        )
    assert sleeps == [0.5]
    with pytest.raises(ApiTimeoutError):
        client.request(ApiRequest("POST", "/slow-sync-c", params={"delay": 0.4}, json={}), cast=as_json)
    assert sleeps == [0.5]
    time.sleep(0.45)  # let the server threads finish before counting
    assert slow_server.hits["/slow-sync-b"] == 2
    assert slow_server.hits["/slow-sync-c"] == 1


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_connection_refused_is_retried_then_raised(make_client, closed_port_url, sleeps, method):
    client = make_client(base_url=closed_port_url)
    with pytest.raises(ApiConnectionError) as info:
        client.request(ApiRequest(method, "/things"), cast=as_json)
    assert not isinstance(info.value, ApiTimeoutError)
    assert sleeps == [0.5, 1.0]  # connection errors before sending are retried even for POST
    assert isinstance(info.value.__cause__, Exception)


def test_server_retry_delay_parsing():
    import httpx

    now = lambda: 1_700_000_000.0  # noqa: E731
    assert server_retry_delay(httpx.Headers({"retry-after": "0"}), 503) == 0.0
    assert server_retry_delay(httpx.Headers({"retry-after": "garbage"}), 503) is None
    assert server_retry_delay(httpx.Headers({"x-ratelimit-reset": "1700000005"}), 429, now=now) == 5.0
    assert server_retry_delay(httpx.Headers({"x-ratelimit-reset": "1700000002000"}), 429, now=now) == 2.0
    assert server_retry_delay(httpx.Headers({"x-ratelimit-reset": "1699999990"}), 429, now=now) == 0.0
    headers = httpx.Headers({"x-ratelimit-reset": "4", "x-ratelimit-remaining": "0"})
    assert server_retry_delay(headers, 503) == 4.0
