"""Golden check: regenerate every API into a temporary folder and compare with generated/ byte for byte.

`python -m tests.tools.golden [NAME ...]` prints a unified diff per differing file and a summary; exit 1
when anything differs. This diff is what a PR reviewer reads.
"""

from __future__ import annotations

import difflib
import io
import sys
import tempfile
from pathlib import Path

from generator.cli import GENERATED_DIR, OPENAPI_DIR, api_names
from generator.config import load_config
from generator.pipeline import generate

IGNORED_PARTS = {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"}


def _files(root: Path) -> dict[str, Path]:
    if not root.exists():
        return {}
    return {
        p.relative_to(root).as_posix(): p
        for p in sorted(root.rglob("*"))
        if p.is_file() and not IGNORED_PARTS & set(p.relative_to(root).parts)
    }


def compare_trees(expected: Path, actual: Path, label: str) -> list[str]:
    """Unified diffs (as text blocks) of every file that differs, is missing or is extra."""
    diffs: list[str] = []
    want, have = _files(expected), _files(actual)
    for rel in sorted(set(want) | set(have)):
        a = want[rel].read_bytes() if rel in want else b""
        b = have[rel].read_bytes() if rel in have else b""
        if a == b:
            continue
        a_text = a.decode("utf-8", "replace").splitlines(keepends=True)
        b_text = b.decode("utf-8", "replace").splitlines(keepends=True)
        from_name = f"generated/{label}/{rel}" if rel in have else "/dev/null"
        to_name = f"regenerated/{label}/{rel}" if rel in want else "/dev/null"
        diffs.append(
            "".join(difflib.unified_diff(b_text, a_text, from_name, to_name)) or f"binary difference in {rel}\n"
        )
    return diffs


def check(names: list[str], generated_dir: Path = GENERATED_DIR, openapi_dir: Path = OPENAPI_DIR) -> list[str]:
    diffs: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            config = load_config(openapi_dir / name / "sdk.yaml")
            out = Path(tmp) / name
            generate(openapi_dir / name / config.spec, config, out, name=name, stream=io.StringIO())
            diffs.extend(compare_trees(out, generated_dir / name, name))
    return diffs


def main(argv: list[str] | None = None) -> int:
    names = (argv if argv is not None else sys.argv[1:]) or api_names()
    diffs = check(names)
    for block in diffs:
        sys.stdout.write(block)
    if diffs:
        print(f"\ngolden check FAILED: {len(diffs)} file(s) differ from a fresh `nox -s generate`.")
        print("If the change is intended, run `nox -s generate` and commit generated/.")
        return 1
    print(f"golden check passed: {', '.join(names)} match a fresh generation byte for byte.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
