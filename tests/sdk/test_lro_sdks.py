"""Civis `scripts.begin_post_sql_runs`: start a run, poll it through its states (success, failure,
cancel) over real HTTP; the sync method returns a concurrent.futures.Future, the async one an awaitable."""

from __future__ import annotations

import concurrent.futures
import json
import threading
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response


def run_body(state: str) -> dict[str, Any]:
    return {
        "id": 77,
        "sqlId": 5,
        "state": state,
        "isCancelRequested": state == "cancelled",
        "createdAt": "2024-01-15T09:30:00Z",
        "startedAt": None,
        "finishedAt": None,
        "error": "boom" if state == "failed" else None,
        "output": [],
        "outputCachedOn": None,
    }


class Server:
    def __init__(self, httpserver: HTTPServer, states: list[str]) -> None:
        self.states = states
        self.polls = 0
        self.cancelled = threading.Event()
        httpserver.expect_request("/scripts/sql/5/runs", method="POST").respond_with_handler(self.start)
        httpserver.expect_request("/scripts/sql/5/runs/77", method="GET").respond_with_handler(self.status)
        httpserver.expect_request("/scripts/sql/5/runs/77", method="DELETE").respond_with_handler(self.cancel)

    def start(self, request: Request) -> Response:
        return Response(json.dumps(run_body("queued")), status=202, content_type="application/json")

    def status(self, request: Request) -> Response:
        state = "cancelled" if self.cancelled.is_set() else self.states[min(self.polls, len(self.states) - 1)]
        self.polls += 1
        return Response(json.dumps(run_body(state)), content_type="application/json")

    def cancel(self, request: Request) -> Response:
        self.cancelled.set()
        return Response(status=202)


@pytest.fixture
def civis(httpserver: HTTPServer) -> Any:
    from civis import APIClient

    with APIClient(api_key="key", base_url=httpserver.url_for("")) as client:
        yield client


def test_run_moves_to_succeeded(civis: Any, httpserver: HTTPServer) -> None:
    from civis import PollingFuture

    server = Server(httpserver, ["queued", "running", "succeeded"])
    future = civis.scripts.begin_post_sql_runs(5, polling_interval=0.01)
    assert isinstance(future, PollingFuture) and isinstance(future, concurrent.futures.Future)
    assert future.started.id == 77
    run = future.result(timeout=10)
    assert run.state == "succeeded" and future.done() and server.polls == 3


def test_run_failure_raises(civis: Any, httpserver: HTTPServer) -> None:
    from civis import RunFailedError

    Server(httpserver, ["running", "failed"])
    future = civis.scripts.begin_post_sql_runs(5, polling_interval=0.01)
    with pytest.raises(RunFailedError) as info:
        future.result(timeout=10)
    assert info.value.state == "failed" and info.value.status.error == "boom"


def test_cancel_calls_delete_sql_runs(civis: Any, httpserver: HTTPServer) -> None:
    server = Server(httpserver, ["running"])
    future = civis.scripts.begin_post_sql_runs(5, polling_interval=0.05)
    assert future.cancel() is True
    assert server.cancelled.is_set() and future.cancelled()
    assert any(r.method == "DELETE" for r, _ in httpserver.log)


async def test_async_twin_is_awaitable(httpserver: HTTPServer) -> None:
    from civis import AsyncAPIClient

    Server(httpserver, ["queued", "succeeded"])
    async with AsyncAPIClient(api_key="key", base_url=httpserver.url_for("")) as client:
        future = await client.scripts.begin_post_sql_runs(5, polling_interval=0.0)
        run = await future
    assert run.state == "succeeded"
