"""`nox -s bench` (faults): each fault of the fault suite against both clients with the issue's settings
(`timeout=2`, `max_retries=2`, so a 7.5 s deadline by default) and the default 100 MiB body cap, on the
bigger inputs the issue measured: a 1 GiB gzip bomb, an endless fast chunked body, a valid 200 MB JSON
body (cap raised to 512 MiB), and a 512 MiB download streamed with `to_file=`. The server runs in a child
process, so the peak memory (tracemalloc) is the client's alone. Prints one row per fault:
fault | sync | async | time | peak memory.
"""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path
from typing import Any

import httpx

from generator.runtime._request import ApiRequest
from generator.runtime.auth import BearerAuth
from generator.runtime.http_client import AsyncHttpClient, SyncHttpClient
from tests.runtime.fault_server import Outcome, closed_port_url, measure, measure_async, server_process

ROWS: list[tuple[str, str, dict[str, Any]]] = [  # fault, path, client settings (to_file: stream the body)
    ("refused", "", {}),
    ("reset before headers", "/reset-before-headers", {}),
    ("reset after headers", "/reset-after-headers", {}),
    ("stall before headers", "/stall", {}),
    ("slow-drip body", "/drip", {}),
    ("endless chunked body, slow", "/endless-slow", {}),
    ("endless chunked body, fast", "/endless-fast", {}),
    ("truncated body", "/truncated", {}),
    ("invalid JSON", "/invalid-json", {}),
    ("invalid UTF-8", "/invalid-utf8", {}),
    ("HTML 200", "/html", {}),
    ("503 storm", "/storm", {}),
    ("503 storm, Retry-After: 25", "/storm?retry_after=seconds&seconds=25", {}),
    ("503 storm, Retry-After: HTTP date +3 s", "/storm?retry_after=date&seconds=3", {}),
    ("503 storm, Retry-After in the past", "/storm?retry_after=past", {}),
    ("503 storm, Retry-After: 86400", "/storm?retry_after=huge", {}),
    ("gzip bomb, 1 MB -> 1 GiB", "/gzip-bomb?mib=1024", {}),
    (
        "valid 200 MB JSON (cap 512 MiB, deadline 120 s)",
        "/json?mib=200",
        {"max_response_bytes": 2**29, "deadline": 120},
    ),
    ("download 512 MiB with to_file= (deadline 120 s)", "/download?mib=512", {"to_file": True, "deadline": 120}),
    ("redirect loop", "/redirect-loop", {}),
]


def _settings(base_url: str, extra: dict[str, Any]) -> dict[str, Any]:
    extra = {k: v for k, v in extra.items() if k != "to_file"}
    return {
        "base_url": base_url,
        "auth": BearerAuth("bench-token"),
        "timeout": 2.0,
        "max_retries": 2,
        "user_agent": "bench/1",
        "logger_name": "bench",
        **extra,
    }


def _request(path: str, extra: dict[str, Any], target: Path) -> ApiRequest:
    return ApiRequest("GET", path or "/ok", to_file=target if extra.get("to_file") else None)


def _sync(base_url: str, path: str, extra: dict[str, Any], target: Path) -> Outcome:
    with SyncHttpClient(**_settings(base_url, extra)) as client:
        return measure(lambda: client.request(_request(path, extra, target), cast=_parse))


def _async(base_url: str, path: str, extra: dict[str, Any], target: Path) -> Outcome:
    async def run() -> Outcome:
        async with AsyncHttpClient(**_settings(base_url, extra)) as client:
            return await measure_async(lambda: client.request(_request(path, extra, target), cast=_parse))

    return asyncio.run(run())


def _parse(response: httpx.Response) -> str:
    body = response.json()
    return f"{type(body).__name__} of {len(body)}" if isinstance(body, (list, dict)) else type(body).__name__


def bench_faults() -> list[dict[str, object]]:
    """One row per fault."""
    rows: list[dict[str, object]] = []
    with server_process() as url, tempfile.TemporaryDirectory() as folder:
        httpx.get(url + "/gzip-bomb?mib=1024", timeout=600)  # the server compresses the bomb once, untimed
        target = Path(folder) / "download.bin"
        for name, path, extra in ROWS:
            base_url = closed_port_url() if name == "refused" else url
            sync, async_ = _sync(base_url, path, extra, target), _async(base_url, path, extra, target)
            rows.append(
                {
                    "fault": name,
                    "sync": sync.kind,
                    "async": async_.kind,
                    "time_s": round(max(sync.seconds, async_.seconds), 2),
                    "peak_mib": round(max(sync.peak_bytes, async_.peak_bytes) / 2**20, 1),
                }
            )
    return rows


def table(rows: list[dict[str, object]]) -> str:
    """The rows as a Markdown table."""
    lines = [
        "| fault | sync | async | time (s, slower of the two) | peak memory (MiB, larger) |",
        "|---|---|---|---|---|",
    ]
    lines += [f"| {r['fault']} | {r['sync']} | {r['async']} | {r['time_s']} | {r['peak_mib']} |" for r in rows]
    return "\n".join(lines)
