"""Build a wheel per generated project, install each into a fresh venv, import it (`nox -s build`)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import venv
from pathlib import Path

from tests.tools.typecheck_generated import package_of

ROOT = Path(__file__).resolve().parents[2]


def build_and_import(project: Path, work: Path) -> None:
    dist = work / "dist" / project.name
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(project)], check=True)
    wheel = next(dist.glob("*.whl"))
    env_dir = work / "venv" / project.name
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(wheel)], check=True)
    package = package_of(project)
    code = f"import {package}; print({package}.__name__, {package}.__version__)"
    subprocess.run([str(python), "-c", code], check=True, cwd=work)


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        for project in sorted((ROOT / "generated").iterdir()):
            if (project / "pyproject.toml").is_file():
                build_and_import(project, Path(tmp))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
