"""Shared fixtures: generated SDK packages are importable straight from generated/<api>/."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated"
SHARED_SPECS = ROOT.parent / "shared" / "specs"

for project in sorted(GENERATED.glob("*")):
    if (project / "pyproject.toml").is_file() and str(project) not in sys.path:
        sys.path.insert(0, str(project))
