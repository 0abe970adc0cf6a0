"""generator/plan/model_fields.py: every model field gets an ASCII Python name that shadows nothing and is unique."""

from __future__ import annotations

from pathlib import Path

from openapi_python_client.parser.properties import ModelProperty

from generator.plan.parsed import text
from tests.unit._plans import json_body, json_response, plan_of, spec


def test_fields_named_like_model_code_locals_or_folding_to_ascii_get_distinct_names(tmp_path: Path) -> None:
    props = {name: {"type": "string"} for name in ("self", "\ufb01eld", "field", "d", "\u00fcber", "title")}
    doc = spec(
        {
            "/things": {
                "get": {"operationId": "get", "responses": json_response({"$ref": "#/components/schemas/Thing"})}
            }
        },
        {"Thing": {"type": "object", "properties": props}},
    )
    (op,) = plan_of(tmp_path, doc).operations
    model = op.success_responses[0].prop
    assert isinstance(model, ModelProperty)
    names = {text(p.name): str(p.python_name) for p in [*model.required_properties, *model.optional_properties]}
    assert names == {
        "self": "self_",
        "\ufb01eld": "field",
        "field": "field_",
        "d": "d_",
        "\u00fcber": "uber",
        "title": "title",
    }


def test_an_inline_body_model_is_sanitized_too(tmp_path: Path) -> None:
    body = {"type": "object", "properties": {"cls": {"type": "string"}, "name": {"type": "string"}}}
    doc = spec(
        {
            "/things": {
                "post": {
                    "operationId": "create",
                    "requestBody": json_body(body),
                    "responses": json_response({"type": "string"}),
                }
            }
        }
    )
    (op,) = plan_of(tmp_path, doc, body_style="whole").operations
    assert op.body is not None and isinstance(op.body.prop, ModelProperty)
    assert [str(p.python_name) for p in op.body.prop.optional_properties] == ["cls_", "name"]
