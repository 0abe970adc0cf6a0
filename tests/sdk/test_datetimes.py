"""Dates and times on the wire, over real HTTP on 127.0.0.1: a `date-time` is always sent as RFC 3339 with
an offset (_core/_encode.py `rfc3339`); a naive datetime is taken as UTC. A `date` is `YYYY-MM-DD`."""

from __future__ import annotations

import datetime
import sys
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from generator.cli import main as generator_main

SPEC = Path(__file__).resolve().parents[1] / "corpus" / "unseen" / "datetimes.yaml"
AWARE = datetime.datetime(2024, 5, 1, 10, 0, 0, 123000, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
NAIVE = datetime.datetime(2024, 5, 1, 10, 0, 0, 123000)


@pytest.fixture(scope="module")
def sdk(tmp_path_factory: pytest.TempPathFactory) -> Any:
    out = tmp_path_factory.mktemp("datetimes") / "datetimes"
    assert generator_main(["generate", str(SPEC), "--out", str(out), "--name", "datetimes"]) == 0
    sys.path.insert(0, str(out))
    import datetimes

    yield datetimes
    sys.path.remove(str(out))
    for name in [m for m in sys.modules if m == "datetimes" or m.startswith("datetimes.")]:
        del sys.modules[name]


def _capture(server: HTTPServer, path: str, body: Any = None) -> list[Request]:
    seen: list[Request] = []

    def handler(request: Request) -> Response:
        seen.append(request)
        return Response(body or "", status=200 if body else 204, content_type="application/json")

    server.expect_request(path, method="POST").respond_with_handler(handler)
    return seen


def test_json_body_and_query_carry_the_offset_and_naive_is_utc(sdk: Any, httpserver: HTTPServer) -> None:
    seen = _capture(httpserver, "/events", '{"at": "2024-05-01T08:00:00Z"}')
    client = sdk.Datetimes(base_url=httpserver.url_for(""), max_retries=0)
    event = client.events.create(at=AWARE, since=NAIVE, day=datetime.date(2024, 5, 1), history=[NAIVE, AWARE])
    assert seen[0].query_string == b"since=2024-05-01T10%3A00%3A00.123000%2B00%3A00"
    assert seen[0].get_data() == (
        b'{"at":"2024-05-01T10:00:00.123000+02:00","day":"2024-05-01",'
        b'"history":["2024-05-01T10:00:00.123000+00:00","2024-05-01T10:00:00.123000+02:00"]}'
    )
    assert event.at == datetime.datetime(2024, 5, 1, 8, tzinfo=datetime.UTC)


def test_form_and_multipart_bodies_carry_the_offset(sdk: Any, httpserver: HTTPServer) -> None:
    form = _capture(httpserver, "/events/form")
    upload = _capture(httpserver, "/events/upload")
    client = sdk.Datetimes(base_url=httpserver.url_for(""), max_retries=0)
    client.events.submit(at=NAIVE)
    client.events.upload(at=NAIVE)
    assert form[0].get_data() == b"at=2024-05-01T10%3A00%3A00.123000%2B00%3A00"
    assert upload[0].form["at"] == "2024-05-01T10:00:00.123000+00:00"
