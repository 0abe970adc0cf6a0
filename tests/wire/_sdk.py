"""Generate a corpus spec into a temporary folder and import the SDK, for tests over real HTTP."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

from generator.cli import main as generator_main

UNSEEN = Path(__file__).resolve().parents[1] / "corpus" / "unseen"


def generated_sdk(spec_name: str, parent: Path, folder: Path = UNSEEN) -> Iterator[ModuleType]:
    """Yield the imported package generated from `<folder>/<spec_name>.yaml` (default tests/corpus/unseen;
    the package is named the same)."""
    out = parent / spec_name
    assert generator_main(["generate", str(folder / f"{spec_name}.yaml"), "--out", str(out), "--name", spec_name]) == 0
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module(spec_name)
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m == spec_name or m.startswith(spec_name + ".")]:
            del sys.modules[name]
