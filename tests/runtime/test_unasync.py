"""The runtime's sync twins are generated from the async sources (`generator/runtime_unasync.py`), and kept so."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.runtime_unasync import PAIRS, RUNTIME, Pair, stale, sync_source


@pytest.mark.parametrize("pair", PAIRS, ids=lambda pair: pair.target)
def test_sync_file_is_what_its_async_source_generates(pair: Pair) -> None:
    text = (RUNTIME / pair.target).read_text(encoding="utf-8")
    assert text == sync_source(pair), f"{pair.target} is stale: run `python -m generator.runtime_unasync`"
    assert f"GENERATED from `{pair.source}`" in text.split('"""')[1]
    tree = ast.parse(text)
    assert not any(
        isinstance(node, (ast.AsyncFunctionDef, ast.AsyncFor, ast.AsyncWith, ast.Await)) for node in ast.walk(tree)
    )


def test_check_names_a_stale_file_and_fails(tmp_path: Path) -> None:
    runtime = tmp_path / "runtime"
    shutil.copytree(RUNTIME, runtime)
    assert stale(runtime) == []
    for pair in PAIRS:
        source = runtime / pair.source
        source.write_text(source.read_text(encoding="utf-8").replace("__all__", "__all__: list[str]", 1))
    assert stale(runtime) == [runtime / pair.target for pair in PAIRS]


def test_check_command_passes_on_the_checked_in_files() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator.runtime_unasync", "--check"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
