"""Build a wheel per generated project into dist/, install each into a fresh venv, import it (`nox -s build`).

The wheels stay in dist/ (git-ignored), ready for `pip install dist/<wheel>` elsewhere; a rebuilt wheel
replaces the one with the same file name.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

from tests.tools.typecheck_generated import package_of

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"


def build_and_import(project: Path, work: Path, dist: Path = DIST) -> Path:
    """Build the project's wheel, keep it in `dist`, install it into a fresh venv under `work`, import it."""
    out = work / "wheels" / project.name
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(project)], check=True)
    (built,) = out.glob("*.whl")
    dist.mkdir(parents=True, exist_ok=True)
    wheel = Path(shutil.copy2(built, dist / built.name))
    env_dir = work / "venv" / project.name
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(wheel)], check=True)
    package = package_of(project)
    code = f"import {package}; print({package}.__name__, {package}.__version__)"
    subprocess.run([str(python), "-c", code], check=True, cwd=work)
    return wheel


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        for project in sorted((ROOT / "generated").iterdir()):
            if (project / "pyproject.toml").is_file():
                wheel = build_and_import(project, Path(tmp))
                print(f"kept {wheel.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
