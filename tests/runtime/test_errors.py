"""Typed errors: one class per status, parsed bodies, documented error models, parse errors."""

from __future__ import annotations

import datetime

import attrs
import httpx
import pytest

from generator.runtime._request import ApiRequest
from generator.runtime.errors import (
    ApiError,
    BadRequestError,
    ConflictError,
    ForbiddenError,
    InternalServerError,
    NotFoundError,
    ParseError,
    SdkError,
    TooManyRequestsError,
    UnauthorizedError,
    UnprocessableEntityError,
    error_class_for_status,
    make_api_error,
)

from ._support import as_json, reply


@attrs.define
class ErrorModel:
    code: str
    message: str

    @classmethod
    def from_dict(cls, data: dict[str, str]) -> ErrorModel:
        return cls(code=data["code"], message=data["message"])


STATUSES = [
    (400, BadRequestError),
    (401, UnauthorizedError),
    (403, ForbiddenError),
    (404, NotFoundError),
    (409, ConflictError),
    (422, UnprocessableEntityError),
    (429, TooManyRequestsError),
    (500, InternalServerError),
    (502, InternalServerError),
    (503, InternalServerError),
    (599, InternalServerError),
]


@pytest.mark.parametrize(("status", "error"), STATUSES)
def test_each_status_raises_its_class_with_json_body(make_client, script, status, error):
    script("/things/1", [reply(status, {"detail": "nope"}, headers={"X-Request-Id": "req-1"})])
    client = make_client(max_retries=0)
    with pytest.raises(error) as info:
        client.request(ApiRequest("GET", "/things/1"), cast=as_json)
    exc = info.value
    assert type(exc) is error
    assert isinstance(exc, ApiError)
    assert isinstance(exc, SdkError)
    assert exc.status_code == status
    assert exc.status == status
    assert exc.body == {"detail": "nope"}
    assert exc.headers["x-request-id"] == "req-1"
    assert exc.request_id == "req-1"
    assert exc.method == "GET"
    assert exc.url is not None and exc.url.endswith("/things/1")
    assert str(status) in str(exc)
    assert "GET" in str(exc)
    assert "nope" in str(exc)
    assert isinstance(exc.round_trip_time, datetime.timedelta)
    assert exc.http_response is not None


@pytest.mark.parametrize(("status", "error"), STATUSES[:4])
def test_text_body_is_kept_as_text(make_client, script, status, error):
    script("/t", [reply(status, text="plain words")])
    with pytest.raises(error) as info:
        make_client(max_retries=0).request(ApiRequest("GET", "/t"), cast=as_json)
    assert info.value.body == "plain words"


def test_invalid_json_with_json_content_type_is_kept_as_text(make_client, script):
    script("/t", [reply(400, text="{not json", content_type="application/json")])
    with pytest.raises(BadRequestError) as info:
        make_client().request(ApiRequest("GET", "/t"), cast=as_json)
    assert info.value.body == "{not json"


def test_empty_body_is_none(make_client, script):
    script("/t", [reply(404)])
    with pytest.raises(NotFoundError) as info:
        make_client().request(ApiRequest("GET", "/t"), cast=as_json)
    assert info.value.body is None
    assert str(info.value).startswith("404 NOT FOUND") or str(info.value).startswith("404 Not Found")


def test_unmapped_status_is_a_plain_api_error(make_client, script):
    script("/t", [reply(418, {"tea": True})])
    with pytest.raises(ApiError) as info:
        make_client().request(ApiRequest("GET", "/t"), cast=as_json)
    assert type(info.value) is ApiError
    assert info.value.status_code == 418


def test_documented_error_body_is_parsed_into_its_model(make_client, script):
    script("/t", [reply(422, {"code": "invalid", "message": "bad field"})])
    with pytest.raises(UnprocessableEntityError) as info:
        make_client().request(ApiRequest("GET", "/t", error_types={422: ErrorModel.from_dict}), cast=as_json)
    assert info.value.body == ErrorModel(code="invalid", message="bad field")
    assert "bad field" in str(info.value)


def test_error_body_that_does_not_match_its_model_is_kept_as_json(make_client, script):
    script("/t", [reply(422, {"unexpected": 1})])
    with pytest.raises(UnprocessableEntityError) as info:
        make_client().request(
            ApiRequest("GET", "/t", error_types={422: ErrorModel.from_dict, 404: ErrorModel.from_dict}), cast=as_json
        )
    assert info.value.body == {"unexpected": 1}


def test_error_types_for_other_statuses_are_not_used(make_client, script):
    script("/t", [reply(400, {"code": "x", "message": "y"})])
    with pytest.raises(BadRequestError) as info:
        make_client().request(ApiRequest("GET", "/t", error_types={422: ErrorModel.from_dict}), cast=as_json)
    assert info.value.body == {"code": "x", "message": "y"}


def test_parse_error_when_cast_raises(make_client, script):
    script("/t", [reply(200, text="<html>not json</html>", headers={"X-Trace": "abc"})])

    def cast(response: httpx.Response) -> ErrorModel:
        return ErrorModel.from_dict(response.json())

    with pytest.raises(ParseError) as info:
        make_client().request(ApiRequest("GET", "/t"), cast=cast)
    exc = info.value
    assert isinstance(exc, ApiError)
    assert exc.status_code == 200
    assert exc.body == "<html>not json</html>"
    assert exc.headers["x-trace"] == "abc"
    assert exc.method == "GET"
    assert isinstance(exc.__cause__, ValueError)
    assert "could not be parsed" in str(exc)


def test_parse_error_when_model_misses_a_field(make_client, script):
    script("/t", [reply(200, {"code": "only"})])
    with pytest.raises(ParseError) as info:
        make_client().request(ApiRequest("GET", "/t"), cast=lambda r: ErrorModel.from_dict(r.json()))
    assert info.value.body == '{"code": "only"}'
    assert isinstance(info.value.__cause__, KeyError)


def test_sdk_errors_raised_by_cast_pass_through(make_client, script):
    script("/t", [reply(200, {})])

    def cast(response: httpx.Response) -> None:
        raise NotFoundError(status_code=404)

    with pytest.raises(NotFoundError):
        make_client().request(ApiRequest("GET", "/t"), cast=cast)


def test_make_api_error_on_a_response_built_in_memory():
    response = httpx.Response(409, json={"conflict": True})
    exc = make_api_error(response)
    assert type(exc) is ConflictError
    assert exc.body == {"conflict": True}
    assert exc.method is None and exc.url is None
    assert exc.reason == "Conflict"
    assert exc.round_trip_time is None
    assert "409 Conflict" in str(exc)


def test_error_class_for_status():
    assert error_class_for_status(500) is InternalServerError
    assert error_class_for_status(504) is InternalServerError
    assert error_class_for_status(404) is NotFoundError
    assert error_class_for_status(402) is ApiError


def test_long_bodies_are_truncated_in_the_message():
    exc = make_api_error(httpx.Response(400, text="x" * 5000))
    assert len(str(exc)) < 1200
    assert exc.body == "x" * 5000


def test_repr_shows_status_and_body():
    exc = make_api_error(httpx.Response(404, json={"detail": "gone"}))
    assert repr(exc).startswith("NotFoundError(status_code=404")
    assert "gone" in repr(exc)
