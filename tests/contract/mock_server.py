"""A real HTTP mock server for one API: the contract suite's stand-in for Prism in validating mode.

`MockServer(api)` listens on a free port of 127.0.0.1 (a `ThreadingHTTPServer`, HTTP/1.1 with
keep-alive, one thread per connection) and answers every request with the same `SpecMock` the
in-process `ValidatingTransport` uses (tests/contract/validating_transport.py): the request, as read
off the socket, is validated with openapi-core against the spec (rejections are recorded in
`server.mock.rejected`, never raised) and answered with the body synthesised from the operation's
success schema. An SDK client built with `base_url=server.base_url` (the loopback origin plus the
spec server's path) and no custom transport then goes through its real httpx transport, connection
pool, timeouts and retry loop.

Requests are validated under the spec server's origin (`SpecMock.spec_origin`), so openapi-core finds
the operation as it would for the published URL; next links in synthesised pages point at this server.
"""

from __future__ import annotations

import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx

from tests.contract.validating_transport import Api, Exchange, SpecMock

_NO_BODY_STATUSES = {204, 304}


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: the SDK's connection pool reuses connections
    server: _Server

    def setup(self) -> None:
        super().setup()
        # one write per response below; no Nagle delay on the small writes of a keep-alive exchange
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        pass

    def _read_body(self) -> bytes:
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            chunks: list[bytes] = []
            while True:
                size = int(self.rfile.readline().split(b";", 1)[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):  # trailers
                        pass
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()  # the CRLF after each chunk
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _serve(self) -> None:
        mock = self.server.mock
        body = self._read_body()
        headers = [(k, v) for k, v in self.headers.items() if k.lower() != "transfer-encoding"]
        if body and not any(k.lower() == "content-length" for k, _ in headers):
            headers.append(("Content-Length", str(len(body))))
        host = self.headers.get("Host") or "{}:{}".format(*self.server.server_address[:2])
        request = httpx.Request(self.command, f"http://{host}{self.path}", headers=headers, content=body)
        try:
            response = mock.handle(request)
            content = response.read()
        except Exception as exc:  # noqa: BLE001 - a bug in the mock, reported as such (kind "synth")
            mock.exchanges.append(
                Exchange(self.command, str(request.url), None, [f"response: mock server raised {exc!r}"], 500)
            )
            response, content = httpx.Response(500), b""
        self._write(response, content)

    def _write(self, response: httpx.Response, content: bytes) -> None:
        status = response.status_code
        lines = [f"HTTP/1.1 {status} {response.reason_phrase or 'Unknown'}"]
        for key, value in response.headers.multi_items():
            if key.lower() not in ("content-length", "transfer-encoding", "connection"):
                lines.append(f"{key}: {value}")
        if status not in _NO_BODY_STATUSES and status >= 200:
            lines.append(f"Content-Length: {len(content)}")
        else:
            content = b""
        if self.close_connection:
            lines.append("Connection: close")
        if self.command == "HEAD":
            content = b""
        self.wfile.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + content)
        self.wfile.flush()

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = do_TRACE = _serve


class _Server(ThreadingHTTPServer):
    daemon_threads = True  # a keep-alive connection a client left open does not hold up stop()
    allow_reuse_address = True
    mock: SpecMock


class MockServer:
    """`SpecMock` for one API over real HTTP on a free loopback port; `start()`/`stop()` or `with`."""

    def __init__(self, api: Api | str, *, full: bool = False) -> None:
        self.mock = SpecMock(api, full=full)
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """http://127.0.0.1:<port>"""
        assert self._server is not None, "MockServer not started"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def base_url(self) -> str:
        """What an SDK client gets as `base_url`: this server plus the path of the spec's server URL."""
        return self.url + self.mock.base_path

    def start(self) -> MockServer:
        server = _Server(("127.0.0.1", 0), _Handler)  # port 0: the OS picks a free one
        server.mock = self.mock
        thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, name=f"mock-{self.mock.api.name}"
        )
        thread.daemon = True
        thread.start()
        self._server, self._thread = server, thread
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = self._thread = None

    def __enter__(self) -> MockServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
