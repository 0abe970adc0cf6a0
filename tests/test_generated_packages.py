"""Every generated package: mypy --strict clean, ruff clean, and lazy on import."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import GENERATED
from tests.tools.typecheck_generated import package_of, typecheck

PROJECTS = sorted(p for p in GENERATED.iterdir() if (p / "pyproject.toml").is_file())


@pytest.mark.parametrize("project", PROJECTS, ids=lambda p: p.name)
def test_mypy_strict(project: Path) -> None:
    result = typecheck(project)
    assert result.returncode == 0, result.stdout[-5000:]


@pytest.mark.parametrize("project", PROJECTS, ids=lambda p: p.name)
def test_ruff_clean(project: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "."], cwd=project, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout[-5000:]


@pytest.mark.parametrize("project", PROJECTS, ids=lambda p: p.name)
def test_import_loads_no_model_or_resource_module(project: Path) -> None:
    package = package_of(project)
    code = (
        f"import sys, {package}\n"
        f"print(len([m for m in sys.modules if m.startswith(('{package}.models.', '{package}.resources.'))]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=project, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"
