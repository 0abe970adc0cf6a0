"""Stage 5, format: ruff check --fix and ruff format over a rendered tree."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from generator.errors import GenerateError


def _ruff(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ruff", *args, "--no-cache"], cwd=cwd, capture_output=True, text=True, check=False
    )


def format_tree(project_dir: Path) -> None:
    """Sort imports, drop unused ones, then format; the project's own pyproject.toml configures ruff."""
    fix = _ruff("check", "--fix-only", "--exit-zero", "--quiet", ".", cwd=project_dir)
    if fix.returncode != 0:
        raise GenerateError(f"ruff check --fix failed on the generated code:\n{fix.stderr or fix.stdout}")
    for path in sorted(project_dir.rglob("*.py")):  # ruff skips files it cannot parse; a syntax error is our bug
        try:
            compile(path.read_bytes(), str(path), "exec", dont_inherit=True)
        except (SyntaxError, ValueError) as exc:
            raise GenerateError(f"generated code does not compile (a generator bug): {path.name}: {exc}") from None
    fmt = _ruff("format", "--quiet", ".", cwd=project_dir)
    if fmt.returncode != 0:
        raise GenerateError(f"ruff format failed on the generated code (a template bug):\n{fmt.stderr or fmt.stdout}")
