"""mypy --strict over every generated package (what `nox -s typecheck` runs)."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def package_of(project: Path) -> str:
    data = tomllib.loads((project / "pyproject.toml").read_text(encoding="utf-8"))
    return str(data["tool"]["hatch"]["build"]["targets"]["wheel"]["packages"][0])


def typecheck(project: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", package_of(project)],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )


def main() -> int:
    worst = 0
    for project in sorted((ROOT / "generated").iterdir()):
        if not (project / "pyproject.toml").is_file():
            continue
        result = typecheck(project)
        print(f"[{project.name}] {result.stdout.strip().splitlines()[-1] if result.stdout.strip() else result.stderr}")
        if result.returncode:
            print(result.stdout)
            worst = 1
    return worst


if __name__ == "__main__":
    raise SystemExit(main())
