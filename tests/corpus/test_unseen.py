"""Unseen-spec corpus: small specs of our own exercising what real public specs do.

Each spec in unseen/ is generated with the CLI in-process; the package must import, every operation
must send a request, `ruff check` and `mypy --strict` must pass, and the output must equal
golden/<name>/ byte for byte (refresh with `python -m tests.corpus.refresh`). Specs in rejected/ must
stop with one clear error (exit 2). A ~1,200-operation spec built here checks scaling.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.corpus._support import (
    GOLDEN,
    REJECTED,
    UNSEEN,
    Run,
    check_exit_code,
    exercise,
    generate,
    golden_view,
    large_spec,
    mypy_strict,
    ruff_check,
    specs,
)
from tests.tools.golden import compare_trees

UNSEEN_SPECS = specs(UNSEEN)
NAMES = [p.stem for p in UNSEEN_SPECS]
LARGE_OPERATIONS = 1200


@pytest.fixture(scope="session")
def unseen_runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Run]:
    out = tmp_path_factory.mktemp("unseen")
    return {spec.stem: generate(spec, out, spec.stem) for spec in UNSEEN_SPECS}


@pytest.fixture(scope="session")
def large_run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    folder = tmp_path_factory.mktemp("large")
    spec = folder / "large.json"
    spec.write_text(json.dumps(large_spec(LARGE_OPERATIONS)), encoding="utf-8")
    return generate(spec, folder / "out", "large")


def test_corpus_covers_the_brief() -> None:
    assert len(UNSEEN_SPECS) >= 8
    text = "\n".join(p.read_text(encoding="utf-8") for p in UNSEEN_SPECS)
    for needle in ('swagger: "2.0"', "in: formData", 'type: [string, "null"]', "const:", "allOf:", "options:", "application/xml",
                   "application/x-www-form-urlencoded", "text/csv", "application/vnd.api+json",
                   "fooBar", "foo_bar", '"1.0"', '"-"', '"a b"', "{class}", "{from}"):  # fmt: skip
        assert needle in text, needle


@pytest.mark.parametrize("name", NAMES)
def test_generates_imports_and_calls_every_operation(name: str, unseen_runs: dict[str, Run], tmp_path: Path) -> None:
    run = unseen_runs[name]
    check_exit_code(run)
    ruff_check(run.project)
    summary = exercise(run, cwd=tmp_path)
    assert summary["methods"] == 2 * run.report["counts"]["operations_generated"]  # type: ignore[index]


@pytest.mark.parametrize("name", NAMES)
def test_matches_golden(name: str, unseen_runs: dict[str, Run], tmp_path: Path) -> None:
    run = unseen_runs[name]
    assert (GOLDEN / name).is_dir(), f"no golden/{name}; run `python -m tests.corpus.refresh`"
    diffs = compare_trees(golden_view(run.project, name, tmp_path / name), GOLDEN / name, f"corpus/{name}")
    assert not diffs, (
        "corpus output changed; if intended run `python -m tests.corpus.refresh`:\n" + "".join(diffs)[:20000]
    )


def test_mypy_strict_on_every_output(
    unseen_runs: dict[str, Run], large_run: Run, tmp_path_factory: pytest.TempPathFactory
) -> None:
    runs = [r for r in [*unseen_runs.values(), large_run] if r.code in (0, 1)]
    mypy_strict([r.package_dir for r in runs], tmp_path_factory.mktemp("mypy"))


def test_large_spec_scales(large_run: Run, tmp_path: Path) -> None:
    run = large_run
    assert run.code == 0, run.stderr
    assert run.report is not None
    assert run.report["counts"]["operations_generated"] == LARGE_OPERATIONS
    ruff_check(run.project)
    exercise(run, cwd=tmp_path)


def _python_names(run: Run) -> dict[str, str]:
    assert run.report is not None
    return {op["operation"]: op["python"] for op in run.report["operations"]}


def test_what_the_corpus_specs_become(unseen_runs: dict[str, Run]) -> None:
    media = unseen_runs["media_types"]
    names = _python_names(media)
    assert names["OPTIONS /reports"] == "client.reports.options"
    assert names["HEAD /reports"] == "client.reports.head"
    assert "POST /login" in names and "POST /articles" in names
    bodies = {op["operation"]: op["body"] for op in media.report["operations"]}  # type: ignore[index]
    assert bodies["POST /login"]["kind"] == "form"
    assert bodies["POST /articles"]["content_type"] == "application/vnd.api+json"
    assert bodies["POST /legacy/orders"] == {"content_type": "application/xml", "flattened": False, "kind": "text"}
    assert bodies["POST /notes"] == {"content_type": "text/plain", "flattened": False, "kind": "text"}
    assert media.code == 1 and [s["what"] for s in media.report["skipped"]] == ["POST /drafts"]  # type: ignore[index]
    returns = {op["operation"]: op["returns"] for op in media.report["operations"]}  # type: ignore[index]
    assert returns["GET /reports"] == "str"  # text/csv
    assert returns["GET /images/{imageId}"] == "File"  # image/png: the bytes, not None
    assert not media.report["warnings"]  # type: ignore[index]

    # Swagger 2.0: formData becomes a form body, a `file` formData parameter a multipart body.
    swagger = unseen_runs["swagger2_formdata"]
    assert swagger.report["source_format"] == "swagger-2.0"  # type: ignore[index]
    bodies = {op["operation"]: op["body"] for op in swagger.report["operations"]}  # type: ignore[index]
    assert bodies["POST /pets/{petId}/form"]["kind"] == "form"
    assert bodies["POST /pets/{petId}/photo"]["kind"] == "multipart"

    # XML listed before JSON: JSON is still what the SDK sends and parses; XML-only answers are bytes.
    quirks = unseen_runs["swagger2_quirks"]
    ops = {op["operation"]: op for op in quirks.report["operations"]}  # type: ignore[index]
    assert ops["GET /items"]["returns"] == "list[Item]"
    assert ops["PUT /items"]["body"]["content_type"] == "application/json"
    assert ops["GET /items/{id}/xml"]["returns"] == ops["GET /items/{id}/file"]["returns"] == "File"

    # No operationIds: names come from the method and the path, and are unique.
    names = _python_names(unseen_runs["no_operation_ids"])
    assert len(set(names.values())) == len(names) == 7
    # Names that only collide after snake_casing: distinct operations, distinct arguments.
    names = _python_names(unseen_runs["name_collisions"])
    assert names["GET /items"] != names["GET /items/all"]
    assert names["GET /things"] == "client.things.list_things"  # a repeated operationId gets a number
    assert names["GET /others/things"] == "client.others.list_things_2"
    search = (unseen_runs["name_collisions"].package_dir / "resources" / "search.py").read_text(encoding="utf-8")
    for wire in ('"fooBar"', '"foo_bar"', '"foo-bar"'):
        assert wire in search
    # Python keywords as path parameters.
    keywords = (unseen_runs["keywords"].package_dir / "resources" / "classes.py").read_text(encoding="utf-8")
    assert "class_: str" in keywords and "from_: int" in keywords


@pytest.mark.parametrize("spec", specs(REJECTED), ids=lambda p: p.stem)
def test_colliding_operation_names_are_one_clear_error(spec: Path, tmp_path: Path) -> None:
    """With an sdk.yaml, a name collision is the author's to settle (without one, see test_realworld)."""
    config = tmp_path / "sdk.yaml"
    config.write_text(
        f"spec: {spec}\npackage: {spec.stem}\ndistribution: x\nclient: X\nasync_client: AsyncX\nnaming: dotted\n",
        encoding="utf-8",
    )
    run = generate(spec, tmp_path, spec.stem, "--config", str(config))
    assert run.code == 2, run.stderr
    assert "Traceback" not in run.stderr
    errors = [line for line in run.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, run.stderr
    assert "/paths/~1a/get" in errors[0] and "/paths/~1b/get" in errors[0]
    assert not run.project.exists()


def test_colliding_parameters_each_reach_the_wire(unseen_runs: dict[str, Run]) -> None:
    """`fooBar`/`foo_bar` query, `foo-bar` header and `FOO_BAR` cookie: four arguments, four wire values."""
    from tests.corpus._support import python

    probe = (
        "import json, httpx\n"
        "from name_collisions import NameCollisions\n"
        "seen = []\n"
        "def handler(request):\n"
        "    seen.append({'url': str(request.url), 'header': request.headers.get('foo-bar'),\n"
        "                 'cookie': request.headers.get('cookie')})\n"
        "    return httpx.Response(200, json={})\n"
        "client = NameCollisions(base_url='http://t', httpx_client=httpx.Client(transport=httpx.MockTransport(handler)))\n"
        "client.search.run(foo_bar='1', foo_bar_query='2', foo_bar_header='3', foo_bar_cookie='4')\n"
        "print(json.dumps(seen[0]))\n"
    )
    result = python("-c", probe, cwd=unseen_runs["name_collisions"].project)
    assert result.returncode == 0, result.stderr[-3000:]
    sent = json.loads(result.stdout)
    assert sent["url"] == "http://t/search?fooBar=1&foo_bar=2"
    assert sent["header"] == "3"
    assert sent["cookie"] == "FOO_BAR=4"


def test_defaults_without_config_or_name(tmp_path: Path) -> None:
    """No sdk.yaml and no --name: names from the title, auth from securitySchemes plus <PACKAGE>_TOKEN."""
    import contextlib
    import io

    from generator import cli

    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = cli.main(["generate", str(UNSEEN / "swagger2_formdata.yaml"), "--out", str(tmp_path / "sdk")])
    assert code == 0, err.getvalue()
    client = (tmp_path / "sdk" / "two_pets" / "_client.py").read_text(encoding="utf-8")  # "Swagger Two Pets"
    assert "class TwoPets:" in client and "class AsyncTwoPets:" in client
    assert '"TWO_PETS_TOKEN"' in client and '"X-API-Key"' in client
    assert 'name = "two-pets-sdk"' in (tmp_path / "sdk" / "pyproject.toml").read_text(encoding="utf-8")
    assert err.getvalue().splitlines()[-1].endswith(f"package two_pets into {tmp_path / 'sdk'}, no operation skipped")


@pytest.mark.parametrize(("spec", "code"), [("swagger2_formdata", 0), ("media_types", 1)])
def test_check_plans_without_writing(spec: str, code: int, tmp_path: Path) -> None:
    import contextlib
    import io

    from generator import cli

    err = io.StringIO()
    report = tmp_path / "report.json"
    with contextlib.redirect_stderr(err):
        assert cli.main(["generate", str(UNSEEN / f"{spec}.yaml"), "--check", "--report", str(report)]) == code
    summary = err.getvalue()
    assert " operations, " in summary and " resources, " in summary and " paginated, auth " in summary
    assert json.loads(report.read_text(encoding="utf-8"))["counts"]["operations_in_spec"] > 0
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]
    if code == 1:
        assert "SKIPPED POST /drafts (/paths/~1drafts/post)" in summary
