"""The call's limits: the default deadline, the size cap and its message, bounded decoding, the retry budget."""

from __future__ import annotations

import gzip
import zlib

import httpx
import pytest

from generator.runtime._body import DEFAULT_MAX_RESPONSE_BYTES, BodyReader
from generator.runtime._request import ApiRequest
from generator.runtime._retry import decide_retry
from generator.runtime.errors import ApiTimeoutError, ResponseTooLargeError
from generator.runtime.http_client import SyncHttpClient

from ._support import as_json, reply


def client(**kwargs: object) -> SyncHttpClient:
    return SyncHttpClient(base_url="https://x.test", user_agent="u", logger_name="t", **kwargs)  # type: ignore[arg-type]


def test_default_deadline_is_every_attempt_and_every_backoff():
    assert client()._prepare(ApiRequest("GET", "/")).budget == 60 * 3 + 0.5 + 1.0
    call = client(timeout=2)._prepare(ApiRequest("GET", "/", options={"max_retries": 0}))
    assert call.budget == 2
    assert client(timeout=2, deadline=30)._prepare(ApiRequest("GET", "/")).budget == 30
    per_call = client(deadline=30)._prepare(ApiRequest("GET", "/", options={"deadline_in_seconds": 5}))
    assert per_call.budget == 5
    unlimited = client()._prepare(ApiRequest("GET", "/", options={"deadline_in_seconds": float("inf")}))
    assert unlimited.budget is None and unlimited.deadline is None
    with pytest.raises(ValueError):
        client(deadline=0)
    with pytest.raises(ValueError):
        client()._prepare(ApiRequest("GET", "/", options={"deadline_in_seconds": -1}))


def test_size_cap_default_per_client_and_per_call(make_client, script):
    assert DEFAULT_MAX_RESPONSE_BYTES == 100 * 1024 * 1024
    script("/big", [reply(200, {"data": "x" * 5000})])
    with pytest.raises(ResponseTooLargeError) as info:
        make_client(max_response_bytes=1024).request(ApiRequest("GET", "/big"), cast=as_json)
    message = str(info.value)
    assert "1024 bytes" in message and "max_response_bytes" in message and "to_file=" in message
    assert info.value.limit == 1024 and info.value.status_code == 200 and info.value.method == "GET"
    body = make_client(max_response_bytes=1024).request(
        ApiRequest("GET", "/big", options={"max_response_bytes": 10_000}), cast=as_json
    )
    assert len(body["data"]) == 5000


def test_error_bodies_are_capped_too(make_client, script):
    script("/err", [reply(404, {"detail": "y" * 5000})])
    with pytest.raises(ResponseTooLargeError):
        make_client(max_response_bytes=100).request(ApiRequest("GET", "/err"), cast=as_json)


def _read(body: bytes, encoding: str, cap: int | None = None, piece: int = 7) -> bytes:
    response = httpx.Response(200, headers={"Content-Encoding": encoding}, request=httpx.Request("GET", "https://x"))
    reader = BodyReader(
        response, sink=None, max_bytes=cap, deadline=None, budget=None, describe=lambda: "GET https://x"
    )
    for start in range(0, len(body), piece):
        reader.feed(body[start : start + piece])
    return reader.finish()


@pytest.mark.parametrize(
    ("encoding", "encode"),
    [
        ("gzip", gzip.compress),
        ("deflate", zlib.compress),
        ("deflate", lambda data: zlib.compress(data)[2:-4]),  # raw deflate, as some servers send it
        ("identity", lambda data: data),
    ],
)
def test_bounded_decoding_round_trips(encoding, encode):
    data = bytes(range(256)) * 1000 + b"\x00" * 300_000
    assert _read(encode(data), encoding) == data


def test_a_compression_bomb_stops_at_the_cap():
    bomb = gzip.compress(bytes(50 * 1024 * 1024))  # 50 MiB of zeros in about 50 KB
    with pytest.raises(ResponseTooLargeError):
        _read(bomb, "gzip", cap=1024 * 1024, piece=65536)


def test_corrupt_compressed_body_is_a_decoding_error():
    with pytest.raises(httpx.DecodingError):
        _read(b"\x1f\x8b\x08\x00garbage" * 10, "gzip")


def test_retry_waits_must_end_before_the_deadline():
    request = httpx.Request("GET", "https://x")
    busy = httpx.Response(503, headers={"Retry-After": "2"}, request=request)
    kwargs = {"idempotent": True, "retries_taken": 0, "max_retries": 2, "random": lambda: 0.0}
    assert decide_retry(busy, remaining=3.0, **kwargs).delay == 2.0
    assert decide_retry(busy, remaining=1.9, **kwargs).delay is None
    past = httpx.Response(503, headers={"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}, request=request)
    assert decide_retry(past, remaining=None, **kwargs).delay == 0.5  # the backoff, not zero
    zero = httpx.Response(429, headers={"Retry-After": "0"}, request=request)
    assert decide_retry(zero, remaining=None, **kwargs).delay == 0.5


def test_deadline_error_names_the_budget_and_how_to_raise_it():
    error = ApiTimeoutError.deadline(1.5, "GET https://x.test/things")
    assert "1.5 s" in str(error) and "deadline_in_seconds" in str(error) and "deadline=" in str(error)
    assert error.method == "GET" and error.url == "https://x.test/things"
