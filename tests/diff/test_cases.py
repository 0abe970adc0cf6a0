"""Every before/after pair in the corpus gives exactly its expected findings, at both levels."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from generator.config import config_from_dict
from generator.diff.findings import Finding
from generator.diff.rules import RULES
from generator.diff.spec import compare_specs, load_normalized
from generator.diff.surface import compare_surfaces, load_surface
from generator.pipeline import generate
from tests.diff.cases import CASES, load_case

CONFIG = config_from_dict(
    {"spec": "spec.yaml", "package": "library", "client": "Library", "async_client": "AsyncLibrary"}
)


def _api_findings(before: Path, after: Path) -> list[Finding]:
    return compare_specs(load_normalized(before), load_normalized(after))


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_api_level(path: Path, tmp_path: Path) -> None:
    case = load_case(path)
    before, after = case.write(tmp_path)
    found = [(f.rule, f.operation, f.breaking) for f in _api_findings(before, after)]
    assert sorted(found, key=str) == sorted(case.api, key=str)


def test_every_finding_has_a_message_naming_what_changed(tmp_path: Path) -> None:
    case = load_case(Path(__file__).parent / "cases" / "parameter_became_required.yaml")
    before, after = case.write(tmp_path)
    [finding] = _api_findings(before, after)
    assert finding.message == "query parameter `author` became required"


SDK_CASES = [p for p in CASES if load_case(p).sdk is not None]


_GENERATED: dict[bytes, tuple[Path, dict[str, str]]] = {}  # spec bytes -> SDK; most cases share base.yaml


def _generate(spec: Path, out: Path) -> tuple[Path, dict[str, str]]:
    key = spec.read_bytes()
    if key not in _GENERATED:
        result = generate(spec, CONFIG, out, name="library", stream=io.StringIO())
        _GENERATED[key] = out, {op["operation"]: op["python"] for op in result.report["operations"]}
    return _GENERATED[key]


@pytest.mark.parametrize("path", SDK_CASES, ids=[p.stem for p in SDK_CASES])
def test_sdk_level(path: Path, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    case = load_case(path)
    before, after = case.write(tmp_path)
    old_dir, old_ops = _generate(before, tmp_path_factory.mktemp("sdk") / "old")
    new_dir, new_ops = _generate(after, tmp_path / "new")
    renamed = {old_ops[k]: new_ops[k] for k in old_ops.keys() & new_ops.keys() if old_ops[k] != new_ops[k]}
    old = load_surface(old_dir, "library", "Library", "AsyncLibrary")
    new = load_surface(new_dir, "library", "Library", "AsyncLibrary")
    found = [(f.rule, f.breaking) for f in compare_surfaces(old, new, renamed)]
    assert sorted(found) == sorted(case.sdk or [])


def test_the_corpus_covers_every_rule() -> None:
    """Each oasdiff rule the API level implements is shown by at least one before/after pair."""
    covered = {rule for path in CASES for (rule, _, _) in load_case(path).api}
    assert sorted(set(RULES) - covered) == []
    assert sorted(covered - set(RULES)) == []
