"""`--out` safety: which folders `sdkgen generate` writes, what it keeps, and that it never deletes a user's file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator import cli

SPEC = """\
openapi: 3.0.3
info: {title: Widgets API, version: "1.0"}
servers: [{url: "https://api.example.test"}]
paths:
  /widgets:
    get:
      operationId: listWidgets
      tags: [widgets]
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {type: array, items: {type: string}}}}
"""


@pytest.fixture
def spec(tmp_path: Path) -> Path:
    path = tmp_path / "openapi.yaml"
    path.write_text(SPEC, encoding="utf-8")
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = cli.main(["generate", *argv])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_new_folder_is_created(spec: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = _run(capsys, str(spec), "--out", str(tmp_path / "sdk"))
    assert code == 0, err
    assert (tmp_path / "sdk" / "widgets" / "__init__.py").is_file()
    assert json.loads((tmp_path / "sdk" / "generation-report.json").read_text())["package"] == "widgets"
    assert err.splitlines()[-1] == f"exit 0: generated package widgets into {tmp_path / 'sdk'}, no operation skipped"


def test_foreign_non_empty_folder_is_refused_and_left_alone(
    spec: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "mine"
    (out / "sub").mkdir(parents=True)
    (out / "NOTES.txt").write_text("my notes\n")
    (out / "sub" / "keep.py").write_text("x = 1\n")
    before = _tree(out)
    code, err = _run(capsys, str(spec), "--out", str(out))
    assert code == 2
    assert "is a non-empty folder that is not an earlier output of this generator" in err
    assert "NOTES.txt, sub" in err and "--force" in err
    assert _tree(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine", "openapi.yaml"]  # no staging left behind


def test_force_writes_into_a_foreign_folder_and_keeps_every_other_file(
    spec: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "mine"
    (out / "sub").mkdir(parents=True)
    (out / "NOTES.txt").write_text("my notes\n")
    (out / "sub" / "keep.py").write_text("x = 1\n")
    code, err = _run(capsys, str(spec), "--out", str(out), "--force")
    assert code == 0, err
    assert (out / "NOTES.txt").read_text() == "my notes\n"
    assert (out / "sub" / "keep.py").read_text() == "x = 1\n"
    assert (out / "widgets" / "_client.py").is_file()
    assert "kept in" in err and "NOTES.txt, sub" in err
    # The folder is now our own output: the next run needs no --force and still keeps the user's files,
    # while the generated part is replaced as a whole (a stale generated module disappears).
    (out / "widgets" / "stale.py").write_text("")
    code, err = _run(capsys, str(spec), "--out", str(out))
    assert code == 0, err
    assert not (out / "widgets" / "stale.py").exists()
    assert (out / "NOTES.txt").read_text() == "my notes\n" and (out / "sub" / "keep.py").is_file()


def test_earlier_output_is_replaced_without_force(
    spec: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "sdk"
    assert _run(capsys, str(spec), "--out", str(out))[0] == 0
    first = _tree(out)
    (out / "README.md").write_text("hand edit\n")
    code, err = _run(capsys, str(spec), "--out", str(out))
    assert code == 0, err
    assert _tree(out) == first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["openapi.yaml", "sdk"]  # no backup or staging left


def test_spec_inside_out_is_never_deleted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "api"
    out.mkdir()
    spec = out / "openapi.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    # A folder holding nothing but the input spec counts as empty; the spec stays where it was.
    code, err = _run(capsys, str(spec), "--out", str(out))
    assert code == 0, err
    assert spec.read_text(encoding="utf-8") == SPEC
    assert (out / "widgets" / "__init__.py").is_file()
    code, err = _run(capsys, str(spec), "--out", str(out))  # again, now over our own output
    assert code == 0, err
    assert spec.read_text(encoding="utf-8") == SPEC


def test_spec_inside_the_part_we_replace_is_refused(
    spec: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "sdk"
    assert _run(capsys, str(spec), "--out", str(out))[0] == 0
    inner = out / "widgets" / "openapi.yaml"
    inner.write_text(SPEC, encoding="utf-8")
    code, err = _run(capsys, str(inner), "--out", str(out))
    assert code == 2
    assert "lies in 'widgets', which the generated project replaces" in err
    assert inner.read_text(encoding="utf-8") == SPEC


def test_out_that_is_a_file_is_refused(spec: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "notes.txt"
    target.write_text("keep me\n")
    for extra in ([], ["--force"]):
        code, err = _run(capsys, str(spec), "--out", str(target), *extra)
        assert code == 2
        assert "is a file, not a folder" in err
        assert target.read_text() == "keep me\n"
    code, err = _run(capsys, str(spec), "--out", str(spec))  # the spec itself
    assert code == 2 and spec.read_text(encoding="utf-8") == SPEC


def test_out_dot_in_a_busy_folder_is_one_line(
    spec: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "project.txt").write_text("x")
    monkeypatch.chdir(tmp_path)
    code, err = _run(capsys, "openapi.yaml", "--out", ".")
    assert code == 2
    assert err.splitlines()[0].startswith(f"error: --out {tmp_path} is a non-empty folder")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["openapi.yaml", "project.txt"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["generate", "--spec"], "sdkgen generate: error: argument --spec: expected one argument"),
        (["generate", "--out", "x"], "sdkgen: error: give the spec file"),
        (["generate", "a.yaml"], "sdkgen: error: --out DIR is required unless --check is given"),
        (["generate", "a.yaml", "--spec", "b.yaml", "--out", "x"], "sdkgen: error: give the spec once"),
        ([], "sdkgen: error: the following arguments are required"),
    ],
)
def test_argument_mistakes_are_one_line(argv: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    try:
        code = cli.main(argv)
    except SystemExit as exc:  # argparse's own checks exit from parse_args
        code = int(exc.code or 0)
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith(message), err
    assert len(err.strip().splitlines()) == 1, err


def test_help_documents_every_option_and_the_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["generate", "--help"])
    text = capsys.readouterr().out
    for option in ("--spec", "--out", "--force", "--config", "--name", "--check", "--report"):
        assert option in text
    assert (
        "exit codes:" in text and "  0  generated" in text and "  1  generated, but" in text and "  2  nothing" in text
    )


def test_a_terminated_run_leaves_no_staging_folder(tmp_path: Path) -> None:
    """SIGTERM mid-run (a CI timeout, `kill`): the run ends through its `finally` blocks, so the staging
    folder it made beside --out is removed and nothing else in the parent is touched."""
    import os
    import signal
    import subprocess
    import sys
    import time

    from tests.corpus._support import large_spec

    spec = tmp_path / "large.json"
    spec.write_text(json.dumps(large_spec(600)), encoding="utf-8")
    parent = tmp_path / "outputs"
    parent.mkdir()
    (parent / "mine.txt").write_text("keep", encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "generator", "generate", str(spec), "--out", str(parent / "sdk")],
        cwd=Path(__file__).resolve().parents[2],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    deadline = time.monotonic() + 120
    while not list(parent.glob(".staging-*")) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert list(parent.glob(".staging-*")), "the run never made its staging folder"
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 128 + signal.SIGTERM, err
    assert sorted(p.name for p in parent.iterdir()) == ["mine.txt"]
    assert b"Traceback" not in err
