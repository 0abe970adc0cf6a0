"""Generated output is byte-identical under any PYTHONHASHSEED.

Each spec is generated twice, in two fresh interpreters with different hash seeds (so every set and
every str hash iterates in a different order), and every file of the two outputs is compared byte for
byte, `generation-report.json` included. `removed_schemas` is there because openapi-python-client
lists the schemas a failed schema takes along by walking a set; before the report sorted that list,
this test failed on it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ("1", "2")
SPECS = {
    "frameio": ["openapi/frameio/openapi.yaml", "--config", "openapi/frameio/sdk.yaml"],
    "removed_schemas": ["tests/corpus/unseen/removed_schemas.yaml"],
}


def _env(seed: str) -> dict[str, str]:
    return {**os.environ, "PYTHONHASHSEED": seed, "PYTHONDONTWRITEBYTECODE": "1"}


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_the_seeds_change_set_order() -> None:
    """Guards the test below: under these two seeds a set of the removed schemas iterates differently."""
    names = [f"/components/schemas/{n}" for n in ("Ballot", "Comment", "Answer", "Review", "Release", "Reply")]
    code = f"print(list(set({names!r})))"
    orders = {
        subprocess.run([sys.executable, "-c", code], env=_env(seed), capture_output=True, text=True, check=True).stdout
        for seed in SEEDS
    }
    assert len(orders) == 2


@pytest.mark.parametrize("name", sorted(SPECS))
def test_output_is_byte_identical_under_any_hash_seed(name: str, tmp_path: Path) -> None:
    outs = {seed: tmp_path / f"seed{seed}" for seed in SEEDS}
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "generator", "generate", *SPECS[name], "--out", str(out), "--name", name],
            cwd=ROOT,
            env=_env(seed),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for seed, out in outs.items()
    ]
    for run in runs:
        _, stderr = run.communicate(timeout=600)
        assert run.returncode in (0, 1), stderr
    first, second = (_tree(out) for out in outs.values())
    assert first.keys() == second.keys()
    assert "generation-report.json" in first
    differing = [path for path in first if first[path] != second[path]]
    assert not differing, f"output differs between PYTHONHASHSEED={SEEDS[0]} and {SEEDS[1]}: {differing[:20]}"
