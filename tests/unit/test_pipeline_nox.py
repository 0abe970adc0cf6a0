"""`nox -s generate` passes the generator's exit code (0/1/2) through and says which one happened.

The session function is called with a stand-in for nox's Session (the shared venv's Python replaced by
this interpreter), so the test exercises the real routing and exit-code handling without nox installing.
nox is a test dependency (pyproject.toml); the test is skipped only where it is missing.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("nox")

import noxfile  # noqa: E402

UNSEEN = Path(__file__).resolve().parents[1] / "corpus" / "unseen"


class FakeSession:
    def __init__(self, *posargs: str) -> None:
        self.posargs = list(posargs)
        self.logged: list[str] = []

    def log(self, message: str) -> None:
        self.logged.append(message)

    def error(self, message: str) -> Any:
        raise AssertionError(message)


@pytest.fixture(autouse=True)
def _this_python(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(noxfile, "_python", lambda session: sys.executable)


def _generate(*posargs: str) -> tuple[int, list[str]]:
    session = FakeSession(*posargs)
    try:
        noxfile.generate(session)  # type: ignore[arg-type]
    except SystemExit as exc:
        return int(exc.code or 0), session.logged
    return 0, session.logged


def test_exit_0_passes_through(tmp_path: Path) -> None:
    code, logged = _generate("--spec", str(UNSEEN / "enums.yaml"), "--out", str(tmp_path / "sdk"))
    assert code == 0
    assert logged[-1] == "exit 0: generated, no operation skipped"


def test_exit_1_passes_through() -> None:
    code, logged = _generate(str(UNSEEN / "media_types.yaml"), "--check")  # the spec without --spec also works
    assert code == 1
    assert logged[-1].startswith("exit 1: generated, but some operations were skipped")


@pytest.mark.parametrize(
    "posargs",
    [
        ("--spec",),  # no value
        ("--spec", "missing.yaml", "--out", "x"),
        ("no_such_api",),
    ],
)
def test_exit_2_passes_through(posargs: tuple[str, ...], capfd: pytest.CaptureFixture[str]) -> None:
    code, logged = _generate(*posargs)
    assert code == 2
    assert logged[-1].startswith("exit 2: nothing generated")
    err = capfd.readouterr().err
    assert "Traceback" not in err and "error" in err


def test_sessions_have_one_line_descriptions() -> None:
    import nox.registry

    sessions = nox.registry.get()
    assert {"generate", "golden", "tests", "contract", "lint", "typecheck", "build", "bench"} <= set(sessions)
    for name, func in sessions.items():
        assert func.__doc__, f"session {name} has no description for `nox -l`"
        assert "\n" not in func.__doc__.strip(), f"`nox -l` shows only the first line of {name}'s docstring"
