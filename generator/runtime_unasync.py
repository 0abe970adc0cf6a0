"""Generate the sync HTTP client from the async one: `python -m generator.runtime_unasync`.

`generator/runtime/_async_client.py` is the source; `_sync_client.py` is written from it by unasync
(the token rewriter httpcore uses for the same job), then formatted with ruff. `--check` exits 1
when the checked-in file is stale (tests/runtime/test_unasync.py runs it).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import unasync  # type: ignore[import-untyped]  # no type hints shipped

RUNTIME = Path(__file__).resolve().parent / "runtime"
SOURCE = RUNTIME / "_async_client.py"
TARGET = RUNTIME / "_sync_client.py"

REPLACEMENTS = {
    "AsyncClient": "Client",
    "aiter_raw": "iter_raw",
    "aiter_bytes": "iter_bytes",
    "aclose": "close",
    "aread": "read",
    "asyncio": "time",
}
HEADER = (
    '"""The synchronous HTTP client: the send loop (attempts, redirects, retries) and the body reads.\n\n'
    "GENERATED from `_async_client.py` by `python -m generator.runtime_unasync`; edit that file, not this one.\n"
    '"""'
)


def sync_source() -> str:
    """The text `_sync_client.py` should have."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "_async_client.py"
        source.write_text(SOURCE.read_text(encoding="utf-8"), encoding="utf-8")
        unasync.unasync_files([str(source)], [unasync.Rule("_async_client.py", "_sync_client.py", REPLACEMENTS)])
        text = (Path(folder) / "_sync_client.py").read_text(encoding="utf-8")
    docstring_end = text.index('"""', 3) + 3
    text = HEADER + text[docstring_end:]
    formatted = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--stdin-filename", str(TARGET), "-"],
        input=text,
        capture_output=True,
        text=True,
        check=True,
    )
    return formatted.stdout


def main(argv: list[str]) -> int:
    text = sync_source()
    if "--check" in argv:
        if TARGET.read_text(encoding="utf-8") != text:
            print(f"{TARGET} is stale: run `python -m generator.runtime_unasync`", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8", newline="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
