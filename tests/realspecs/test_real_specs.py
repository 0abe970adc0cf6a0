"""Acceptance on the real Civis, LaunchDarkly and Frame.io specs (read-only inputs under ../shared/specs).

Each spec is generated once into the git-ignored `build/realspecs/<name>` with a minimal config and
must come out complete: zero skipped operations, every operation of the spec generated, every
module importable (in a fresh interpreter), `mypy --strict` clean, and for Civis every method named
by the path rule. Skipped cleanly when the specs are absent. A one-line summary per spec (operations,
resources, skips, normalizations, seconds) is printed at the end of the pytest run.

Measured on the 2-CPU development machine: generation takes about 6 s (Civis), 5 s (LaunchDarkly)
and 3 s (Frame.io); `mypy --strict` about 15 s, 20 s and 7 s with a cold cache, so all three run it.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from generator.config import config_from_dict
from generator.plan.naming import civis_path_name

ROOT = Path(__file__).resolve().parents[2]
SPECS = Path(__file__).parents[2].parent / "shared" / "specs"
BUILD = ROOT / "build" / "realspecs"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class RealSpec:
    name: str
    spec: str
    naming: str
    operations: int

    @property
    def path(self) -> Path:
        return SPECS / self.spec

    @property
    def package(self) -> str:
        return f"{self.name}_real"  # not the checked-in SDK's name, so imports cannot pick the wrong one


REAL_SPECS = (
    RealSpec("civis", "civis/swagger.json", "path", 910),
    RealSpec("launchdarkly", "launchdarkly/openapi.json", "tag", 351),
    RealSpec("frameio", "frameio/openapi.json", "dotted", 90),
)
IDS = [s.name for s in REAL_SPECS]


@dataclass
class Generated:
    spec: RealSpec
    project: Path
    report: dict[str, Any]
    seconds: float


_CACHE: dict[str, Generated] = {}
SUMMARY: list[str] = []  # printed by conftest.py's pytest_terminal_summary


def _generate(spec: RealSpec) -> Generated:
    if spec.name in _CACHE:
        return _CACHE[spec.name]
    if not spec.path.is_file():
        pytest.skip(f"real spec not available: {spec.path}")
    from generator.pipeline import generate

    config = config_from_dict(
        {
            "spec": spec.path.name,
            "package": spec.package,
            "client": "Client",
            "async_client": "AsyncClient",
            "naming": spec.naming,
        },
        f"<{spec.name} test config>",
    )
    start = time.perf_counter()
    result = generate(spec.path, config, BUILD / spec.name, name=spec.name, stream=io.StringIO())
    seconds = time.perf_counter() - start
    assert result.output is not None
    generated = Generated(spec, result.output, result.report, seconds)
    _CACHE[spec.name] = generated
    counts = result.report["counts"]
    transforms = Counter(n["transform"] for n in result.report["normalizations"])
    SUMMARY.append(
        f"{spec.name}: {counts['operations_generated']}/{counts['operations_in_spec']} operations, "
        f"{counts['resources']} resources, {counts['operations_skipped']} skipped, "
        f"normalizations {dict(sorted(transforms.items())) or '{}'}, "
        f"{len(result.report['warnings'])} warnings, generated in {seconds:.1f}s"
    )
    return generated


def _spec_operations(spec: RealSpec) -> list[tuple[str, str]]:
    doc = json.loads(spec.path.read_text(encoding="utf-8"))
    return [
        (method, path)
        for path, item in doc["paths"].items()
        if isinstance(item, dict)
        for method in HTTP_METHODS
        if isinstance(item.get(method), dict)
    ]


@pytest.fixture(params=REAL_SPECS, ids=IDS)
def generated(request: pytest.FixtureRequest) -> Generated:
    spec: RealSpec = request.param
    return _generate(spec)


def test_generates_every_operation_with_no_skips(generated: Generated) -> None:
    spec, report = generated.spec, generated.report
    skipped = [s for s in report["skipped"] if s["kind"] == "operation"]
    assert skipped == [], f"{spec.name}: skipped operations: {skipped[:5]}"
    assert report["skipped"] == [], f"{spec.name}: skipped schemas: {report['skipped'][:5]}"
    assert len(_spec_operations(spec)) == spec.operations
    assert report["counts"]["operations_in_spec"] == spec.operations
    assert report["counts"]["operations_generated"] == spec.operations
    assert len(report["operations"]) == spec.operations
    assert report["source_format"] == ("swagger-2.0" if spec.name == "civis" else "openapi-3.0")


def test_every_module_imports(generated: Generated) -> None:
    script = (
        "import importlib, pkgutil, sys\n"
        f"import {generated.spec.package} as package\n"
        "count = 0\n"
        "for info in pkgutil.walk_packages(package.__path__, package.__name__ + '.'):\n"
        "    importlib.import_module(info.name)\n"
        "    count += 1\n"
        "print(count)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], cwd=generated.project, capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert int(proc.stdout.strip()) > 0


def test_mypy_strict(generated: Generated) -> None:
    pytest.importorskip("mypy")
    cache = BUILD / ".mypy_cache" / generated.spec.name
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache), generated.spec.package],
        cwd=generated.project,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout[-5000:] + proc.stderr[-2000:]


def test_civis_names_follow_the_path_rule() -> None:
    civis = _generate(REAL_SPECS[0])
    mismatches = []
    for op in civis.report["operations"]:
        method, path = op["operation"].split(" ", 1)
        resource, name = civis_path_name(method, path)
        expected = f"client.{'.'.join(resource)}.{name}"
        if op["python"] != expected:
            mismatches.append(f"{op['operation']}: {op['python']} != {expected}")
    assert len(civis.report["operations"]) == 910
    assert mismatches == []


SEMANTIC_PATCH = "application/json; domain-model=launchdarkly.semanticpatch"


def test_semantic_patch_second_media_type_does_not_break_generation(tmp_path: Path) -> None:
    """LaunchDarkly's semantic patch media type next to JSON Patch: generated, JSON chosen, no skips."""
    from generator.pipeline import generate

    doc = {
        "openapi": "3.0.3",
        "info": {"title": "Flags", "version": "1"},
        "paths": {
            "/flags/{key}": {
                "patch": {
                    "operationId": "patchFlag",
                    "tags": ["Feature flags"],
                    "parameters": [{"name": "key", "in": "path", "required": True, "schema": {"type": "string"}}],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {"type": "array", "items": {"$ref": "#/components/schemas/PatchOperation"}}
                            },
                            SEMANTIC_PATCH: {"schema": {"$ref": "#/components/schemas/SemanticPatch"}},
                        },
                    },
                    "responses": {"200": {"description": "ok"}},
                }
            }
        },
        "components": {
            "schemas": {
                "PatchOperation": {
                    "type": "object",
                    "required": ["op", "path"],
                    "properties": {"op": {"type": "string"}, "path": {"type": "string"}, "value": {}},
                },
                "SemanticPatch": {
                    "type": "object",
                    "required": ["instructions"],
                    "properties": {
                        "comment": {"type": "string"},
                        "instructions": {"type": "array", "items": {"type": "object", "additionalProperties": True}},
                    },
                },
            }
        },
    }
    spec_file = tmp_path / "openapi.json"
    spec_file.write_text(json.dumps(doc), encoding="utf-8")
    config = config_from_dict(
        {"spec": "openapi.json", "package": "flags", "client": "C", "async_client": "AC", "naming": "tag"}
    )
    result = generate(spec_file, config, tmp_path / "out", stream=io.StringIO())
    assert result.report["skipped"] == []
    (operation,) = result.report["operations"]
    assert operation["python"] == "client.feature_flags.patch_flag"
    assert operation["body"]["content_type"] == "application/json"
    assert (tmp_path / "out" / "flags" / "models" / "semantic_patch.py").is_file()
