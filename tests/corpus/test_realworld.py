"""What real published specs do that stopped the generator, each as a small spec of our own in realworld/.

Each spec is generated with the CLI in-process (no sdk.yaml: the any-spec path); the package must
import, send a request from every method and pass `ruff check`, and the report must say what was
repaired or renamed. `--strict` keeps the old behaviour: any validation problem is exit 2.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.corpus._support import CORPUS, Run, check_exit_code, exercise, generate, python, ruff_check

REALWORLD = CORPUS / "realworld"


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Run]:
    out = tmp_path_factory.mktemp("realworld")
    return {spec.stem: generate(spec, out, spec.stem) for spec in sorted(REALWORLD.glob("*.yaml"))}


def _findings(run: Run) -> dict[str, tuple[str, str]]:
    assert run.report is not None
    return {f["pointer"]: (f["message"], f["action"]) for f in run.report.get("spec_findings", [])}


@pytest.mark.parametrize("name", sorted(p.stem for p in REALWORLD.glob("*.yaml")))
def test_generates_imports_and_calls_every_operation(name: str, runs: dict[str, Run], tmp_path: Path) -> None:
    run = runs[name]
    check_exit_code(run)
    assert run.code == 0, run.stderr
    ruff_check(run.project)
    summary = exercise(run, cwd=tmp_path)
    assert summary["methods"] == 2 * run.report["counts"]["operations_generated"]  # type: ignore[index]


def test_invalid_values_are_repaired_and_reported(runs: dict[str, Run]) -> None:
    run = runs["invalid_values"]
    findings = _findings(run)
    param = "/paths/~1almanacs~1{year}/get/parameters"
    assert findings[f"{param}/0/schema/example"] == ("'1999' is not of type 'integer'", "example dropped")
    assert findings[f"{param}/2/schema/default"] == ("'ten' is not of type 'integer'", "default dropped")
    message, action = findings[f"{param}/1/schema/pattern"]
    assert message.startswith("not a Python regular expression") and action == "dropped"
    assert findings[f"{param}/3/schema/enum"] == ("an empty enum admits no value", "enum dropped")
    assert findings["/components/schemas/Event/discriminator/mapping/meteor"][1] == "mapping entry dropped"
    assert findings["/components/schemas/Entry/properties/note/anyOf"][1] == "null variant removed, union made nullable"
    assert findings["/components/schemas/Entry/properties/sources"] == (
        "an array schema without `items`",
        "items: any value",
    )
    assert findings["/components/schemas/Entry/properties/tone/default"] == (
        "'warm' is not one of the enum values",
        "default dropped",
    )
    assert len(findings) == 8  # after the repairs the validator finds nothing else
    warnings = run.report["warnings"]  # type: ignore[index]
    assert f"{param}/0/schema/example: '1999' is not of type 'integer' (example dropped)" in warnings
    entry = (run.package_dir / "models" / "entry.py").read_text(encoding="utf-8")
    assert "    note: None | str | Unset = UNSET\n" in entry  # the `type: 'null'` variant became nullable
    assert "    sources: list[Any] | Unset = UNSET\n" in entry  # was: the model, and the answer, dropped


def test_strict_keeps_validation_fatal(tmp_path: Path) -> None:
    run = generate(REALWORLD / "invalid_values.yaml", tmp_path, "strict_values", "--strict")
    assert run.code == 2
    assert "Traceback" not in run.stderr
    errors = [line for line in run.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "invalid_values.yaml#/" in errors[0], run.stderr
    assert not run.project.exists()


def test_percent_encoded_refs_resolve(runs: dict[str, Run]) -> None:
    run = runs["percent_refs"]
    assert run.report is not None
    names = {op["operation"]: op for op in run.report["operations"]}
    unwatch = names["POST /vehicles/{vehicleId}/unwatch"]
    assert unwatch["returns"] == names["POST /vehicles/{vehicleId}/watch"]["returns"] == "WatchStatus"
    resource = (run.package_dir / "resources" / "vehicles.py").read_text(encoding="utf-8")
    assert "def unwatch_vehicle(\n        self,\n        vehicle_id: str," in resource


def test_colliding_method_names_are_told_apart(runs: dict[str, Run]) -> None:
    run = runs["colliding_names"]
    assert run.report is not None
    names = {op["operation"]: op["python"] for op in run.report["operations"]}
    assert names == {
        "POST /administration/model": "client.administration.post_model",
        "POST /administration/model/{entityId}": "client.administration.post_model_by_entity_id",
    }
    assert any("post_model_by_entity_id" in w and "POST /administration/model/{entityId}" in w
               for w in run.report["warnings"])  # fmt: skip


def test_colliding_method_names_with_a_config_stay_an_error(tmp_path: Path) -> None:
    spec = REALWORLD / "colliding_names.yaml"
    config = tmp_path / "sdk.yaml"
    config.write_text(
        f"spec: {spec}\npackage: registry\ndistribution: registry\nclient: Registry\nasync_client: AsyncRegistry\n"
        "naming: dotted\n",
        encoding="utf-8",
    )
    run = generate(spec, tmp_path, "registry", "--config", str(config))
    assert run.code == 2, run.stderr
    assert "post_model" in run.stderr and "overrides" in run.stderr
    assert "Traceback" not in run.stderr


def test_parts_the_parser_refuses_are_removed(runs: dict[str, Run]) -> None:
    run = runs["parser_rejects"]
    findings = _findings(run)
    assert findings["/paths/~1notes/get/parameters/0"] == (
        "openapi-python-client cannot read it: Field required",
        "removed",
    )
    assert findings["/components/schemas/Note/required"][1] == "removed"
    resource = (run.package_dir / "resources" / "notes.py").read_text(encoding="utf-8")
    assert "sort: str | Unset = UNSET," in resource  # the nameless parameter is gone, its sibling kept


def test_parser_refusals_under_strict_are_one_line(tmp_path: Path) -> None:
    spec = tmp_path / "broken.yaml"
    spec.write_text((REALWORLD / "parser_rejects.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    run = generate(spec, tmp_path / "out", "broken", "--strict")
    assert run.code == 2
    assert "Traceback" not in run.stderr and "validation error" not in run.stderr
    assert len([line for line in run.stderr.splitlines() if line.startswith("error:")]) == 1


def test_wildcard_media_types_become_json_or_bytes(runs: dict[str, Run]) -> None:
    run = runs["swagger2_wildcards"]
    assert run.report is not None
    ops = {op["operation"]: op for op in run.report["operations"]}
    assert ops["POST /records"]["body"]["content_type"] == "application/json"
    assert ops["POST /records"]["returns"] == "Record"
    assert ops["PUT /records/{id}/blob"]["body"]["kind"] == "binary"
    assert ops["PUT /records/{id}/blob"]["returns"] == "File"


def test_annotated_refs_keep_the_shared_type(runs: dict[str, Run]) -> None:
    """`allOf: [{$ref: CrateId}, {description}]`: the property is the referenced type, not a failed model."""
    run = runs["annotated_refs"]
    crate = (run.package_dir / "models" / "crate.py").read_text(encoding="utf-8")
    assert "    id: str\n" in crate and "    source: CrateSource | Unset = UNSET\n" in crate
    assert not (run.package_dir / "models" / "crate_source_2.py").exists()
    assert not [s for s in run.report["skipped"] if s["kind"] == "schema"]  # type: ignore[index]


def test_duplicate_inline_model_names_are_told_apart(runs: dict[str, Run]) -> None:
    run = runs["duplicate_models"]
    assert run.report is not None
    ops = {op["operation"]: op for op in run.report["operations"]}
    assert ops["GET /items"]["returns"] == "ListItemsResponse200"
    assert ops["GET /items/all"]["returns"] == "ListItems2Response200"  # was None: the answer was dropped
    assert ops["GET /boxes"]["returns"] == "Box"
    box = (run.package_dir / "models" / "box.py").read_text(encoding="utf-8")
    assert "    lid: BoxLid2 | Unset = UNSET\n" in box and "    label: BoxLid | Unset = UNSET\n" in box
    assert not run.report["skipped"] and not run.report["warnings"]


def test_xml_requests_go_as_text_when_answers_are_xml_too(runs: dict[str, Run]) -> None:
    run = runs["xml_both_ways"]
    assert run.report is not None
    [op] = run.report["operations"]
    assert op["body"] == {"content_type": "text/xml", "flattened": False, "kind": "text"}  # a str, or the bytes
    assert not run.report["skipped"]  # was: "Unsupported content type text/xml"


def test_nullable_components_are_generated_once(runs: dict[str, Run]) -> None:
    """A `nullable: true` component object keeps its model and its nullability (was: dropped, imports broke)."""
    run = runs["nullable_components"]
    assert run.report is not None
    assert not run.report["skipped"]  # was: "Attempted to generate duplicate models with name KennelDogCollar"
    ops = {op["operation"]: op for op in run.report["operations"]}
    assert ops["GET /dogs/{dog_id}"]["returns"] == "KennelDog | None"
    models = run.package_dir / "models"
    assert (models / "kennel_dog.py").is_file() and (models / "kennel_dog_collar.py").is_file()
    walk = (models / "walk.py").read_text(encoding="utf-8")
    assert "    dog: KennelDog | None | Unset = UNSET\n" in walk
    assert "    companions: list[KennelDog | None] | Unset = UNSET\n" in walk
    assert "    either: KennelDog | None | str | Unset = UNSET\n" in walk


def test_converted_specs_headers_and_inline_literals(runs: dict[str, Run]) -> None:
    """Path-level headers beside a flattened body kept its inline `Literal[...]` import (ruff F821 before),
    and a `Content-Type` header parameter is ignored as OpenAPI says (it was set twice, ruff F601)."""
    run = runs["converted_headers"]
    pipelines = (run.package_dir / "resources" / "pipelines.py").read_text(encoding="utf-8")
    assert "from typing import Any, Literal\n" in pipelines
    assert '        source_type: Literal["Meeting"] = "Meeting",\n' in pipelines
    screen = (run.package_dir / "resources" / "screen.py").read_text(encoding="utf-8")
    assert screen.count('"Content-Type"') == 2 and "content_type" not in screen  # sync and async, from the body
    assert run.report is not None
    changes = [c for c in run.report["normalizations"] if c["transform"] == "content_type_parameters"]
    assert [c["pointer"] for c in changes] == ["/paths/~1screen~1text/post/parameters/0"]
    metrics = (run.package_dir / "resources" / "metrics.py").read_text(encoding="utf-8")
    assert metrics.count('"Accept": accept or "application/x-ndjson",') == 2  # the spec's Accept, once (F601)


def test_autorest_subtypes_are_kept_and_decoded_by_value(runs: dict[str, Run]) -> None:
    """Subtypes naming their value with `x-ms-discriminator-value` under a base whose tag is a named enum
    (Azure's Service Fabric spec: 93 schemas) were dropped ("can't redefine a literal enum property")."""
    run = runs["azure_subtypes"]
    assert run.report is not None and not run.report["skipped"]
    package = run.package_dir.name
    probe = (
        "import httpx\n"
        f"from {package}.resources.backups import _parse_list_backups\n"
        'body = b\'[{"Kind": "Application", "ApplicationName": "a"}, {"Kind": "Partition", "PartitionId": "p"}]\'\n'
        "items = _parse_list_backups(httpx.Response(200, content=body))\n"
        "print([type(i).__name__ for i in items])\n"
    )
    result = python("-c", probe, cwd=run.project)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["['ApplicationBackup',", "'PartitionBackup']"]


def test_tags_declared_in_an_inline_allof_part_are_narrowed_there(runs: dict[str, Run]) -> None:
    """Narrowing a tag by adding an allOf part gave the parser two enums of one name that disagree ("Found
    conflicting enums named ..."); the variants and the operation were dropped."""
    run = runs["inline_tags"]
    assert run.report is not None and not run.report["skipped"]
    grant = (run.package_dir / "models" / "grant_refresh_token.py").read_text(encoding="utf-8")
    assert '    grant_type: Literal["refresh_token"] = "refresh_token"\n' in grant  # the default outside it dropped


def test_module_names_the_parser_concatenates_are_cut_with_a_hash(runs: dict[str, Run]) -> None:
    """Nested titled inline objects: module names over 100 characters are cut and hashed (a 255-byte name
    was refused by the file system); the class names stay whole."""
    run = runs["long_inline_names"]
    assert run.report is not None and not run.report["skipped"]
    modules = [p.stem for p in (run.package_dir / "models").glob("*.py")]
    assert max(len(m) for m in modules) <= 100
    long = [m for m in modules if len(m) == 100]
    assert long and all(re.fullmatch(r"\w+_[0-9a-f]{8}", m) for m in long)
    text = "".join((run.package_dir / "models" / f"{m}.py").read_text(encoding="utf-8") for m in long)
    assert "Calibration" in text  # the class keeps its full name


def test_bracketed_array_parameters_beside_their_scalar_form_are_both_sent(runs: dict[str, Run]) -> None:
    """`segment` and `segment[]`: one Python name to the parser, which skipped the operation (82 operations
    of one APIs.guru spec). The bracketed one is `segment_list`, sent as `segment[]`."""
    run = runs["bracketed_params"]
    assert run.report is not None and not run.report["skipped"] and not run.report["dropped"]
    package = run.package_dir.name
    probe = (
        "import httpx\n"
        f"from {package} import BracketedParams\n"
        "seen = []\n"
        "def handler(request):\n"
        "    seen.append(str(request.url))\n"
        "    return httpx.Response(200, json=[])\n"
        "client = BracketedParams(base_url='http://t', httpx_client=httpx.Client(transport=httpx.MockTransport(handler)))\n"
        "client.alarms.list_alarms(segment='a', segment_list=['b', 'c'])\n"
        "print(seen[0])\n"
    )
    result = python("-c", probe, cwd=run.project)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip() == "http://t/alarms?segment=a&segment%5B%5D=b&segment%5B%5D=c"


def test_answers_typed_with_a_dropped_model_are_left_out_not_the_operation(runs: dict[str, Run]) -> None:
    """Increase's API: every error answer is a union the parser drops a variant of after typing the
    operations with it; the answer is left out (an `ApiError` with the raw body), the operation kept."""
    run = runs["union_error_answers"]
    assert run.report is not None
    assert [op["operation"] for op in run.report["operations"]] == ["GET /accounts"]
    assert [s["kind"] for s in run.report["skipped"]] == ["schema"]
    assert (
        "GET /accounts: response default left out: its type needs error_type_1, which the parser dropped"
        in (run.report["warnings"])
    )


def test_a_model_named_like_a_resource_class_renames_the_resource_class(runs: dict[str, Run]) -> None:
    """`WebResourceResource` the schema and the `web_resource` resource's class in one module (ruff F811)."""
    run = runs["resource_named_models"]
    module = (run.package_dir / "resources" / "web_resource.py").read_text(encoding="utf-8")
    assert "from ..models.web_resource_resource import WebResourceResource\n" in module
    assert "\nclass WebResourceOperations:\n" in module and "\nclass AsyncWebResourceOperations:\n" in module
    assert run.report is not None
    assert (
        "resource class WebResourceResource is named WebResourceOperations: a model has the name"
        in (run.report["warnings"])
    )
