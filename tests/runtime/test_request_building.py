"""Request building: URL, headers, query parameters, bodies, request options, files; client lifecycle."""

from __future__ import annotations

import datetime
import enum

import httpx
import pytest

from generator.runtime._encode import ParamStyle, encode_path, encode_query
from generator.runtime._request import ApiRequest
from generator.runtime._types import UNSET, as_file
from generator.runtime.errors import ApiError
from generator.runtime.http_client import DEFAULT_TIMEOUT, SyncHttpClient
from generator.runtime.request_options import NOT_GIVEN, NotGiven

from ._support import USER_AGENT, as_json, reply


class Color(enum.Enum):
    RED = "red"


def test_user_agent_and_default_headers(make_client, script):
    endpoint = script("/h", [reply(200, {})])
    client = make_client(headers={"X-Client": "c", "X-Both": "client"})
    client.request(
        ApiRequest(
            "GET",
            "/h",
            headers={"X-Call": "m", "x-both": "call"},
            options={"additional_headers": {"X-Extra": "e", "X-CALL": "override"}},
        ),
        cast=as_json,
    )
    headers = endpoint.seen[0].headers
    assert headers["user-agent"] == USER_AGENT
    assert headers["x-client"] == "c"
    assert headers["x-both"] == "call"
    assert headers["x-extra"] == "e"
    assert headers["x-call"] == "override"
    assert client.headers["user-agent"] == USER_AGENT


def test_query_parameters_are_encoded(make_client, script):
    endpoint = script("/q", [reply(200, {})])
    make_client().request(
        ApiRequest(
            "GET",
            "/q",
            params={
                "none": None,
                "empty": [],
                "many": [1, 2],
                "flag": True,
                "color": Color.RED,
                "day": datetime.date(2024, 1, 2),
                "filter": {"name": "x", "skip": None},
                "given": NOT_GIVEN,
            },
            options={"additional_query_parameters": {"extra": "1", "flag": False}},
        ),
        cast=as_json,
    )
    assert endpoint.seen[0].args == {
        "many": ["1", "2"],
        "flag": ["false"],
        "color": ["red"],
        "day": ["2024-01-02"],
        "name": ["x"],  # an object parameter by default: form, explode (its keys spread)
        "extra": ["1"],
    }


def test_encode_query_directly():
    assert encode_query({"a": [None, "x"], "b": (1,), "c": {"d": {"e": 1}}}) == "a=x&b=1&d=%7B%22e%22%3A1%7D"
    assert encode_query({"c": {"d": {"e": 1}}}, {"c": ParamStyle("deepObject")}) == "c[d][e]=1"


def test_encode_path():
    assert encode_path("a/b c?") == "a%2Fb%20c%3F"
    assert encode_path(42) == "42"
    assert encode_path(Color.RED) == "red"
    assert encode_path(False) == "false"
    assert encode_path(datetime.date(2024, 5, 6)) == "2024-05-06"


def test_encoded_path_is_sent_as_is():
    paths: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        paths.append(request.url.raw_path)
        return httpx.Response(200, json={})

    transport = httpx.Client(transport=httpx.MockTransport(handler))
    client = SyncHttpClient(base_url="https://x.test/v1", user_agent="u", logger_name="t", httpx_client=transport)
    client.request(ApiRequest("GET", f"/files/{encode_path('a/b c')}"), cast=as_json)
    assert paths == [b"/v1/files/a%2Fb%20c"]
    transport.close()


def test_base_url_with_path_and_absolute_urls(make_client, script, httpserver):
    endpoint = script("/v1/things", [reply(200, {"n": 1})])
    client = make_client(base_url=httpserver.url_for("/v1/"))
    assert client.request(ApiRequest("GET", "things"), cast=as_json) == {"n": 1}
    assert client.request(ApiRequest("GET", httpserver.url_for("/v1/things")), cast=as_json) == {"n": 1}
    assert endpoint.count == 2


def test_json_body_with_additional_body_parameters(make_client, script):
    endpoint = script("/j", [reply(200, {})])
    make_client().request(
        ApiRequest(
            "POST",
            "/j",
            json={"name": "a", "when": datetime.datetime(2024, 1, 1, 12, 0), "color": Color.RED},
            options={"additional_body_parameters": {"extra": True, "name": "b"}},
        ),
        cast=as_json,
    )
    seen = endpoint.seen[0]
    assert seen.headers["content-type"] == "application/json"
    assert seen.json() == {
        "name": "b",
        "when": "2024-01-01T12:00:00+00:00",
        "color": "red",
        "extra": True,
    }  # naive: UTC


def test_additional_body_parameters_without_a_body_make_an_object(make_client, script):
    endpoint = script("/j", [reply(200, {})])
    make_client().request(ApiRequest("POST", "/j", options={"additional_body_parameters": {"x": 1}}), cast=as_json)
    assert endpoint.seen[0].json() == {"x": 1}


def test_additional_body_parameters_need_an_object_body(make_client):
    with pytest.raises(TypeError):
        make_client().request(
            ApiRequest("POST", "/j", json=[1], options={"additional_body_parameters": {"x": 1}}), cast=as_json
        )


def test_not_given_sends_no_body_and_none_sends_null(make_client, script):
    endpoint = script("/j", [reply(200, {})])
    client = make_client()
    client.request(ApiRequest("POST", "/j"), cast=as_json)
    client.request(ApiRequest("POST", "/j", json=None), cast=as_json)
    assert endpoint.seen[0].body == b""
    assert "content-type" not in endpoint.seen[0].headers
    assert endpoint.seen[1].body == b"null"
    assert endpoint.seen[1].headers["content-type"] == "application/json"


def test_models_with_to_dict_are_serialised(make_client, script):
    class Model:
        def to_dict(self) -> dict[str, int]:
            return {"a": 1}

    endpoint = script("/j", [reply(200, {})])
    make_client().request(ApiRequest("POST", "/j", json={"items": [Model()]}), cast=as_json)
    assert endpoint.seen[0].json() == {"items": [{"a": 1}]}


def test_form_body_with_additional_body_parameters(make_client, script):
    endpoint = script("/f", [reply(200, {})])
    make_client().request(
        ApiRequest(
            "POST",
            "/f",
            data={"a": "1", "flag": True, "skip": None, "tags": ["x", "y"]},
            options={"additional_body_parameters": {"b": 2}},
        ),
        cast=as_json,
    )
    seen = endpoint.seen[0]
    assert seen.headers["content-type"].startswith("application/x-www-form-urlencoded")
    assert seen.form == {"a": ["1"], "flag": ["true"], "tags": ["x", "y"], "b": ["2"]}


def test_multipart_upload(make_client, script, tmp_path):
    path = tmp_path / "report.csv"
    path.write_bytes(b"a,b\n1,2\n")
    endpoint = script("/upload", [reply(200, {})])
    make_client().request(
        ApiRequest(
            "POST",
            "/upload",
            data={"purpose": "import", "meta": {"k": "v"}},
            files=[("file", as_file(path).to_tuple()), ("extra", ("notes.txt", b"hello", "text/plain"))],
        ),
        cast=as_json,
    )
    seen = endpoint.seen[0]
    assert seen.headers["content-type"].startswith("multipart/form-data")
    assert seen.form == {"purpose": ["import"], "meta": ['{"k":"v"}']}
    assert seen.files["file"] == ("report.csv", b"a,b\n1,2\n", "text/csv")
    assert seen.files["extra"] == ("notes.txt", b"hello", "text/plain")


def test_raw_content_body(make_client, script):
    endpoint = script("/bin", [reply(200, {})])
    make_client().request(
        ApiRequest("PUT", "/bin", content=b"\x00\x01", headers={"Content-Type": "application/octet-stream"}),
        cast=as_json,
    )
    assert endpoint.seen[0].body == b"\x00\x01"
    with pytest.raises(TypeError):
        make_client().request(
            ApiRequest("PUT", "/bin", content=b"x", options={"additional_body_parameters": {"a": 1}}), cast=as_json
        )


def test_send_raw_returns_any_status(make_client, script):
    script("/r", [reply(404, {"detail": "no"})])
    response = make_client().send_raw(ApiRequest("GET", "/r"))
    assert response.status_code == 404
    assert response.json() == {"detail": "no"}


def test_redirects_are_followed_by_default(make_client, script, httpserver):
    script("/old", [reply(302, headers={"Location": httpserver.url_for("/new")})])
    script("/new", [reply(200, {"moved": True})])
    assert make_client().request(ApiRequest("GET", "/old"), cast=as_json) == {"moved": True}
    with pytest.raises(ApiError) as info:
        make_client(follow_redirects=False).request(ApiRequest("GET", "/old"), cast=as_json)
    assert info.value.status_code == 302


def test_default_timeout_and_overrides():
    client = SyncHttpClient(base_url="https://x.test", user_agent="u", logger_name="t")
    assert DEFAULT_TIMEOUT == 60.0
    assert client.timeout.read == 60.0
    assert SyncHttpClient(base_url="https://x.test", user_agent="u", logger_name="t", timeout=5).timeout.read == 5
    custom = httpx.Client(timeout=12)
    assert (
        SyncHttpClient(base_url="https://x.test", user_agent="u", logger_name="t", httpx_client=custom).timeout.read
        == 12
    )
    client.close()
    custom.close()


def test_custom_httpx_client_is_used_and_not_closed(script, httpserver):
    endpoint = script("/c", [reply(200, {})])
    custom = httpx.Client(headers={"X-From-Custom": "yes"})
    with SyncHttpClient(
        base_url=httpserver.url_for("/"), user_agent="u", logger_name="t", httpx_client=custom
    ) as client:
        assert client.httpx_client is custom
        client.request(ApiRequest("GET", "/c"), cast=as_json)
    assert not custom.is_closed
    assert endpoint.seen[0].headers["x-from-custom"] == "yes"
    assert endpoint.seen[0].headers["user-agent"] == "u"
    custom.close()


def test_own_client_is_closed():
    client = SyncHttpClient(base_url="https://x.test", user_agent="u", logger_name="t")
    with client:
        pass
    assert client.httpx_client.is_closed


def test_not_given_is_a_falsy_singleton():
    assert not NOT_GIVEN
    assert NotGiven() is NOT_GIVEN
    assert repr(NOT_GIVEN) == "NOT_GIVEN"


def test_unset_sentinel_of_generated_models_means_not_given(make_client, script):
    endpoint = script("/u", [reply(200, {})])
    unset = UNSET  # generated models' sentinel is the runtime's NOT_GIVEN
    client = make_client()
    client.request(ApiRequest("POST", "/u", json=unset, params={"a": unset, "b": [unset, "x"]}), cast=as_json)
    client.request(ApiRequest("POST", "/u", data={"f": unset, "g": "1"}), cast=as_json)
    assert endpoint.seen[0].body == b""
    assert endpoint.seen[0].args == {"b": ["x"]}
    assert endpoint.seen[1].form == {"g": ["1"]}


def test_multipart_body_with_no_parts_is_still_sent(httpserver) -> None:  # type: ignore[no-untyped-def]
    from generator.runtime.http_client import SyncHttpClient

    httpserver.expect_request("/upload", method="POST").respond_with_data(status=204)
    client = SyncHttpClient(base_url=httpserver.url_for(""), user_agent="t/1", logger_name="t")
    client.request(ApiRequest("POST", "/upload", files=[]), cast=lambda r: None)
    request = httpserver.log[0][0]
    assert request.headers["Content-Type"].startswith("multipart/form-data; boundary=")
    boundary = request.headers["Content-Type"].split("boundary=")[1]
    assert request.get_data() == f"--{boundary}--\r\n".encode()


@pytest.mark.parametrize("body", [NOT_GIVEN, {"a": 1}], ids=["get", "post-json"])
def test_default_headers_reach_the_wire_alike_from_an_own_or_a_given_client(script, httpserver, body):
    # The client this object builds carries the default headers itself; a caller's client gets them merged
    # per call. Either way the server sees the same headers, in the same order, and a default Content-Type
    # or idempotency key is sent as it is (neither replaced nor sent twice).
    endpoint = script("/d", [reply(200, {})])
    defaults = {"X-Client": "c", "Content-Type": "application/vnd.x+json", "Idempotency-Key": "fixed"}
    method = "GET" if body is NOT_GIVEN else "POST"
    call = ApiRequest(method, "/d", headers={"X-Call": "m"}, json=body)
    common = {
        "base_url": httpserver.url_for("/"),
        "user_agent": USER_AGENT,
        "logger_name": "t",
        "headers": defaults,
        "idempotency_header": "Idempotency-Key",
    }
    with SyncHttpClient(**common) as own:
        own.request(call, cast=as_json)
    with httpx.Client() as given, SyncHttpClient(**common, httpx_client=given) as client:
        client.request(call, cast=as_json)
    first, second = (list(seen.headers.multi_items()) for seen in endpoint.seen)
    assert first == second
    assert [name for name, _ in first if name not in ("host", "content-length")] == [
        "accept",
        "accept-encoding",
        "connection",
        "user-agent",
        "x-client",
        "content-type",
        "idempotency-key",
        "x-call",
    ]
    assert dict(first)["content-type"] == "application/vnd.x+json"
    assert dict(first)["idempotency-key"] == "fixed"


def test_a_url_without_a_query_is_parsed_once_and_one_with_a_query_is_never_kept(make_client, script):
    from generator.runtime._base_client import _parsed_url

    endpoint = script("/again", [reply(200, {"ok": True})])
    client = make_client()
    _parsed_url.cache_clear()
    for _ in range(3):
        assert client.request(ApiRequest("GET", "/again"), cast=as_json) == {"ok": True}
    assert (_parsed_url.cache_info().misses, _parsed_url.cache_info().hits) == (1, 2)
    client.request(ApiRequest("GET", "/again", params={"cursor": "s3cret"}), cast=as_json)
    client.request(ApiRequest("GET", client.url("/again") + "?token=s3cret"), cast=as_json)
    assert _parsed_url.cache_info().currsize == 1
    assert [seen.args for seen in endpoint.seen] == [{}, {}, {}, {"cursor": ["s3cret"]}, {"token": ["s3cret"]}]
