"""One decoding policy for responses (_core/_decode.py), over real HTTP on 127.0.0.1.

Lenient by default: an enum value added after generation, `null` in a nullable enum, `null` for an
object or an array, a number in a string field and a required field left out all come back as
received. Strict (`strict_response_validation=True`): the first mismatch raises `ParseError` with the
JSON pointer, the expected and the received value, and the raw response.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from generator.cli import main as generator_main

SPEC = Path(__file__).resolve().parents[1] / "corpus" / "unseen" / "decoding.yaml"

ODD_JOB = {
    "id": "j1",
    "name": 42,  # a number in a string field
    "status": "queued",  # added to the API after generation
    "mode": None,  # nullable enum
    "owner": None,  # null for a non-nullable object
    "tags": None,  # null for a non-nullable array
    "created_at": "2024-05-01T10:00:00.123+02:00",
    "extra": {"kept": True},
}


@pytest.fixture(scope="module")
def sdk(tmp_path_factory: pytest.TempPathFactory) -> Any:
    out = tmp_path_factory.mktemp("decoding") / "decoding"
    assert generator_main(["generate", str(SPEC), "--out", str(out), "--name", "decoding"]) == 0
    sys.path.insert(0, str(out))
    import decoding

    yield decoding
    sys.path.remove(str(out))
    for name in [m for m in sys.modules if m == "decoding" or m.startswith("decoding.")]:
        del sys.modules[name]


def _client(sdk: ModuleType, server: HTTPServer, **kwargs: Any) -> Any:
    return sdk.Decoding(base_url=server.url_for(""), max_retries=0, **kwargs)


def test_lenient_by_default_keeps_every_value_as_received(sdk: Any, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/jobs/j1").respond_with_json(ODD_JOB)
    job = _client(sdk, httpserver).jobs.get("j1")
    assert (job.id, job.name, job.status, job.mode, job.owner, job.tags) == ("j1", 42, "queued", None, None, None)
    assert job.created_at.isoformat() == "2024-05-01T10:00:00.123000+02:00"
    assert job.additional_properties == {"extra": {"kept": True}}


def test_lenient_unknown_enum_in_a_list_and_as_the_whole_body(sdk: Any, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/jobs").respond_with_json([{"id": "a", "name": "A", "status": "failed"}, {"id": "b"}])
    httpserver.expect_request("/jobs/b/status").respond_with_json("paused")
    client = _client(sdk, httpserver)
    first, second = client.jobs.list()
    assert (first.status, second.name, second.status) == ("failed", None, None)  # left out: None
    assert client.jobs.status("b") == "paused"


def test_known_values_parse_as_before(sdk: Any, httpserver: HTTPServer) -> None:
    body = {"id": "j2", "name": "n", "status": "succeeded", "mode": "loose", "owner": {"name": "o"}, "tags": ["x"]}
    httpserver.expect_request("/jobs/j2").respond_with_json(body)
    for client in (_client(sdk, httpserver), _client(sdk, httpserver, strict_response_validation=True)):
        job = client.jobs.get("j2")
        assert (job.status, job.mode, job.owner.name, job.tags) == ("succeeded", "loose", "o", ["x"])


@pytest.mark.parametrize(
    ("path", "body", "pointer", "expected", "received"),
    [
        ("/jobs/j1", {**ODD_JOB, "name": "n"}, "/status", "one of ['failed', 'in_progress', 'succeeded']", "queued"),
        ("/jobs/j1", {"id": "j1", "name": 42, "status": "failed"}, "/name", "a string", 42),
        ("/jobs/j1", {"id": "j1", "status": "failed"}, "/name", "a string", "missing"),
        ("/jobs/j1", {"id": "j1", "name": "n", "status": "failed", "owner": None}, "/owner", "an object", None),
        ("/jobs/j1", {"id": "j1", "name": "n", "status": "failed", "owner": {"name": 1}}, "/owner/name", "a string", 1),
        ("/jobs/j1", {"id": "j1", "name": "n", "status": "failed", "tags": ["a", 2]}, "/tags/1", "a string", 2),
        ("/jobs/j1", {"id": "j1", "name": "n", "status": "failed", "tags": None}, "/tags", "an array", None),
        ("/jobs/j1", {"id": "j1", "name": "n", "status": "failed", "mode": "fast"}, "/mode", "one of JobMode | str | None", "fast"),
        ("/jobs/j1", {"id": "j1", "name": "n", "status": "failed", "created_at": "soon"}, "/created_at", "an RFC 3339 date-time", "soon"),
        ("/jobs", [{"id": "a", "name": "A", "status": "failed"}, {"id": "b", "name": "B", "status": "new"}], "/1/status", "one of ['failed', 'in_progress', 'succeeded']", "new"),
        ("/jobs/b/status", "paused", "", "one of ['failed', 'in_progress', 'succeeded']", "paused"),
    ],
)  # fmt: skip
def test_strict_names_pointer_expected_and_received(
    sdk: Any, httpserver: HTTPServer, path: str, body: Any, pointer: str, expected: str, received: Any
) -> None:
    httpserver.expect_request(path).respond_with_json(body)
    client = _client(sdk, httpserver, strict_response_validation=True)
    call = {
        "/jobs/j1": lambda: client.jobs.get("j1"),
        "/jobs": client.jobs.list,
        "/jobs/b/status": lambda: client.jobs.status("b"),
    }
    with pytest.raises(sdk.ParseError) as info:
        call[path]()
    error = info.value
    assert (error.pointer, error.expected, error.received) == (pointer, expected, received)
    assert f"{pointer or 'the body'}: expected {expected}, received {received!r}" in str(error)
    assert error.http_response is not None and error.http_response.json() == body


def test_requests_send_a_value_outside_the_enum_as_given(sdk: Any, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/jobs", query_string="status=queued").respond_with_json([])
    assert _client(sdk, httpserver).jobs.list(status="queued") == []  # type: ignore[arg-type]
