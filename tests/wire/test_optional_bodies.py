"""Issue 14 §5: an optional request body the caller does not give is not sent (no `{}`, no Content-Type);
giving any field sends it. Spec: tests/corpus/unseen/optional_bodies.yaml; real HTTP on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tests.wire._sdk import generated_sdk


@pytest.fixture(scope="module")
def sdk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    yield from generated_sdk("optional_bodies", tmp_path_factory.mktemp("wire"))


def _record(httpserver: HTTPServer, path: str, method: str) -> list[Request]:
    seen: list[Request] = []

    def handler(request: Request) -> Response:
        seen.append(request)
        return Response(status=204)

    httpserver.expect_request(path, method=method).respond_with_handler(handler)
    return seen


def _client(sdk: ModuleType, httpserver: HTTPServer) -> Any:
    return sdk.OptionalBodies(base_url=httpserver.url_for(""), max_retries=0)


def test_flattened_optional_body_not_given_is_not_sent(sdk: ModuleType, httpserver: HTTPServer) -> None:
    seen = _record(httpserver, "/notes/n1/touch", "POST")
    _client(sdk, httpserver).notes.touch("n1")
    (request,) = seen
    assert request.get_data() == b"" and "Content-Type" not in request.headers


def test_flattened_optional_body_with_one_field_is_sent(sdk: ModuleType, httpserver: HTTPServer) -> None:
    seen = _record(httpserver, "/notes/n1/touch", "POST")
    _client(sdk, httpserver).notes.touch("n1", pinned=False)
    (request,) = seen
    assert request.get_data() == b'{"pinned":false}' and request.headers["Content-Type"] == "application/json"


def test_whole_optional_body_with_its_own_media_type(sdk: ModuleType, httpserver: HTTPServer) -> None:
    seen = _record(httpserver, "/notes/n2", "PATCH")
    client = _client(sdk, httpserver)
    client.notes.patch("n2")
    client.notes.patch("n2", request={"title": "T"})
    empty, given = seen
    assert empty.get_data() == b"" and "Content-Type" not in empty.headers
    assert given.get_data() == b'{"title":"T"}' and given.headers["Content-Type"] == "application/merge-patch+json"
