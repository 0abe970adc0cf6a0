"""Generate the runtime's sync twins from the async code: `python -m generator.runtime_unasync`.

Each pair in `PAIRS` has a hand-written async source in `generator/runtime/` (the HTTP client, the
pager's page walking, the stream reader, the OAuth2 token flow) and a sync file written from it by
unasync (the token rewriter httpcore uses for the same job: `async`/`await` dropped, `AsyncX` -> `SyncX`,
`__aiter__` -> `__iter__`, plus `REPLACEMENTS`), its docstring replaced by a GENERATED header, then
formatted with ruff. `--check` exits 1 naming every stale sync file (tests/runtime/test_unasync.py
runs it). What only one twin has (`__await__`, a sync classmethod that connects at once) stays in the
hand-written public module that subclasses both halves.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import unasync  # type: ignore[import-untyped]  # no type hints shipped

RUNTIME = Path(__file__).resolve().parent / "runtime"

REPLACEMENTS = {
    "AsyncClient": "Client",
    "aiter_raw": "iter_raw",
    "aiter_bytes": "iter_bytes",
    "aclose": "close",
    "aread": "read",
    "asyncio": "time",
}


@dataclass(frozen=True)
class Pair:
    """One async source and the sync file generated from it (names in `generator/runtime/`)."""

    source: str
    target: str
    summary: str  # the first line of the generated file's docstring
    replacements: tuple[tuple[str, str], ...] = ()  # on top of REPLACEMENTS


PAIRS = (
    Pair(
        "_async_client.py",
        "_sync_client.py",
        "The synchronous HTTP client: the send loop (attempts, redirects, retries) and the body reads.",
    ),
    Pair("_async_pagination.py", "_sync_pagination.py", "The sync pager's page walking."),
    Pair("_async_streaming.py", "_sync_streaming.py", "The sync stream's reading."),
    Pair(
        "_async_auth.py",
        "_sync_auth.py",
        "The OAuth2 client-credentials flow of sync clients.",
        (("asyncio", "threading"),),  # the lock: `asyncio.Lock` -> `threading.Lock`
    ),
)


def sync_source(pair: Pair, runtime: Path = RUNTIME) -> str:
    """The text ``pair.target`` should have, generated from ``pair.source`` in ``runtime``."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / pair.source
        source.write_text((runtime / pair.source).read_text(encoding="utf-8"), encoding="utf-8")
        rule = unasync.Rule(pair.source, pair.target, {**REPLACEMENTS, **dict(pair.replacements)})
        unasync.unasync_files([str(source)], [rule])
        text = (Path(folder) / pair.target).read_text(encoding="utf-8")
    docstring_end = text.index('"""', 3) + 3
    header = (
        f'"""{pair.summary}\n\n'
        f"GENERATED from `{pair.source}` by `python -m generator.runtime_unasync`; edit that file, not this one.\n"
        '"""'
    )
    text = header + text[docstring_end:]
    name = str(RUNTIME / pair.target)  # the checkout's path, so ruff reads the project's settings for any `runtime`
    # what renaming provokes: imports out of order, `for item in x: yield item` that a sync loop writes `yield from`
    fix = ("check", "--select", "I,UP028", "--fix", "--unsafe-fixes", "--exit-zero", "--quiet")
    for command in (fix, ("format",)):
        text = subprocess.run(
            [sys.executable, "-m", "ruff", *command, "--stdin-filename", name, "-"],
            input=text,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    return text


def stale(runtime: Path = RUNTIME) -> list[Path]:
    """The generated files in ``runtime`` that differ from what their source generates."""
    return [
        runtime / pair.target
        for pair in PAIRS
        if not (runtime / pair.target).is_file()
        or (runtime / pair.target).read_text(encoding="utf-8") != sync_source(pair, runtime)
    ]


def main(argv: list[str]) -> int:
    if "--check" in argv:
        outdated = stale()
        for path in outdated:
            print(f"{path} is stale: run `python -m generator.runtime_unasync`", file=sys.stderr)
        return 1 if outdated else 0
    for pair in PAIRS:
        (RUNTIME / pair.target).write_text(sync_source(pair), encoding="utf-8", newline="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
