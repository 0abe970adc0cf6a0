"""`python -m generator diff` end to end in a throwaway git repository, plus versions and --bump."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.diff.command import bump_versions
from generator.diff.findings import ApiDiff, Finding
from generator.diff.report import next_version

ROOT = Path(__file__).resolve().parents[2]
BASE = Path(__file__).parent / "base.yaml"
SDK_YAML = """\
# the lending library's SDK
spec: openapi.yaml
package: library
client: Library
async_client: AsyncLibrary
version: 0.4.2
naming: operation_id
"""


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


def _diff(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-P", "-m", "generator", "diff", *args], cwd=repo, env=env, capture_output=True, text=True
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A git repository with openapi/library committed on main, then edited in the work tree:
    one breaking change (`author` required) and two additions (an optional parameter, an operation)."""
    api = tmp_path / "openapi" / "library"
    api.mkdir(parents=True)
    (api / "sdk.yaml").write_text(SDK_YAML, encoding="utf-8")
    spec = yaml.safe_load(BASE.read_text(encoding="utf-8"))
    (api / "openapi.yaml").write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    _git(tmp_path, "init", "-q", "-b", "main")
    _git(tmp_path, "-c", "user.name=t", "-c", "user.email=t@example.invalid", "add", ".")
    _git(tmp_path, "-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-qm", "library")
    books = spec["paths"]["/books"]["get"]
    books["parameters"][0]["required"] = True
    books["parameters"].append({"name": "year", "in": "query", "schema": {"type": "integer"}})
    spec["paths"]["/authors"] = {
        "get": {
            "operationId": "list_authors",
            "tags": ["authors"],
            "responses": {
                "200": {"description": "Names.", "content": {"application/json": {"schema": {"type": "string"}}}}
            },
        }
    }
    (api / "openapi.yaml").write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    return tmp_path


def test_markdown_report_and_exit_code(repo: Path) -> None:
    done = _diff(repo, "main")
    assert done.returncode == 1, done.stderr
    report = done.stdout
    assert "- **library: 1 breaking, 2 non-breaking changes; SDK surface: 1 breaking, 2 non-breaking**" in report
    assert "next version **1.0.0** (major; sdk.yaml says 0.4.2)" in report
    assert (
        "| ❌ breaking | `request-parameter-became-required` | `GET /books` | `client.books.list_books` "
        "| query parameter `author` became required |" in report
    )
    assert (
        "| ✅ non-breaking | `endpoint-added` | `GET /authors` | `client.authors.list_authors` | operation added |"
        in report
    )
    assert (
        "| ❌ breaking | `parameter-changed-required` | `author` of `client.books.list_books` is now required |"
        in report
    )
    assert "| ✅ non-breaking | `method-added` | `client.authors.list_authors` added |" in report
    assert report.rstrip().endswith("Breaking changes found: the check fails (pass `--allow-breaking` to accept them).")
    # the user's work tree is as it was: the edit is still uncommitted, no worktree is left behind
    status = subprocess.run(["git", "status", "--porcelain"], cwd=repo, capture_output=True, text=True).stdout
    assert status.split() == ["M", "openapi/library/openapi.yaml"]
    worktrees = subprocess.run(["git", "worktree", "list"], cwd=repo, capture_output=True, text=True).stdout
    assert len(worktrees.splitlines()) == 1


def test_json_allow_breaking_and_bump(repo: Path) -> None:
    done = _diff(repo, "--format", "json", "--allow-breaking", "--bump")  # no BASE_REF: the merge base with main
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=repo, capture_output=True, text=True).stdout.strip()
    assert data["base"] == {"ref": "merge base with main", "commit": head}
    assert (data["exit_code"], data["breaking"]) == (0, True)
    [api] = data["apis"]
    assert api["version"] == {
        "current": "0.4.2",
        "recommended": "1.0.0",
        "bump": "major",
        "needs_bump": True,
        "base": "0.4.2",
        "written": "1.0.0",
    }
    assert {(f["rule"], f["breaking"], f["method"]) for f in api["api"]} == {
        ("request-parameter-became-required", True, "client.books.list_books"),
        ("new-optional-request-parameter", False, "client.books.list_books"),
        ("endpoint-added", False, "client.authors.list_authors"),
    }
    # only the version line changed; the comment and every other key are as they were
    assert (repo / "openapi/library/sdk.yaml").read_text(encoding="utf-8") == SDK_YAML.replace("0.4.2", "1.0.0")


def test_unusable_input_exits_2(repo: Path) -> None:
    bad_ref = _diff(repo, "no-such-branch")
    assert bad_ref.returncode == 2
    assert (
        bad_ref.stderr.strip()
        == "error: unknown git ref 'no-such-branch' (try a branch, tag or commit, e.g. origin/main)"
    )
    (repo / "openapi/library/openapi.yaml").write_text("openapi: 3.0.3\npaths: [\n", encoding="utf-8")
    unreadable = _diff(repo, "main")
    assert unreadable.returncode == 2
    assert (
        unreadable.stderr.splitlines()[-1].startswith("error: ") and "openapi/library/openapi.yaml" in unreadable.stderr
    )
    assert "Traceback" not in unreadable.stderr


def test_an_unreadable_base_spec_is_named_by_ref(repo: Path) -> None:
    good = (repo / "openapi/library/openapi.yaml").read_text(encoding="utf-8")
    (repo / "openapi/library/openapi.yaml").write_text("openapi: 3.0.3\npaths: [\n", encoding="utf-8")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-qam", "broken")
    (repo / "openapi/library/openapi.yaml").write_text(good, encoding="utf-8")
    done = _diff(repo, "main")
    assert done.returncode == 2
    assert done.stderr.splitlines()[-1].startswith("error: main:openapi/library/openapi.yaml#/")


def test_an_api_asked_for_that_did_not_change(repo: Path) -> None:
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-qam", "edit")
    done = _diff(repo, "HEAD", "--api", "library")
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=repo, capture_output=True, text=True).stdout[:10]
    assert done.returncode == 0
    assert (
        done.stdout
        == f"## SDK diff: `HEAD` ({head}) → this branch\n\n- **library: no change to its spec or sdk.yaml**\n\n"
    )
    assert (
        _diff(repo, "HEAD", "--api", "nothing").stderr
        == "error: no API named 'nothing' under openapi/ here or at HEAD\n"
    )


def _api(*findings: Finding, base: str = "1.4.2", current: str = "1.4.2") -> ApiDiff:
    return ApiDiff("library", "changed", api=list(findings), base_version=base, current_version=current)


BREAKING = Finding("request-parameter-became-required", True, "x")
ADDED = Finding("endpoint-added", False, "x", addition=True)
OTHER = Finding("endpoint-deprecated", False, "x")


@pytest.mark.parametrize(
    ("findings", "current", "recommended", "needs"),
    [
        ((BREAKING, ADDED), "1.4.2", "2.0.0", True),
        ((ADDED, OTHER), "1.4.2", "1.5.0", True),
        ((OTHER,), "1.4.2", "1.4.3", True),
        ((), "1.4.2", "1.4.3", True),  # the spec changed in a way no rule sees (a description): a patch
        ((ADDED,), "2.0.0", "2.0.0", False),  # already raised past what is needed
        ((BREAKING,), "1.5.0", "2.0.0", True),  # a minor raise is not enough for a breaking change
    ],
)
def test_next_version(findings: tuple[Finding, ...], current: str, recommended: str, needs: bool) -> None:
    version = next_version(_api(*findings, current=current))
    assert (version.recommended, version.needs_bump) == (recommended, needs)


def test_bump_adds_a_version_line_when_there_is_none(tmp_path: Path) -> None:
    folder = tmp_path / "openapi" / "library"
    folder.mkdir(parents=True)
    (folder / "sdk.yaml").write_text("spec: openapi.yaml\npackage: library\nclient: L\n", encoding="utf-8")
    assert bump_versions(tmp_path, [_api(ADDED, base="0.1.0", current="0.1.0")]) == {"library": "0.2.0"}
    text = (folder / "sdk.yaml").read_text(encoding="utf-8")
    assert text == "spec: openapi.yaml\npackage: library\nversion: 0.2.0\nclient: L\n"
