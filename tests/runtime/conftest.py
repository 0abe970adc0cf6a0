"""Fixtures for the runtime tests: clients against a real local HTTP server, with recorded sleeps."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import pytest_asyncio
from pytest_httpserver import HTTPServer
from werkzeug import Response

from generator.runtime.http_client import AsyncHttpClient, SyncHttpClient

from ._support import LOGGER, USER_AGENT, Script


@pytest.fixture
def script(httpserver: HTTPServer) -> Callable[..., Script]:
    """``script(uri, [responses], method=None)`` registers a scripted endpoint."""

    def factory(uri: str, responses: list[Response], method: str | None = None) -> Script:
        return Script(httpserver, uri, responses, method)

    return factory


@pytest.fixture
def sleeps() -> list[float]:
    """The delays the clients asked to sleep, in order (nothing actually sleeps)."""
    return []


def _configure(client: SyncHttpClient | AsyncHttpClient, sleeps: list[float]) -> None:
    client._random = lambda: 0.0
    if isinstance(client, SyncHttpClient):
        client._sleep = sleeps.append
    else:

        async def fake_sleep(delay: float) -> None:
            sleeps.append(delay)

        client._sleep = fake_sleep


@pytest.fixture
def make_client(httpserver: HTTPServer, sleeps: list[float]) -> Iterator[Callable[..., SyncHttpClient]]:
    """Build sync clients pointed at the test server; sleeps are recorded, jitter is off."""
    clients: list[SyncHttpClient] = []

    def factory(**kwargs: Any) -> SyncHttpClient:
        kwargs.setdefault("base_url", httpserver.url_for("/"))
        kwargs.setdefault("user_agent", USER_AGENT)
        kwargs.setdefault("logger_name", LOGGER)
        client = SyncHttpClient(**kwargs)
        _configure(client, sleeps)
        clients.append(client)
        return client

    yield factory
    for client in clients:
        client.close()


@pytest_asyncio.fixture
async def make_async_client(
    httpserver: HTTPServer, sleeps: list[float]
) -> AsyncIterator[Callable[..., AsyncHttpClient]]:
    """Async twin of ``make_client``."""
    clients: list[AsyncHttpClient] = []

    def factory(**kwargs: Any) -> AsyncHttpClient:
        kwargs.setdefault("base_url", httpserver.url_for("/"))
        kwargs.setdefault("user_agent", USER_AGENT)
        kwargs.setdefault("logger_name", LOGGER)
        client = AsyncHttpClient(**kwargs)
        _configure(client, sleeps)
        clients.append(client)
        return client

    yield factory
    for client in clients:
        await client.aclose()


class _SlowHandler(BaseHTTPRequestHandler):
    """``/slow?delay=S`` answers 200 after S seconds; counts hits per path."""

    hits: dict[str, int] = {}
    lock = threading.Lock()

    def _serve(self) -> None:
        parts = urlsplit(self.path)
        with self.lock:
            self.hits[parts.path] = self.hits.get(parts.path, 0) + 1
        length = int(self.headers.get("content-length") or 0)
        if length:
            self.rfile.read(length)
        delay = float(parse_qs(parts.query).get("delay", ["0"])[0])
        time.sleep(delay)
        payload = b'{"ok": true}'
        try:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            pass

    do_GET = _serve
    do_POST = _serve

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        return


@dataclass
class SlowServer:
    url: str
    hits: dict[str, int]


@pytest.fixture(scope="module")
def slow_server() -> Iterator[SlowServer]:
    """A threaded server whose handler sleeps, for timeout tests (does not block other requests)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _SlowHandler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield SlowServer(url=f"http://127.0.0.1:{server.server_address[1]}", hits=_SlowHandler.hits)
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def closed_port_url() -> str:
    """A loopback URL where nothing listens (connection refused)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"
