"""The `sdkgen` / `python -m generator` process leaves with `os._exit` once nothing else runs (generator/cli.py
`run`): its exit code and everything it printed still arrive, and a profiler around it still writes its file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "bookshelf" / "openapi.yaml"


def _generator(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True, check=False, timeout=300)


def test_the_exit_code_and_the_last_lines_arrive(tmp_path: Path) -> None:
    done = _generator("-m", "generator", "generate", str(SPEC), "--out", str(tmp_path / "sdk"), "--check")
    assert done.returncode == 0, done.stderr
    assert done.stderr.rstrip().splitlines()[-1].startswith("exit 0: checked package bookshelf")
    bad = tmp_path / "bad.json"
    bad.write_text('{"openapi": "3.0.0"}', encoding="utf-8")
    refused = _generator("-m", "generator", "generate", str(bad), "--out", str(tmp_path / "bad"))
    assert refused.returncode == 2 and refused.stderr.rstrip().endswith(
        "exit 2: nothing generated (see the error above)"
    )


def test_a_profiler_around_the_run_still_writes_its_file(tmp_path: Path) -> None:
    profile = tmp_path / "run.prof"
    done = _generator("-m", "cProfile", "-o", str(profile), "-m", "generator", "generate", str(SPEC), "--check")
    assert done.returncode == 0, done.stderr
    assert profile.stat().st_size > 0
