"""What downstream users do: build each generated project's wheel, pip install it into a clean venv, use it."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
import venv
import zipfile
from pathlib import Path

from tests.conftest import GENERATED
from tests.tools.typecheck_generated import package_of


def package_of_distribution(project: Path) -> str:
    """The wheel file-name prefix of a project: its distribution name, normalized."""
    name = tomllib.loads((project / "pyproject.toml").read_text(encoding="utf-8"))["project"]["name"]
    return re.sub(r"[-_.]+", "_", name).lower() + "-"


PROJECTS = sorted(p for p in GENERATED.iterdir() if (p / "pyproject.toml").is_file())


def test_wheels_build_install_and_import(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    for project in PROJECTS:
        subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(wheels), str(project)],
            check=True,
        )
    built = sorted(wheels.glob("*.whl"))
    assert len(built) == len(PROJECTS), built
    for project in PROJECTS:  # the README (long description) links to reference.md and models.md: both ship
        package = package_of(project)
        (wheel,) = [w for w in built if w.name.startswith(package_of_distribution(project))]
        names = set(zipfile.ZipFile(wheel).namelist())
        assert {f"{package}/reference.md", f"{package}/models.md"} <= names, wheel.name
    env = tmp_path / "venv"
    venv.create(env, with_pip=True)
    python = env / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", *map(str, built)], check=True)
    for project in PROJECTS:
        package = package_of(project)
        code = (
            f"import {package}, sys\n"
            f"assert {package}.__file__.startswith(sys.prefix), {package}.__file__\n"
            f"assert (__import__('pathlib').Path({package}.__file__).parent / 'py.typed').is_file()\n"
            f"print({package}.__version__)\n"
        )
        out = subprocess.run([str(python), "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True)
        assert out.stdout.strip() == "0.1.0"
