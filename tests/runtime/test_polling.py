"""Pollers against a local server that moves a run through its states (success, failure, cancel)."""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from generator.runtime._request import ApiRequest
from generator.runtime.errors import NotFoundError
from generator.runtime.http_client import AsyncHttpClient, SyncHttpClient
from generator.runtime.polling import AsyncPollingFuture, PollingFuture, RunFailedError, RunStates

PENDING = RunStates(state_of=lambda s: s["state"], pending=("queued", "running"), failed=("failed", "cancelled"))


class Run:
    """A run on the server: each status request moves it one step along `states`."""

    def __init__(self, states: list[str]) -> None:
        self.states = states
        self.polls = 0
        self.cancelled = threading.Event()

    def status(self, request: Request) -> Response:
        if self.cancelled.is_set():
            state = "cancelled"
        else:
            state = self.states[min(self.polls, len(self.states) - 1)]
        self.polls += 1
        return Response(f'{{"id": 7, "state": "{state}"}}', content_type="application/json")

    def cancel(self, request: Request) -> Response:
        self.cancelled.set()
        return Response(status=202)


def parse(response: httpx.Response) -> dict[str, Any]:
    body: dict[str, Any] = response.json()
    return body


@pytest.fixture
def client(httpserver: HTTPServer) -> Any:
    with SyncHttpClient(base_url=httpserver.url_for("/"), user_agent="t", logger_name="t", max_retries=0) as c:
        yield c


def sync_future(client: SyncHttpClient, run: Run, httpserver: HTTPServer, **kwargs: Any) -> PollingFuture[Any]:
    httpserver.expect_request("/runs/7", method="GET").respond_with_handler(run.status)
    httpserver.expect_request("/runs/7", method="DELETE").respond_with_handler(run.cancel)
    kwargs.setdefault("polling_interval", 0.01)
    return PollingFuture(
        lambda: client.request(ApiRequest("GET", "/runs/7"), cast=parse),
        PENDING,
        cancel=lambda: client.request(ApiRequest("DELETE", "/runs/7"), cast=lambda r: None),
        **kwargs,
    )


def test_polls_until_a_terminal_state(client: SyncHttpClient, httpserver: HTTPServer) -> None:
    run = Run(["queued", "running", "running", "succeeded"])
    future = sync_future(client, run, httpserver)
    assert isinstance(future, concurrent.futures.Future)
    status = future.result(timeout=10)
    assert status == {"id": 7, "state": "succeeded"}
    assert future.done() and not future.cancelled() and future.exception() is None
    assert future.polls == 4 and future.state == "succeeded"


def test_failed_state_raises(client: SyncHttpClient, httpserver: HTTPServer) -> None:
    future = sync_future(client, Run(["running", "failed"]), httpserver)
    with pytest.raises(RunFailedError) as info:
        future.result(timeout=10)
    assert info.value.state == "failed" and info.value.status == {"id": 7, "state": "failed"}


def test_api_error_while_polling_is_the_exception(client: SyncHttpClient, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/runs/8").respond_with_json({"message": "gone"}, status=404)
    future: PollingFuture[Any] = PollingFuture(
        lambda: client.request(ApiRequest("GET", "/runs/8"), cast=parse), PENDING, polling_interval=0.0
    )
    assert isinstance(future.exception(timeout=10), NotFoundError)


def test_cancel_calls_the_cancel_operation(client: SyncHttpClient, httpserver: HTTPServer) -> None:
    run = Run(["running"])
    future = sync_future(client, run, httpserver, polling_interval=0.05)
    assert future.cancel() is True
    assert run.cancelled.is_set() and future.cancelled() and future.done()
    with pytest.raises(concurrent.futures.CancelledError):
        future.result(timeout=1)
    assert future.cancel() is False or future.cancelled()


def test_done_callback_and_backoff(client: SyncHttpClient, httpserver: HTTPServer) -> None:
    delays: list[float] = []
    run = Run(["queued"] * 6 + ["succeeded"])
    seen: list[PollingFuture[Any]] = []
    future = sync_future(
        client, run, httpserver, polling_interval=1.0, backoff=2.0, max_interval=5.0, sleep=delays.append
    )
    future.add_done_callback(seen.append)
    future.result(timeout=10)
    # the backoff doubles from 1 s and stops at the 5 s cap; on a loaded machine a status GET the client
    # retried moves the server's run on a step too, so one poll (and its wait) may be skipped
    assert delays in ([1.0, 2.0, 4.0, 5.0, 5.0, 5.0, 5.0], [1.0, 2.0, 4.0, 5.0, 5.0, 5.0])
    assert seen == [future]


def test_result_timeout(client: SyncHttpClient, httpserver: HTTPServer) -> None:
    future = sync_future(client, Run(["running"]), httpserver, polling_interval=0.05)
    with pytest.raises(concurrent.futures.TimeoutError):
        future.result(timeout=0.2)
    future.cancel()


def test_bad_arguments() -> None:
    with pytest.raises(ValueError):
        RunStates(state_of=lambda s: s)
    with pytest.raises(ValueError):
        PollingFuture(lambda: None, PENDING, backoff=0.5)


def test_terminal_states_and_enum_values() -> None:
    import enum

    class State(enum.Enum):
        DONE = "done"
        WORKING = "working"

    states = RunStates(state_of=lambda s: s, terminal=("done",))
    assert states.state(State.DONE) == "done" and states.is_done("done") and not states.is_done("working")


async def test_async_twin(httpserver: HTTPServer) -> None:
    run = Run(["queued", "running", "succeeded"])
    httpserver.expect_request("/runs/7", method="GET").respond_with_handler(run.status)
    async with AsyncHttpClient(base_url=httpserver.url_for("/"), user_agent="t", logger_name="t") as client:
        future: AsyncPollingFuture[Any] = AsyncPollingFuture(
            lambda: client.request(ApiRequest("GET", "/runs/7"), cast=parse), PENDING, polling_interval=0.0
        )
        seen: list[Any] = []
        future.add_done_callback(seen.append)
        assert (await future)["state"] == "succeeded"
        await asyncio.sleep(0)
        assert future.done() and seen == [future] and future.polls == 3


async def test_async_failure_and_cancel(httpserver: HTTPServer) -> None:
    failing = Run(["running", "failed"])
    httpserver.expect_request("/runs/1", method="GET").respond_with_handler(failing.status)
    stuck = Run(["running"])
    httpserver.expect_request("/runs/2", method="GET").respond_with_handler(stuck.status)
    httpserver.expect_request("/runs/2", method="DELETE").respond_with_handler(stuck.cancel)
    async with AsyncHttpClient(base_url=httpserver.url_for("/"), user_agent="t", logger_name="t") as client:
        failed: AsyncPollingFuture[Any] = AsyncPollingFuture(
            lambda: client.request(ApiRequest("GET", "/runs/1"), cast=parse), PENDING, polling_interval=0.0
        )
        with pytest.raises(RunFailedError):
            await failed
        running: AsyncPollingFuture[Any] = AsyncPollingFuture(
            lambda: client.request(ApiRequest("GET", "/runs/2"), cast=parse),
            PENDING,
            cancel=lambda: client.request(ApiRequest("DELETE", "/runs/2"), cast=lambda r: None),
            polling_interval=0.01,
        )
        with pytest.raises(asyncio.TimeoutError):
            await running.result(timeout=0.05)
        assert await running.cancel() is True
        assert stuck.cancelled.is_set() and running.cancelled()
