"""A loopback HTTP/1.1 server whose paths misbehave on purpose, for the fault suite and `nox -s bench`.

Hand-written on raw sockets because the faults are below what an HTTP framework lets a handler do:
a connection reset before or after the headers, a body that drips a byte at a time, a chunked body
that never ends, a body shorter than its Content-Length. Each connection gets its own thread; paths:

  /ok                         200 {"ok": true}
  /reset-before-headers       RST instead of an answer
  /reset-after-headers        headers, 10 of 100 body bytes, RST
  /stall                      nothing, until the client gives up
  /drip                       Content-Length 1000, one byte every 0.1 s
  /endless-slow               chunked, a small chunk every 0.1 s, forever
  /endless-fast               chunked, 64 KiB chunks as fast as the client reads, forever
  /truncated                  Content-Length 100, 10 bytes, close
  /invalid-json, /invalid-utf8, /html   200 with a body the client cannot parse as JSON
  /storm?retry_after=VALUE    503 every time; VALUE: none | seconds | date | past | huge
  /gzip-bomb?mib=N            200, Content-Encoding: gzip, N MiB of zeros once inflated
  /json?mib=N                 200, a valid JSON document of about N MiB
  /download?mib=N             200 application/octet-stream, N MiB
  /redirect-loop              302 to itself
  /redirect?to=URL            302 to URL (another origin: credentials must not follow)
  /echo                       200 with the request's headers as JSON
  /flaky                      by turns: 200, 503, a reset, 200 after 0.05 s, 503 with Retry-After: 0
"""

from __future__ import annotations

import contextlib
import email.utils
import json
import socket
import struct
import subprocess
import sys
import threading
import time
import tracemalloc
import zlib
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

Handler = Callable[[socket.socket, dict[str, str], dict[str, str]], None]

_ZERO_MIB = bytes(1024 * 1024)


def _gzip_of_zeros(mib: int) -> Iterator[bytes]:
    """The gzip stream of ``mib`` MiB of zeros, produced a MiB of input at a time."""
    compress = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    for _ in range(mib):
        piece = compress.compress(_ZERO_MIB)
        if piece:
            yield piece
    yield compress.flush()


def _head(status: str, headers: dict[str, str]) -> bytes:
    lines = [f"HTTP/1.1 {status}", *(f"{k}: {v}" for k, v in headers.items()), "", ""]
    return "\r\n".join(lines).encode()


def _reset(conn: socket.socket) -> None:
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()


class FaultServer:
    """Serves the faults above on 127.0.0.1; ``hits`` counts requests per path, ``seen`` keeps their headers."""

    def __init__(self) -> None:
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(512)
        self.url = f"http://127.0.0.1:{self._sock.getsockname()[1]}"
        self.hits: dict[str, int] = {}
        self.seen: dict[str, list[dict[str, str]]] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._gzip_cache: dict[int, bytes] = {}
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def __enter__(self) -> FaultServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._sock.close()

    # -- plumbing ------------------------------------------------------------------------------------

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            threading.Thread(target=self._connection, args=(conn,), daemon=True).start()

    def _connection(self, conn: socket.socket) -> None:
        try:
            with conn:
                while not self._stop.is_set():
                    request = self._read_request(conn)
                    if request is None:
                        return
                    path, query, headers = request
                    with self._lock:
                        self.hits[path] = self.hits.get(path, 0) + 1
                        self.seen.setdefault(path, []).append(headers)
                        count = self.hits[path]
                    handler = getattr(self, "do_" + path.strip("/").replace("-", "_"), None)
                    if handler is None:
                        conn.sendall(_head("404 Not Found", {"Content-Length": "0"}))
                        continue
                    if handler(conn, query, count) is False:
                        return  # the handler closed or reset the connection
        except OSError:
            return

    def _read_request(self, conn: socket.socket) -> tuple[str, dict[str, str], dict[str, str]] | None:
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = conn.recv(65536)
            if not chunk:
                return None
            data += chunk
        head, _, rest = data.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        target = lines[0].split(" ")[1]
        headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
        length = int(headers.get("content-length", "0"))
        while len(rest) < length:
            chunk = conn.recv(65536)
            if not chunk:
                return None
            rest += chunk
        parts = urlsplit(target)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        return parts.path, query, headers

    def _json(self, conn: socket.socket, status: str, body: object, extra: dict[str, str] | None = None) -> None:
        payload = json.dumps(body).encode()
        headers = {"Content-Type": "application/json", "Content-Length": str(len(payload)), **(extra or {})}
        conn.sendall(_head(status, headers) + payload)

    def _raw(self, conn: socket.socket, content_type: str, body: bytes) -> None:
        conn.sendall(_head("200 OK", {"Content-Type": content_type, "Content-Length": str(len(body))}) + body)

    def _wait(self, seconds: float) -> bool:
        """Sleep; ``False`` when the server is shutting down."""
        return not self._stop.wait(seconds)

    # -- the faults ----------------------------------------------------------------------------------

    def do_ok(self, conn: socket.socket, query: dict[str, str], count: int) -> None:
        self._json(conn, "200 OK", {"ok": True})

    def do_echo(self, conn: socket.socket, query: dict[str, str], count: int) -> None:
        self._json(conn, "200 OK", {"echo": True})

    def do_reset_before_headers(self, conn: socket.socket, query: dict[str, str], count: int) -> bool:
        _reset(conn)
        return False

    def do_reset_after_headers(self, conn: socket.socket, query: dict[str, str], count: int) -> bool:
        conn.sendall(_head("200 OK", {"Content-Type": "application/json", "Content-Length": "100"}) + b'{"a": 1,  ')
        time.sleep(0.01)
        _reset(conn)
        return False

    def do_stall(self, conn: socket.socket, query: dict[str, str], count: int) -> bool:
        self._wait(30)
        return False

    def do_drip(self, conn: socket.socket, query: dict[str, str], count: int) -> bool:
        conn.sendall(_head("200 OK", {"Content-Type": "application/json", "Content-Length": "1000"}))
        for _ in range(1000):
            if not self._wait(0.1):
                break
            conn.sendall(b" ")
        return False

    def do_endless_slow(self, conn: socket.socket, query: dict[str, str], count: int) -> bool:
        conn.sendall(_head("200 OK", {"Content-Type": "application/json", "Transfer-Encoding": "chunked"}))
        while self._wait(0.1):
            conn.sendall(b"1\r\n \r\n")
        return False

    def do_endless_fast(self, conn: socket.socket, query: dict[str, str], count: int) -> bool:
        conn.sendall(_head("200 OK", {"Content-Type": "application/json", "Transfer-Encoding": "chunked"}))
        chunk = b"10000\r\n" + b" " * 0x10000 + b"\r\n"
        while not self._stop.is_set():
            conn.sendall(chunk)
        return False

    def do_truncated(self, conn: socket.socket, query: dict[str, str], count: int) -> bool:
        conn.sendall(_head("200 OK", {"Content-Type": "application/json", "Content-Length": "100"}) + b'{"a": 1,  ')
        conn.shutdown(socket.SHUT_WR)
        return False

    def do_invalid_json(self, conn: socket.socket, query: dict[str, str], count: int) -> None:
        self._raw(conn, "application/json", b'{"a": ')

    def do_invalid_utf8(self, conn: socket.socket, query: dict[str, str], count: int) -> None:
        self._raw(conn, "application/json", b'{"a": "\xff\xfe"}')

    def do_html(self, conn: socket.socket, query: dict[str, str], count: int) -> None:
        self._raw(conn, "text/html", b"<html><body>Maintenance</body></html>")

    def do_storm(self, conn: socket.socket, query: dict[str, str], count: int) -> None:
        kind = query.get("retry_after", "none")
        value = {
            "none": None,
            "seconds": query.get("seconds", "1"),
            "date": email.utils.formatdate(time.time() + float(query.get("seconds", "1")), usegmt=True),
            "past": email.utils.formatdate(time.time() - 3600, usegmt=True),
            "huge": "86400",
        }[kind]
        self._json(conn, "503 Service Unavailable", {"error": "busy"}, {"Retry-After": value} if value else None)

    def gzip_body(self, mib: int) -> bytes:
        """The gzip of ``mib`` MiB of zeros (compressed once, then cached)."""
        with self._lock:
            if mib not in self._gzip_cache:
                self._gzip_cache[mib] = b"".join(_gzip_of_zeros(mib))
            return self._gzip_cache[mib]

    def do_gzip_bomb(self, conn: socket.socket, query: dict[str, str], count: int) -> None:
        body = self.gzip_body(int(query.get("mib", "64")))
        headers = {"Content-Type": "application/json", "Content-Encoding": "gzip", "Content-Length": str(len(body))}
        conn.sendall(_head("200 OK", headers) + body)

    def do_json(self, conn: socket.socket, query: dict[str, str], count: int) -> None:
        mib = int(query.get("mib", "1"))
        item = b'{"id": 123456, "text": "' + b"x" * 4000 + b'"},'
        repeats = mib * 1024 * 1024 // len(item)
        length = 1 + len(item) * repeats + 3  # "[", the items, "{}]"
        conn.sendall(_head("200 OK", {"Content-Type": "application/json", "Content-Length": str(length)}) + b"[")
        block = item * 1024
        sent = 0
        while sent + 1024 <= repeats:
            conn.sendall(block)
            sent += 1024
        conn.sendall(item * (repeats - sent) + b"{}]")

    def do_download(self, conn: socket.socket, query: dict[str, str], count: int) -> None:
        mib = int(query.get("mib", "1"))
        headers = {"Content-Type": "application/octet-stream", "Content-Length": str(mib * len(_ZERO_MIB))}
        conn.sendall(_head("200 OK", headers))
        for _ in range(mib):
            conn.sendall(_ZERO_MIB)

    def do_redirect_loop(self, conn: socket.socket, query: dict[str, str], count: int) -> None:
        conn.sendall(_head("302 Found", {"Location": "/redirect-loop", "Content-Length": "0"}))

    def do_redirect(self, conn: socket.socket, query: dict[str, str], count: int) -> None:
        conn.sendall(_head("302 Found", {"Location": query["to"], "Content-Length": "0"}))

    def do_flaky(self, conn: socket.socket, query: dict[str, str], count: int) -> bool | None:
        turn = count % 5
        if turn == 1:
            self._json(conn, "503 Service Unavailable", {"error": "busy"})
        elif turn == 2:
            _reset(conn)
            return False
        elif turn == 3:
            time.sleep(0.05)
            self._json(conn, "200 OK", {"ok": True})
        elif turn == 4:
            self._json(conn, "503 Service Unavailable", {"error": "busy"}, {"Retry-After": "0"})
        else:
            self._json(conn, "200 OK", {"ok": True})
        return None


def closed_port_url() -> str:
    """A loopback URL where nothing listens (connection refused)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@dataclass
class Outcome:
    """How one call ended: its value or error, its wall time and the peak memory it allocated."""

    value: object = None
    error: BaseException | None = None
    seconds: float = 0.0
    peak_bytes: int = 0

    @property
    def kind(self) -> str:
        return "ok" if self.error is None else type(self.error).__name__


@contextlib.contextmanager
def _measuring(outcome: Outcome) -> Iterator[None]:
    """Time the block and trace its allocations (the peak above what was allocated before it)."""
    started_tracing = not tracemalloc.is_tracing()
    if started_tracing:
        tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    tracemalloc.reset_peak()
    started = time.monotonic()
    try:
        yield
    except Exception as exc:  # noqa: BLE001 - the outcome is what is measured
        outcome.error = exc
    finally:
        outcome.seconds = time.monotonic() - started
        outcome.peak_bytes = max(tracemalloc.get_traced_memory()[1] - base, 0)
        if started_tracing:
            tracemalloc.stop()


def measure(call: Callable[[], object]) -> Outcome:
    """Run ``call``: its value or error, wall time and peak memory."""
    outcome = Outcome()
    with _measuring(outcome):
        outcome.value = call()
    return outcome


async def measure_async(call: Callable[[], Awaitable[object]]) -> Outcome:
    """`measure` for a coroutine function."""
    outcome = Outcome()
    with _measuring(outcome):
        outcome.value = await call()
    return outcome


@contextlib.contextmanager
def server_process() -> Iterator[str]:
    """A `FaultServer` in a child process (so that tracing the client's memory leaves the server out); its URL."""
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.runtime.fault_server"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None
        yield child.stdout.readline().strip()
    finally:
        assert child.stdin is not None
        child.stdin.close()
        child.wait(timeout=30)


if __name__ == "__main__":
    with FaultServer() as running:
        print(running.url, flush=True)
        sys.stdin.read()  # serve until the parent closes our stdin
