"""generator/plan/wire_names.py: the table that lets model dicts use Python or wire names, at any depth."""

from __future__ import annotations

from pathlib import Path

from openapi_python_client.parser.properties import ModelProperty

from generator.plan.wire_names import wire_name_table
from tests.unit._plans import json_response, plan_of, spec

OWNER = {"type": "object", "properties": {"name": {"type": "string"}}}


def test_renamed_fields_and_nested_models_are_listed_per_class(tmp_path: Path) -> None:
    ref = {"$ref": "#/components/schemas/Owner"}
    pet = {
        "type": "object",
        "properties": {
            "petName": {"type": "string"},
            "owner": ref,
            "previousOwners": {"type": "array", "items": ref},
            "keeper": {"oneOf": [ref, {"$ref": "#/components/schemas/Shelter"}]},
            "age": {"type": "integer"},
        },
    }
    schemas = {"Pet": pet, "Owner": OWNER, "Shelter": {"type": "object", "properties": {"city": {"type": "string"}}}}
    doc = spec(
        {"/pets": {"get": {"operationId": "get", "responses": json_response({"$ref": "#/components/schemas/Pet"})}}},
        schemas,
    )
    (op,) = plan_of(tmp_path, doc).operations
    model = op.success_responses[0].prop
    assert isinstance(model, ModelProperty)
    table = wire_name_table([model])
    assert list(table) == ["Pet"]
    renames, nested, fixed = table["Pet"]
    assert renames == {"pet_name": "petName", "previous_owners": "previousOwners"}
    assert nested == {"keeper": ["Owner", "Shelter"], "owner": "Owner", "previousOwners": "Owner"}
    assert fixed == {}


def test_a_model_with_nothing_to_translate_is_left_out(tmp_path: Path) -> None:
    doc = spec({"/owners": {"get": {"operationId": "get", "responses": json_response({"$ref": "#/components/schemas/Owner"})}}},
               {"Owner": OWNER})  # fmt: skip
    (op,) = plan_of(tmp_path, doc).operations
    model = op.success_responses[0].prop
    assert isinstance(model, ModelProperty)
    assert wire_name_table([model]) == {}
