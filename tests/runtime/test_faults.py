"""The fault suite (issue 15): every fault of a hostile network, against both clients, on loopback.

Each call runs with a per-operation timeout of 0.5 s, 2 retries, a 1.5 s deadline and a 1 MiB cap on
the decoded body. Each case asserts how the call ends (the typed error, or the result), that it ends
within the deadline plus a slack, and that the memory it allocated stays under the cap plus a constant.
The figures themselves (with the default limits) are printed by `nox -s bench`, not asserted here.
"""

from __future__ import annotations

import asyncio
import ssl
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from generator.runtime._request import ApiRequest
from generator.runtime.auth import BearerAuth
from generator.runtime.errors import (
    ApiConnectionError,
    ApiTimeoutError,
    InternalServerError,
    ParseError,
    ResponseTooLargeError,
    SdkError,
)
from generator.runtime.http_client import AsyncHttpClient, SyncHttpClient
from generator.runtime.request_options import NOT_GIVEN

from .fault_server import FaultServer, Outcome, closed_port_url, measure, measure_async

TIMEOUT = 0.5
RETRIES = 2
BUDGET = 1.5
SLACK = 1.0  # a loaded CI machine; the benchmark prints the real overshoot
CAP = 1024 * 1024
MEMORY_BOUND = CAP + 6 * 1024 * 1024
CROWD_BUDGET = 3.0  # 200 calls at once: each has this deadline
CROWD_SLACK = 6.0  # 200 calls on a starved event loop check their deadlines late; bounded all the same
SECRET = "s3cret-token-value"


@dataclass(frozen=True)
class Fault:
    name: str
    path: str
    expect: type[BaseException] | None  # None: the call succeeds
    method: str = "GET"

    def request(self) -> ApiRequest:
        return ApiRequest(self.method, self.path or "/ok", json={"a": 1} if self.method == "POST" else NOT_GIVEN)


FAULTS = [
    Fault("refused", "", ApiConnectionError),
    Fault("reset before headers", "/reset-before-headers", ApiConnectionError),
    Fault("reset after headers", "/reset-after-headers", ApiConnectionError),
    Fault("stall before headers", "/stall", ApiTimeoutError),
    Fault("slow-drip body", "/drip", ApiTimeoutError),
    Fault("endless chunked body, slow", "/endless-slow", ApiTimeoutError),
    Fault("endless chunked body, fast", "/endless-fast", ResponseTooLargeError),
    Fault("truncated body", "/truncated", ApiConnectionError),
    Fault("invalid JSON", "/invalid-json", ParseError),
    Fault("invalid UTF-8", "/invalid-utf8", ParseError),
    Fault("HTML 200", "/html", ParseError),
    Fault("503 storm", "/storm", InternalServerError),
    Fault("503 storm, Retry-After seconds", "/storm?retry_after=seconds&seconds=1", InternalServerError),
    Fault("503 storm, Retry-After HTTP date", "/storm?retry_after=date&seconds=1", InternalServerError),
    Fault("503 storm, Retry-After past", "/storm?retry_after=past", InternalServerError),
    Fault("503 storm, Retry-After huge", "/storm?retry_after=huge", InternalServerError),
    Fault("gzip bomb (64 MiB)", "/gzip-bomb?mib=64", ResponseTooLargeError),
    Fault("redirect loop", "/redirect-loop", ApiConnectionError),
    Fault("POST storm with idempotency key", "/storm?retry_after=past", InternalServerError, method="POST"),
]


@pytest.fixture(scope="module")
def server() -> Iterator[FaultServer]:
    with FaultServer() as running:
        running.gzip_body(64)  # compressed once, before any call is timed
        yield running


@pytest.fixture(scope="module")
def elsewhere() -> Iterator[FaultServer]:
    """A second origin, for cross-origin redirects."""
    with FaultServer() as running:
        yield running


def settings(base_url: str) -> dict[str, Any]:
    return {
        "base_url": base_url,
        "auth": BearerAuth(SECRET),
        "headers": {"X-Api-Key": SECRET},
        "timeout": TIMEOUT,
        "max_retries": RETRIES,
        "deadline": BUDGET,
        "max_response_bytes": CAP,
        "user_agent": "faults/1",
        "logger_name": "faults",
        "idempotency_header": "Idempotency-Key",
    }


_TLS = ssl.create_default_context()  # built once: each httpx client would otherwise load the CA bundle again


def call_sync(base_url: str, request: ApiRequest) -> Outcome:
    with SyncHttpClient(
        **settings(base_url), httpx_client=httpx.Client(verify=_TLS, follow_redirects=True, max_redirects=5)
    ) as client:
        client._random = lambda: 0.0  # no jitter: whether a retry fits the deadline is then certain
        try:
            return measure(lambda: client.request(request, cast=lambda r: r.json()))
        finally:
            client.httpx_client.close()


def call_async(base_url: str, request: ApiRequest) -> Outcome:
    async def run() -> Outcome:
        async with httpx.AsyncClient(verify=_TLS, follow_redirects=True, max_redirects=5) as httpx_client:
            client = AsyncHttpClient(**settings(base_url), httpx_client=httpx_client)
            client._random = lambda: 0.0
            return await measure_async(lambda: client.request(request, cast=lambda r: r.json()))

    return asyncio.run(run())


CALLERS = {"sync": call_sync, "async": call_async}


def check(outcome: Outcome, expect: type[BaseException] | None) -> None:
    if expect is None:
        assert outcome.error is None, repr(outcome.error)
    else:
        assert isinstance(outcome.error, expect), repr(outcome.error)
        if expect is ApiConnectionError:
            assert not isinstance(outcome.error, ApiTimeoutError), repr(outcome.error)
        assert SECRET not in str(outcome.error) and SECRET not in repr(outcome.error)
    assert outcome.seconds <= BUDGET + SLACK, f"{outcome.seconds:.2f} s"
    assert outcome.peak_bytes <= MEMORY_BOUND, f"{outcome.peak_bytes / 2**20:.1f} MiB"


@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize("fault", FAULTS, ids=[f.name for f in FAULTS])
def test_fault(server: FaultServer, fault: Fault, flavour: str) -> None:
    base_url = closed_port_url() if fault.name == "refused" else server.url
    check(CALLERS[flavour](base_url, fault.request()), fault.expect)


def attempts(server: FaultServer, path: str, run: Any) -> tuple[Outcome, list[dict[str, str]]]:
    """Run a call; the outcome and the headers of the requests it made to ``path``."""
    before = len(server.seen.get(path, []))
    outcome = run()
    return outcome, server.seen.get(path, [])[before:]


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_retry_waits_fit_the_deadline(server: FaultServer, flavour: str) -> None:
    call = CALLERS[flavour]
    past, seen = attempts(server, "/storm", lambda: call(server.url, ApiRequest("GET", "/storm?retry_after=past")))
    assert past.seconds >= 0.5 and len(seen) == 2  # a past Retry-After still waits the backoff (0.5 s, then 1 s)
    huge, seen = attempts(server, "/storm", lambda: call(server.url, ApiRequest("GET", "/storm?retry_after=huge")))
    assert huge.seconds < 0.5 and len(seen) == 1  # a wait past the deadline is not started
    asked, seen = attempts(
        server, "/storm", lambda: call(server.url, ApiRequest("GET", "/storm?retry_after=seconds&seconds=1"))
    )
    assert 1.0 <= asked.seconds < BUDGET and len(seen) == 2  # 1 s honoured once; a second would end past 1.5 s


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_one_idempotency_key_across_retries(server: FaultServer, flavour: str) -> None:
    request = ApiRequest("POST", "/storm?retry_after=past", json={"a": 1})
    outcome, seen = attempts(server, "/storm", lambda: CALLERS[flavour](server.url, request))
    assert isinstance(outcome.error, InternalServerError) and len(seen) >= 2
    assert len({headers["idempotency-key"] for headers in seen}) == 1


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_redirects_keep_credentials_on_their_origin(server: FaultServer, elsewhere: FaultServer, flavour: str) -> None:
    call = CALLERS[flavour]
    same = call(server.url, ApiRequest("GET", "/redirect?to=/echo"))
    check(same, None)
    assert server.seen["/echo"][-1]["authorization"] == f"Bearer {SECRET}"
    away = call(server.url, ApiRequest("GET", f"/redirect?to={elsewhere.url}/echo"))
    check(away, None)
    assert away.value == {"echo": True}
    headers = elsewhere.seen["/echo"][-1]
    assert "authorization" not in headers and "x-api-key" not in headers
    assert SECRET not in repr(headers)


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_downloads_stream_past_the_cap(server: FaultServer, tmp_path: Any, flavour: str) -> None:
    target = tmp_path / "download.bin"
    outcome = CALLERS[flavour](server.url, ApiRequest("GET", "/download?mib=8", to_file=target))
    check(outcome, None)
    assert target.stat().st_size == 8 * 1024 * 1024
    assert outcome.peak_bytes < 4 * 1024 * 1024  # streamed, never held whole


def test_200_concurrent_async_calls_against_a_flaky_server(server: FaultServer) -> None:
    async def one(client: AsyncHttpClient) -> BaseException | None:
        try:
            await client.request(ApiRequest("GET", "/flaky"), cast=lambda r: r.json())
        except Exception as exc:  # noqa: BLE001 - counted below
            return exc
        return None

    async def run() -> list[BaseException | None]:
        async with AsyncHttpClient(**{**settings(server.url), "deadline": CROWD_BUDGET}) as client:
            return await asyncio.gather(*(one(client) for _ in range(200)))

    started = time.monotonic()
    errors = asyncio.run(run())  # no tracemalloc here: tracing 200 tasks would measure the tracer
    assert time.monotonic() - started <= CROWD_BUDGET + CROWD_SLACK
    assert all(error is None or isinstance(error, SdkError) for error in errors), errors
