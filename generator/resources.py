"""Where the generator's Jinja templates are.

In a checkout they live at the repository root (`templates/`); an installed wheel carries them inside
the package (`generator/templates/`, see pyproject.toml). The SDK runtime is always the
`generator.runtime` package (see generator/runtime_manifest.py).
"""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent


def _templates_dir() -> Path:
    for candidate in (_HERE / "templates", _HERE.parent / "templates"):  # installed first, then the checkout
        if (candidate / "client.py.jinja").is_file():
            return candidate
    raise RuntimeError(f"the generator's templates are missing (looked in {_HERE / 'templates'} and beside it)")


TEMPLATES = _templates_dir()
