"""Normalize-stage transformations, each on a small inline spec."""

from __future__ import annotations

import copy
from typing import Any

from generator.normalize import TRANSFORMS, normalize
from generator.normalize.enums import dedupe_enum_values
from generator.normalize.names import model_name_clashes
from generator.normalize.responses import drop_no_content_bodies


def spec(paths: dict[str, Any] | None = None, schemas: dict[str, Any] | None = None) -> dict[str, Any]:
    doc: dict[str, Any] = {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": paths or {}}
    if schemas is not None:
        doc["components"] = {"schemas": schemas}
    return doc


def test_registry_names_each_transform_once() -> None:
    names = [name for name, _ in TRANSFORMS]
    assert len(names) == len(set(names))
    assert {"dedupe_enum_values", "drop_no_content_bodies"} <= set(names)


# -- dedupe_enum_values --------------------------------------------------------------------------


def test_dedupe_enum_values_drops_exact_and_case_duplicates() -> None:
    # Frame.io's field_type enum lists `users` twice; another of its enums has `users` and `USERS`.
    doc = spec(
        schemas={
            "Field": {"type": "string", "enum": ["text", "users", "date", "users"]},
            "Kind": {"type": "string", "enum": ["users", "USERS", "a-b", "a_b"]},
        }
    )
    changes = dedupe_enum_values(doc)
    schemas = doc["components"]["schemas"]
    assert schemas["Field"]["enum"] == ["text", "users", "date"]
    assert schemas["Kind"]["enum"] == ["users", "a-b"]
    assert sorted(c.pointer for c in changes) == [
        "/components/schemas/Field/enum",
        "/components/schemas/Kind/enum",
        "/components/schemas/Kind/enum",
    ]
    assert all(c.transform == "dedupe_enum_values" for c in changes)


def test_dedupe_enum_values_leaves_unique_and_non_string_enums() -> None:
    doc = spec(schemas={"A": {"type": "string", "enum": ["a", "b"]}, "N": {"type": "integer", "enum": [1, 1]}})
    before = copy.deepcopy(doc)
    assert dedupe_enum_values(doc) == []
    assert doc == before


# -- drop_no_content_bodies ----------------------------------------------------------------------


def _response(content: dict[str, Any]) -> dict[str, Any]:
    return {"description": "x", "content": content}


def test_drop_no_content_bodies_on_204_with_wildcard_media_type() -> None:
    no_content = {"*": {"schema": {"$ref": "#/components/schemas/NoContent"}}}
    doc = spec(
        paths={"/a/{id}": {"delete": {"responses": {"204": _response(no_content)}}}},
        schemas={"NoContent": {"type": "string"}},
    )
    changes = drop_no_content_bodies(doc)
    assert doc["paths"]["/a/{id}"]["delete"]["responses"]["204"] == {"description": "x"}
    assert [(c.transform, c.pointer) for c in changes] == [
        ("drop_no_content_bodies", "/paths/~1a~1{id}/delete/responses/204/content")
    ]
    assert "status 204 has no body" in changes[0].detail


def test_drop_no_content_bodies_on_wildcard_without_schema() -> None:
    doc = spec(paths={"/a": {"post": {"responses": {"202": _response({"*/*": {}})}}}})
    assert len(drop_no_content_bodies(doc)) == 1
    assert "content" not in doc["paths"]["/a"]["post"]["responses"]["202"]


def test_drop_no_content_bodies_keeps_real_bodies() -> None:
    doc = spec(
        paths={
            "/a": {
                "get": {
                    "responses": {
                        "200": _response({"application/json": {"schema": {"type": "object"}}}),
                        "201": _response({"*/*": {"schema": {"type": "string", "format": "binary"}}}),
                    }
                }
            }
        }
    )
    before = copy.deepcopy(doc)
    assert drop_no_content_bodies(doc) == []
    assert doc == before


# -- model_name_clashes --------------------------------------------------------------------------


def test_model_name_clashes_renames_module_when_a_property_has_the_module_name() -> None:
    doc = spec(
        schemas={
            "Error": {"type": "object", "properties": {"message": {"type": "string"}}},
            "Errors": {
                "type": "object",
                "properties": {"errors": {"type": "array", "items": {"$ref": "#/components/schemas/Error"}}},
            },
            "DestinationField": {"type": "object", "properties": {"destinationField": {"type": "string"}}},
            "Fine": {"type": "object", "properties": {"name": {"type": "string"}}},
        }
    )
    before = copy.deepcopy(doc)
    overrides, changes = model_name_clashes(doc)
    assert overrides == {"Errors": "errors_model", "DestinationField": "destination_field_model"}
    assert [c.pointer for c in changes] == ["/components/schemas/Errors", "/components/schemas/DestinationField"]
    assert all(c.transform == "model_name_clashes" for c in changes)
    assert doc == before  # the document is not edited; the fix is a class override


def test_model_name_clashes_follows_all_of_and_inline_objects_and_avoids_taken_modules() -> None:
    doc = spec(
        schemas={
            "Base": {"type": "object", "properties": {"token": {"type": "string"}}},
            "Token": {"allOf": [{"$ref": "#/components/schemas/Base"}, {"type": "object"}]},
            "TokenModel": {"type": "object"},
            "Outer": {
                "type": "object",
                "properties": {"inner": {"type": "object", "properties": {"outerInner": {"type": "string"}}}},
            },
        }
    )
    overrides, _ = model_name_clashes(doc)
    assert overrides == {"Token": "token_model_", "OuterInner": "outer_inner_model"}


def test_model_name_clashes_without_schemas() -> None:
    assert model_name_clashes(spec()) == ({}, [])


def test_normalize_runs_every_registered_transform() -> None:
    doc = spec(
        paths={"/a": {"delete": {"responses": {"204": _response({"*": {}})}}}},
        schemas={"E": {"type": "string", "enum": ["a", "A"]}},
    )
    transforms = sorted({c.transform for c in normalize(doc)})
    assert transforms == ["dedupe_enum_values", "drop_no_content_bodies"]
