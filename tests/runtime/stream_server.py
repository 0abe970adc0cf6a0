"""A loopback HTTP/1.1 server that streams scripted chunked bodies, for the streaming tests.

Each path has a list of connections (the last one repeats); a connection is a status, headers and
steps: bytes to send as one chunk, a pause, `DROP` (close the socket without ending the chunked
body: the client sees the connection break mid-stream) or `FOREVER` (send a keep-alive comment every
few milliseconds until the client leaves). The server records every request and, per request,
whether it saw the client disconnect.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx

DROP = "drop"
FOREVER = "forever"


@dataclass
class Pause:
    seconds: float


Step = bytes | Pause | str


@dataclass
class Connection:
    steps: list[Step]
    status: int = 200
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "text/event-stream"})


@dataclass
class Received:
    method: str
    path: str
    headers: httpx.Headers
    body: bytes
    left: threading.Event = field(default_factory=threading.Event)  # the client disconnected


class StreamServer:
    def __init__(self) -> None:
        self.scripts: dict[str, list[Connection]] = {}
        self.received: list[Received] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _serve(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length) if length else b""
                path = self.path.split("?", 1)[0]
                seen = Received(self.command, self.path, httpx.Headers(list(self.headers.items())), body)
                server.received.append(seen)
                connections = server.scripts[path]
                count = sum(1 for r in server.received if r.path.split("?", 1)[0] == path)
                connection = connections[min(count, len(connections)) - 1]
                try:
                    self._stream(connection, seen)
                except (BrokenPipeError, ConnectionResetError):
                    seen.left.set()

            def _stream(self, connection: Connection, seen: Received) -> None:
                self.send_response(connection.status)
                for name, value in connection.headers.items():
                    self.send_header(name, value)
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                self.wfile.flush()
                for step in connection.steps:
                    if isinstance(step, Pause):
                        time.sleep(step.seconds)
                    elif step == DROP:
                        self.wfile.flush()
                        self.connection.shutdown(socket.SHUT_RDWR)
                        self.close_connection = True
                        return
                    elif step == FOREVER:
                        deadline = time.monotonic() + 10
                        while time.monotonic() < deadline:
                            self._chunk(b": still here\n\n")
                            time.sleep(0.01)
                        return
                    else:
                        assert isinstance(step, bytes)
                        self._chunk(step)
                self.wfile.write(b"0\r\n\r\n")
                self.wfile.flush()

            def _chunk(self, data: bytes) -> None:
                self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
                self.wfile.flush()

            do_GET = _serve
            do_POST = _serve

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
                return

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"

    def script(self, path: str, *connections: Connection) -> None:
        self.scripts[path] = list(connections)

    def requests_to(self, path: str) -> list[Received]:
        return [r for r in self.received if r.path.split("?", 1)[0] == path]

    def __enter__(self) -> StreamServer:
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


def serve() -> Iterator[StreamServer]:
    with StreamServer() as server:
        yield server
