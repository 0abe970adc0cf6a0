"""Helpers for the spec corpora: run the CLI in-process, check a generated project, build big specs."""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator import cli

CORPUS = Path(__file__).resolve().parent
ROOT = CORPUS.parent.parent
UNSEEN = CORPUS / "unseen"
REJECTED = CORPUS / "rejected"
HOSTILE = CORPUS / "hostile"
GOLDEN = CORPUS / "golden"
EXERCISE = CORPUS / "exercise.py"
SPEC_SUFFIXES = (".yaml", ".yml", ".json")


def specs(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix in SPEC_SUFFIXES)


@dataclass
class Run:
    """One `python -m generator generate` run."""

    name: str
    spec: Path
    project: Path  # the --out folder
    code: int
    stdout: str
    stderr: str
    seconds: float
    report: dict[str, Any] | None

    @property
    def package_dir(self) -> Path:
        return self.project / self.name


# A hang guard, not a speed measurement (speed is `nox -s bench`): a run still going after this long is
# stuck (a quadratic regex on a 100k-character name once took 888 s), and fails instead of holding CI.
HANG_GUARD_SECONDS = 600


@contextlib.contextmanager
def hang_guard(seconds: int = HANG_GUARD_SECONDS) -> Any:
    """Raise TimeoutError in the main thread if the block has not finished after `seconds`."""
    import signal

    def stuck(signum: int, frame: object) -> None:
        raise TimeoutError(f"still running after {seconds} s: a hang (speed itself is measured by nox -s bench)")

    previous = signal.signal(signal.SIGALRM, stuck)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def generate(spec: Path, out_parent: Path, name: str, *extra: str) -> Run:
    """Run the CLI in-process (`generator.cli.main`) with --out, --name and --report, under the hang guard."""
    out_parent.mkdir(parents=True, exist_ok=True)
    project = out_parent / name
    report = out_parent / f"{name}.report.json"
    stdout, stderr = io.StringIO(), io.StringIO()
    start = time.perf_counter()
    with hang_guard(), contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        argv = ["generate", str(spec), "--out", str(project), "--name", name, "--report", str(report), *extra]
        code = cli.main(argv)
    seconds = time.perf_counter() - start
    data = json.loads(report.read_text(encoding="utf-8")) if report.is_file() else None
    return Run(name, spec, project, code, stdout.getvalue(), stderr.getvalue(), seconds, data)


def check_exit_code(run: Run) -> None:
    """0 with no skips; 1 only when every skip is reported with a reason and a JSON pointer."""
    assert run.code in (0, 1), f"{run.name}: exit {run.code}\n{run.stderr}"
    assert "Traceback" not in run.stderr
    assert run.report is not None, f"{run.name}: no report written"
    skipped = [s for s in run.report["skipped"] if s["kind"] == "operation" and not s["accepted"]]
    if run.code == 0:
        assert not skipped, f"{run.name}: exit 0 but operations were skipped: {skipped}"
        return
    assert skipped, f"{run.name}: exit 1 without a reported skip"
    for skip in skipped:
        assert skip["reason"].strip(), skip
        assert skip["pointer"].startswith("/paths/"), skip
        assert skip["reason"] in run.stderr and "SKIPPED" in run.stderr, run.stderr  # grouped by reason


def python(*args: str, cwd: Path | None = None, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(
        [sys.executable, *args], cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env, check=False
    )


def exercise(run: Run, cwd: Path) -> dict[str, Any]:
    """Import every module of the package and call every operation once (in a subprocess)."""
    result = python(str(EXERCISE), str(run.project), run.name, cwd=cwd)
    assert result.returncode == 0, f"{run.name}: exercise failed\n{result.stdout}\n{result.stderr[-5000:]}"
    summary: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    assert not summary["failures"], f"{run.name}: " + "\n".join(summary["failures"])
    assert summary["requests"] == summary["methods"]
    return summary


def ruff_check(project: Path) -> None:
    result = python("-m", "ruff", "check", "--no-cache", ".", cwd=project)
    assert result.returncode == 0, f"ruff check failed in {project}:\n{result.stdout}{result.stderr}"


def mypy_strict(packages: list[Path], cache_dir: Path) -> None:
    """One mypy --strict run over several generated packages (each is its own top-level package)."""
    result = python(
        "-m", "mypy", "--strict", "--no-error-summary", "--cache-dir", str(cache_dir), *map(str, packages), timeout=900
    )  # fmt: skip
    assert result.returncode == 0, f"mypy --strict failed:\n{result.stdout[-20000:]}{result.stderr[-5000:]}"


def golden_view(project: Path, package: str, dest: Path) -> Path:
    """The project as committed under golden/: without `<package>/core/`, the runtime copied verbatim
    (its own tests and the main golden check cover it), so runtime work does not churn the corpus."""
    shutil.rmtree(dest, ignore_errors=True)
    shutil.copytree(
        project,
        dest,
        ignore=lambda folder, names: [
            n
            for n in names
            if n in ("__pycache__", ".mypy_cache", ".ruff_cache")
            or (n == "core" and Path(folder).name == package and Path(folder).parent == project)
        ],
    )
    return dest


def large_spec(operations: int = 1200) -> dict[str, Any]:
    """A spec with `operations` operations over `operations // 12` resources, sharing a few models."""
    paths: dict[str, Any] = {}
    resources = operations // 12
    ref = {"$ref": "#/components/schemas/Item"}
    page = {"$ref": "#/components/schemas/ItemPage"}
    json_of = lambda schema: {"application/json": {"schema": schema}}  # noqa: E731
    for r in range(resources):
        tag = f"group{r:03d}"
        base = f"/v1/{tag}/items"
        one = f"{base}/{{itemId}}"
        item_id = {"name": "itemId", "in": "path", "required": True, "schema": {"type": "string"}}
        paths[base] = {
            "get": {"operationId": f"{tag}.list", "parameters": [
                {"name": "limit", "in": "query", "schema": {"type": "integer"}},
                {"name": "cursor", "in": "query", "schema": {"type": "string"}}],
                "responses": {"200": {"description": "ok", "content": json_of(page)}}},
            "post": {"operationId": f"{tag}.create", "requestBody": {"required": True, "content": json_of(
                {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"},
                 "size": {"type": "integer"}, "kind": {"$ref": "#/components/schemas/Kind"}}})},
                "responses": {"201": {"description": "ok", "content": json_of(ref)},
                              "400": {"description": "bad", "content": json_of({"$ref": "#/components/schemas/Problem"})}}},
        }  # fmt: skip
        paths[one] = {
            "parameters": [item_id],
            "get": {"operationId": f"{tag}.get", "responses": {"200": {"description": "ok", "content": json_of(ref)}}},
            "put": {"operationId": f"{tag}.replace", "requestBody": {"content": json_of(ref)},
                    "responses": {"200": {"description": "ok", "content": json_of(ref)}}},
            "patch": {"operationId": f"{tag}.update", "requestBody": {"content": json_of(
                {"type": "object", "properties": {"name": {"type": "string", "nullable": True}}})},
                "responses": {"200": {"description": "ok", "content": json_of(ref)}}},
            "delete": {"operationId": f"{tag}.delete", "responses": {"204": {"description": "gone"}}},
        }  # fmt: skip
        for action in ("archive", "restore", "publish", "unpublish", "copy", "export"):
            paths[f"{one}/{action}"] = {
                "post": {"operationId": f"{tag}.{action}", "parameters": [item_id,
                    {"name": "dryRun", "in": "query", "schema": {"type": "boolean"}}],
                    "responses": {"200": {"description": "ok", "content": json_of(ref)}}},
            }  # fmt: skip
    schemas = {
        "Kind": {"type": "string", "enum": ["a", "b", "c"]},
        "Item": {"type": "object", "required": ["id"], "properties": {
            "id": {"type": "string"}, "name": {"type": "string"}, "kind": {"$ref": "#/components/schemas/Kind"},
            "children": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}}}},
        "ItemPage": {"type": "object", "properties": {"data": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}},
                     "next": {"type": "string", "nullable": True}}},
        "Problem": {"type": "object", "properties": {"title": {"type": "string"}, "detail": {"type": "string"}}},
    }  # fmt: skip
    return {
        "openapi": "3.0.3",
        "info": {"title": "Large", "version": "1"},
        "servers": [{"url": "https://large.example"}],
        "paths": paths,
        "components": {"schemas": schemas},
    }
