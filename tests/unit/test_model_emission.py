"""Which models get a module (generator/plan/emission.py), and how model and resource code is tidied
(generator/render.py: empty statements, builtin names shadowed by methods)."""

from __future__ import annotations

import copy
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import yaml

from generator.config import config_from_dict
from generator.pipeline import generate
from generator.plan import emission
from generator.plan.calls import shadowed_builtins
from generator.render import drop_empty_statements

SPEC = Path(__file__).resolve().parents[1] / "corpus" / "unseen" / "model_layer.yaml"
CONFIG = config_from_dict(
    {"spec": SPEC.name, "package": "model_layer", "client": "C", "async_client": "AC", "naming": "dotted"}
)


@pytest.fixture(scope="module")
def plan() -> Any:
    return generate(SPEC, CONFIG, None).plan


def _parse(doc: dict[str, Any]) -> Any:
    """openapi-python-client's parse of a spec, as the plan stage gets it."""
    from generator.pipeline import _openapi_python_client_config, _parse

    return _parse(doc, _openapi_python_client_config(CONFIG, Path("unused"), str(SPEC)), str(SPEC))


def _classes(data: Any) -> set[str]:
    return {str(c.class_info.name) for c in [*data.models, *data.enums]}


def test_single_value_enums_outside_components_are_inlined(plan: Any) -> None:
    inlined = {(i.name, i.value) for i in plan.models.inlined}
    assert inlined == {
        ("CircleKind", "circle"),  # discriminator tags
        ("SquareKind", "square"),
        ("SquareUnit", "cm"),  # a model property
        ("ShapesListMode", "fast"),  # a query parameter
        ("ShapesListXApiVersion", "beta"),  # a required header the SDK sends itself
    }
    listing = next(op for op in plan.operations if op.name == "list")
    assert [p.type_string for p in listing.keyword_params] == ['Literal["fast"] | Unset', "Version | Unset"]
    assert not any("models." in line and "_kind import" in line for line in listing.endpoint.relative_imports)


def test_component_schemas_keep_their_module_even_unused_or_single_valued(plan: Any) -> None:
    assert plan.models.emitted == 6
    assert "Version" in plan.models.public and not any(i.name == "Version" for i in plan.models.inlined)
    assert "Legacy" in plan.models.public and plan.models.omitted == []


def test_inline_schemas_no_generated_operation_reaches_are_omitted_and_reported() -> None:
    doc = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    doc["paths"]["/reports"] = {
        "get": {
            "operationId": "reports.get",
            "responses": {
                "200": {
                    "description": "A report.",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": {"state": {"type": "string", "enum": ["open", "closed"]}},
                            }
                        }
                    },
                }
            },
        }
    }
    data = _parse(copy.deepcopy(doc))
    models = emission.inline_literals(data, doc)
    assert {"ReportsGetResponse200", "ReportsGetResponse200State"} <= _classes(data)
    generated = [e for c in data.endpoint_collections_by_tag.values() for e in c.endpoints if e.name != "reports_get"]

    emission.omit_unreachable(data, generated, models)

    assert [(o.name, o.module) for o in models.omitted] == [
        ("ReportsGetResponse200", "reports_get_response_200"),
        ("ReportsGetResponse200State", "reports_get_response_200_state"),
    ]
    assert all("no generated operation" in o.reason for o in models.omitted)
    assert _classes(data) == {"Circle", "Legacy", "Settings", "Square", "Version"}  # not normalized here
    assert models.report()["omitted"][0] == {
        "name": "ReportsGetResponse200",
        "module": "reports_get_response_200",
        "reason": models.omitted[0].reason,
    }


def test_a_titled_component_is_public_under_its_title() -> None:
    doc = {"components": {"schemas": {"thing": {"title": "Widget Spec", "type": "object"}, "plain_name": {}}}}
    assert emission.public_class_names(doc) == {"WidgetSpec", "PlainName"}


def test_generated_model_reads_an_inline_literal_by_the_decoding_policy(tmp_path: Path) -> None:
    import importlib
    import sys

    generate(SPEC, CONFIG, tmp_path / "model_layer")
    sys.path.insert(0, str(tmp_path / "model_layer"))
    try:
        square = importlib.import_module("model_layer.models.square")
        parsed = square.Square.from_dict({"kind": "square", "side": 2, "unit": "cm"})
        assert (parsed.kind, parsed.unit, parsed.to_dict()) == (
            "square",
            "cm",
            {"kind": "square", "side": 2, "unit": "cm"},
        )
        assert square.Square.from_dict({"kind": "circle", "side": 2}).kind == "circle"  # lenient: kept
        decode = importlib.import_module("model_layer._core._decode")
        with decode.decoding(strict=True), pytest.raises(decode.Mismatch, match="/kind: expected 'square'"):
            square.Square.from_dict({"kind": "circle", "side": 2})
        assert not (tmp_path / "model_layer" / "model_layer" / "models" / "square_kind.py").exists()
    finally:
        sys.path.remove(str(tmp_path / "model_layer"))
        for name in [m for m in sys.modules if m == "model_layer" or m.startswith("model_layer.")]:
            del sys.modules[name]


def test_empty_update_statements_are_dropped() -> None:
    code = "        field_dict: dict[str, Any] = {}\n        field_dict.update({\n\n        })\n        return field_dict\n"
    assert drop_empty_statements(code) == "        field_dict: dict[str, Any] = {}\n        return field_dict\n"
    kept = '        field_dict.update({\n            "a": a,\n        })\n'
    assert drop_empty_statements(kept) == kept


def test_builtin_names_are_qualified_only_after_a_method_binds_them() -> None:
    ops = [SimpleNamespace(key=k, name=n) for k, n in (("A", "create"), ("B", "list"), ("C", "get"), ("D", "type"))]
    resource = SimpleNamespace(operations=ops, children={})

    before, after = shadowed_builtins(resource, None, [])  # type: ignore[arg-type]

    assert before == {"A": [], "B": [], "C": ["list"], "D": ["list"]}
    assert after == ["list", "type"]  # long-running operations and coroutine twins come after
    child = SimpleNamespace(operations=ops[:1], children={"dict": object()})
    assert shadowed_builtins(child, "set", ["tuple"]) == (  # type: ignore[arg-type]
        {"A": ["dict", "set"]},
        ["dict", "set", "tuple"],
    )
