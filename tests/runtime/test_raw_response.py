"""Raw responses: fields, rate limits, aliases, and the raw flag not leaking into nested calls."""

from __future__ import annotations

import datetime
from typing import Any

import httpx
import pytest

from generator.runtime._request import ApiRequest
from generator.runtime.errors import NotFoundError
from generator.runtime.http_client import SyncHttpClient
from generator.runtime.raw_response import RateLimit, RawResponse, parse_rate_limit, to_raw_response

from ._support import as_json, reply


class Things:
    """A resource as generated code writes it."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    def get(self, thing_id: str) -> dict[str, Any]:
        return self._client.request(ApiRequest("GET", f"/things/{thing_id}"), cast=as_json)

    def list(self) -> Pager:
        return self._client.request(ApiRequest("GET", "/things"), cast=lambda r: Pager(self._client, r.json()))

    def no_request(self) -> int:
        return 42


class ThingsWithRawResponse:
    def __init__(self, things: Things) -> None:
        self.get = to_raw_response(things.get)
        self.list = to_raw_response(things.list)
        self.no_request = to_raw_response(things.no_request)


class Pager:
    """Fetches later pages lazily, like a generated pager."""

    def __init__(self, client: SyncHttpClient, first: dict[str, Any]) -> None:
        self._client = client
        self.first = first

    def next_page(self) -> Any:
        return self._client.request(ApiRequest("GET", "/things", params={"page": 2}), cast=as_json)

    def next_page_raw(self) -> httpx.Response:
        return self._client.send_raw(ApiRequest("GET", "/things", params={"page": 2}))


def test_raw_response_fields(make_client, script):
    script(
        "/things/1",
        [
            reply(
                200,
                {"id": "1"},
                headers={"X-RateLimit-Limit": "100", "X-RateLimit-Remaining": "99", "X-RateLimit-Reset": "1700000000"},
            )
        ],
    )
    raw = ThingsWithRawResponse(Things(make_client())).get("1")
    assert isinstance(raw, RawResponse)
    assert raw.data == {"id": "1"}
    assert raw.status_code == 200
    assert raw.headers["content-type"] == "application/json"
    assert isinstance(raw.elapsed, datetime.timedelta)
    assert raw.elapsed > datetime.timedelta(0)
    assert raw.rate_limit == RateLimit(limit=100, remaining=99, reset=1700000000.0)
    assert isinstance(raw.http_response, httpx.Response)
    assert raw.status == 200
    assert raw.body == {"id": "1"}
    assert raw.round_trip_time == raw.elapsed
    assert "content-type" not in repr(raw)
    with pytest.raises(AttributeError):
        raw.data = {}  # type: ignore[misc]


def test_rate_limit_is_none_when_absent(make_client, script):
    script("/things/1", [reply(200, {"id": "1"})])
    raw = ThingsWithRawResponse(Things(make_client())).get("1")
    assert raw.rate_limit is None


def test_plain_call_returns_the_bare_value(make_client, script):
    script("/things/1", [reply(200, {"id": "1"})])
    things = Things(make_client())
    ThingsWithRawResponse(things).get("1")
    assert things.get("1") == {"id": "1"}


def test_nested_requests_after_the_first_are_not_raw(make_client, script):
    endpoint = script("/things", [reply(200, {"page": 1})])
    raw = ThingsWithRawResponse(Things(make_client())).list()
    assert isinstance(raw, RawResponse)
    pager = raw.data
    assert isinstance(pager, Pager)
    assert pager.first == {"page": 1}
    assert pager.next_page() == {"page": 1}
    assert isinstance(pager.next_page_raw(), httpx.Response)
    assert endpoint.count == 3


def test_second_request_inside_the_same_call_is_not_raw(make_client, script):
    script("/a", [reply(200, {"a": 1})])
    client = make_client()
    seen: list[Any] = []

    def method() -> Any:
        first = client.request(ApiRequest("GET", "/a"), cast=as_json)
        seen.append(client.request(ApiRequest("GET", "/a"), cast=as_json))
        return first

    raw = to_raw_response(method)()
    assert isinstance(raw, RawResponse)
    assert seen == [{"a": 1}]


def test_method_without_request_is_a_type_error(make_client):
    with pytest.raises(TypeError, match="no request"):
        ThingsWithRawResponse(Things(make_client())).no_request()


def test_errors_in_raw_mode_raise_and_do_not_leak_the_flag(make_client, script):
    script("/things/missing", [reply(404, {"detail": "no"})])
    script("/things/1", [reply(200, {"id": "1"})])
    things = Things(make_client())
    with pytest.raises(NotFoundError):
        ThingsWithRawResponse(things).get("missing")
    assert things.get("1") == {"id": "1"}


def test_wrapper_keeps_the_function_metadata(make_client):
    wrapped = to_raw_response(Things(make_client()).get)
    assert wrapped.__name__ == "get"


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({}, None),
        ({"x-ratelimit-limit": "10"}, RateLimit(10, None, None)),
        ({"X-RATELIMIT-REMAINING": "0", "X-RateLimit-Reset": "12.5"}, RateLimit(None, 0, 12.5)),
        (
            {"RateLimit-Limit": "100, 100;w=60", "RateLimit-Remaining": "7", "RateLimit-Reset": "30"},
            RateLimit(100, 7, 30.0),
        ),
        ({"X-Rate-Limit-Limit": "5"}, RateLimit(5, None, None)),
        ({"x-ratelimit-limit": "lots"}, RateLimit(None, None, None)),
    ],
)
def test_parse_rate_limit(headers, expected):
    assert parse_rate_limit(httpx.Headers(headers)) == expected


def test_parse_rate_limit_dates():
    http_date = parse_rate_limit({"X-RateLimit-Reset": "Wed, 21 Oct 2015 07:28:00 GMT"})
    assert http_date is not None
    assert http_date.reset == datetime.datetime(2015, 10, 21, 7, 28, tzinfo=datetime.UTC)
    iso = parse_rate_limit({"X-RateLimit-Reset": "2030-01-01T00:00:00Z"})
    assert iso is not None
    assert iso.reset == datetime.datetime(2030, 1, 1, tzinfo=datetime.UTC)
    assert parse_rate_limit({"X-RateLimit-Reset": "soon"}) == RateLimit(None, None, None)


def test_raw_response_repr_shows_set_fields_only():
    import attrs

    from generator.runtime._types import UNSET

    @attrs.define
    class Shelf:
        name: str
        genre: Any = UNSET
        additional_properties: dict[str, Any] = attrs.field(factory=dict)

    request = httpx.Request("GET", "https://x.test/shelves")
    response = httpx.Response(200, headers={"X-RateLimit-Remaining": "4"}, request=request)
    raw = RawResponse.from_response([Shelf("a"), Shelf("b"), Shelf("c", genre="sf"), Shelf("d")], response)
    assert repr(raw) == (
        "RawResponse(status_code=200, elapsed=0.000s, rate_limit=RateLimit(limit=None, remaining=4, reset=None), "
        "data=[Shelf(name='a'), Shelf(name='b'), Shelf(name='c', genre='sf'), ... 1 more])"
    )
    assert "NOT_GIVEN" not in repr(raw) and "X-RateLimit" not in repr(raw)
