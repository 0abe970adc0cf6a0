"""Hostile-spec corpus: a spec is untrusted input.

hostile/injection.yaml and hostile/shadowing.yaml put code-shaped text everywhere the generator copies
text into Python (titles, descriptions, parameter and property names, defaults, examples, enum values,
server URLs, x- extensions, security scheme names) and names that shadow builtins and the SDK's own
modules. `CANARY_PATH` in a spec is replaced by a temporary file path and `LONG_STRING` by 100,000
characters: if any payload ran while generating, importing, or calling every operation against a mock
transport, the canary file would appear. The other specs (and a 500-deep `$ref` chain and 300-deep
inline nesting built here) must end with one clear error, exit 2, in bounded memory; a run that hangs is killed (a hang guard;
speed is measured by `nox -s bench`, never here).
"""

from __future__ import annotations

import json
import resource
import sys
from pathlib import Path

import pytest

from tests.corpus._support import (
    HANG_GUARD_SECONDS,
    HOSTILE,
    ROOT,
    check_exit_code,
    exercise,
    generate,
    mypy_strict,
    python,
    ruff_check,
)

GENERATED = ["injection", "shadowing", "long_names", "reserved_names"]
REFUSED = ["cyclic_alias", "self_alias", "billion_laughs", "laughs_under_limit", "deep_ref_chain", "deep_nesting"]
LONG = "L" * 100_000
MEMORY_LIMIT = 2 * 1024**3  # address space for the generator process


def materialise(name: str, folder: Path, canary: Path) -> Path:
    """Write the hostile spec `name` into `folder` with the canary path and the long string filled in."""
    folder.mkdir(parents=True, exist_ok=True)
    if name == "deep_ref_chain":  # S0 → S1 → ... → S500, each only a $ref to the next
        schemas = {f"S{i}": {"$ref": f"#/components/schemas/S{i + 1}"} for i in range(500)}
        schemas["S500"] = {"type": "string"}
        doc = _doc({"$ref": "#/components/schemas/S0"}, schemas)
    elif name == "long_names":  # 100,000-character schema, property, parameter, tag and operation names
        schema = {"type": "object", "title": LONG, "properties": {LONG: {"type": "object", "properties": {
            "x": {"type": "string", "enum": [LONG, "b"]}}}}}  # fmt: skip
        doc = _doc({"$ref": f"#/components/schemas/{LONG}"}, {LONG: schema})
        get = doc["paths"]["/x"]["get"]  # type: ignore[index]
        get.update({"operationId": f"{LONG}.{LONG}", "tags": [LONG], "description": LONG,
                    "parameters": [{"name": LONG, "in": "query", "schema": {"type": "string", "enum": ["a", LONG]}}]})  # fmt: skip
    elif name == "deep_nesting":  # an inline object nested 300 levels deep
        schema: dict[str, object] = {"type": "string"}
        for _ in range(300):
            schema = {"type": "object", "properties": {"n": schema}}
        doc = _doc(schema, {})
    else:
        text = (HOSTILE / f"{name}.yaml").read_text(encoding="utf-8")
        path = folder / f"{name}.yaml"
        path.write_text(text.replace("CANARY_PATH", str(canary)).replace("LONG_STRING", LONG), encoding="utf-8")
        return path
    path = folder / f"{name}.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def _doc(schema: object, schemas: dict[str, object]) -> dict[str, object]:
    ok = {"description": "ok", "content": {"application/json": {"schema": schema}}}
    return {
        "openapi": "3.0.3",
        "info": {"title": "Deep", "version": "1"},
        "paths": {"/x": {"get": {"operationId": "x.get", "responses": {"200": ok}}}},
        "components": {"schemas": schemas},
    }


def test_hostile_specs_use_every_vector() -> None:
    text = (HOSTILE / "injection.yaml").read_text(encoding="utf-8")
    for needle in ('\\"\\"\\"', "'''", "\\\\", "\\n", "__import__('os').system", "{__import__", "рrint", "ﬁeld",
                   "LONG_STRING", "servers:", "x-rate-limit", "default:", "example:", "enum:", "securitySchemes"):  # fmt: skip
        assert needle in text, needle
    shadowing = (HOSTILE / "shadowing.yaml").read_text(encoding="utf-8")
    for name in ("core", "types", "models", "httpx", "self", "request_options", "builtins"):
        assert f"{name}." in shadowing or f"name: {name}," in shadowing, name


@pytest.mark.parametrize("name", GENERATED)
def test_hostile_text_never_runs(name: str, tmp_path: Path) -> None:
    canary = tmp_path / "canary"
    spec = materialise(name, tmp_path / "spec", canary)
    run = generate(spec, tmp_path / "out", name)
    check_exit_code(run)
    assert not canary.exists(), "a payload ran while generating"
    ruff_check(run.project)
    exercise(run, cwd=tmp_path)
    assert not canary.exists(), "a payload ran while importing or calling the SDK"
    mypy_strict([run.package_dir], tmp_path / "mypy-cache")
    assert not canary.exists()
    _check_doc_snippets(run.project)


_DANGEROUS_CALLS = {"__import__", "exec", "eval", "open", "compile", "system"}


def _check_doc_snippets(project: Path) -> None:
    """Python blocks in the generated Markdown compile, and hostile text in them stays inside strings."""
    import ast
    import re

    for doc in sorted(project.glob("*.md")):
        for block in re.findall(r"```python\n(.*?)```", doc.read_text(encoding="utf-8"), re.S):
            tree = ast.parse(block)  # a SyntaxError here means text escaped its string
            for node in ast.walk(tree):
                if isinstance(node, ast.Call):
                    func = node.func
                    name = (
                        func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
                    )
                    assert name not in _DANGEROUS_CALLS, f"{doc.name}: a spec string became code: {ast.unparse(node)}"


def test_shadowing_names_are_renamed_not_refused(tmp_path: Path) -> None:
    spec = materialise("shadowing", tmp_path / "spec", tmp_path / "canary")
    run = generate(spec, tmp_path / "out", "shadowing")
    assert run.code == 0, run.stderr
    names = {op["operation"]: op["python"] for op in run.report["operations"]}  # type: ignore[index]
    assert names["POST /tickets/{id}/close"] == "client.tickets.close"  # resources have no close()
    assert names["GET /tickets/{id}/raw"] == "client.tickets.with_raw_response_"
    assert names["GET /close"] == "client.close_.cached_property_"  # the client's close() stays
    assert names["GET /builtins"] == "client.builtins_.list"
    assert names["GET /core"] == "client.core.types"


def test_hostile_text_stays_data(tmp_path: Path) -> None:
    """Server URLs, titles and enum values come out of the SDK exactly as the spec wrote them."""
    import yaml

    canary = tmp_path / "canary"
    spec = materialise("injection", tmp_path / "spec", canary)
    doc = yaml.safe_load(spec.read_text(encoding="utf-8"))
    run = generate(spec, tmp_path / "out", "injection")
    probe = (
        "import json, typing, injection\n"
        "from injection.environment import InjectionEnvironment\n"
        "from injection.models import Title  # the Evil schema, named from its title\n"
        "from injection.models.title_kind import TitleKind\n"
        "print(json.dumps({'urls': [e.value for e in InjectionEnvironment], 'doc': injection.__doc__,\n"
        "  'kinds': list(typing.get_args(TitleKind)), 'model': Title.__doc__}))\n"
    )
    result = python("-c", probe, cwd=run.project)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout)
    assert seen["urls"][0] == doc["servers"][0]["url"].rstrip("/")
    assert doc["info"]["title"] in seen["doc"]
    assert sorted(seen["kinds"]) == sorted(doc["components"]["schemas"]["Evil"]["properties"]["kind"]["enum"])
    assert '"""' in seen["model"] and "__import__('os').system('touch " + str(canary) in seen["model"]  # as text
    assert not canary.exists()


@pytest.mark.parametrize("name", REFUSED)
def test_refused_with_one_clear_error_in_bounded_memory(name: str, tmp_path: Path) -> None:
    spec = materialise(name, tmp_path / "spec", tmp_path / "canary")
    out = tmp_path / "out"

    def limit_memory() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))

    import subprocess

    result = subprocess.run(
        [sys.executable, "-m", "generator", "generate", str(spec), "--out", str(out), "--name", "x"],
        cwd=ROOT, capture_output=True, text=True, timeout=HANG_GUARD_SECONDS, preexec_fn=limit_memory, check=False,
    )  # fmt: skip
    assert result.returncode == 2, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, result.stderr[-3000:]
    assert str(spec) in errors[0]
    assert not out.exists()
