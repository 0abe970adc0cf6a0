"""Normalize-stage transformations, each on a small inline spec."""

from __future__ import annotations

import copy
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from generator.normalize import ANALYSES, TRANSFORMS, analyse, normalize
from generator.normalize.discriminators import discriminator_literals
from generator.normalize.enums import dedupe_enum_values
from generator.normalize.names import model_name_clashes
from generator.normalize.responses import drop_no_content_bodies
from generator.normalize.unions import ambiguous_unions


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


def test_dedupe_enum_values_drops_exact_duplicates_only() -> None:
    # Frame.io's field_type enum lists `users` twice; another of its enums has `users` and `USERS`:
    # enums are `typing.Literal`s of the values, so case variants are different values and stay.
    doc = spec(
        schemas={
            "Field": {"type": "string", "enum": ["text", "users", "date", "users"]},
            "Kind": {"type": "string", "enum": ["users", "USERS", "a-b", "a_b"]},
        }
    )
    changes = dedupe_enum_values(doc)
    schemas = doc["components"]["schemas"]
    assert schemas["Field"]["enum"] == ["text", "users", "date"]
    assert schemas["Kind"]["enum"] == ["users", "USERS", "a-b", "a_b"]
    assert sorted(c.pointer for c in changes) == ["/components/schemas/Field/enum"]
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
        schemas={"E": {"type": "string", "enum": ["a", "a"]}},
    )
    transforms = sorted({c.transform for c in normalize(doc)})
    assert transforms == ["dedupe_enum_values", "drop_no_content_bodies"]


def test_analyses_go_through_the_registry_and_leave_the_document_alone() -> None:
    assert [name for name, _ in ANALYSES] == [
        "model_name_clashes",
        "raw_response_overrides",
        "stream_content_types",
        "ambiguous_unions",
    ]
    doc = spec(
        paths={
            "/i": {"get": {"responses": {"200": _response({"image/png": {"schema": {"type": "string"}}})}}},
            "/j": {"get": {"responses": {"200": _response({"application/x-ndjson": {"schema": {"type": "object"}}})}}},
        },
        schemas={
            "Errors": {"type": "object", "properties": {"errors": {"type": "string"}}},
            "A": {"type": "object", "properties": {"name": {"type": "string"}}},
            "B": {"type": "object", "properties": {"size": {"type": "integer"}}},
            "U": {"oneOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}]},
        },
    )
    before = copy.deepcopy(doc)
    findings = analyse(doc)
    assert doc == before
    assert findings.class_overrides == {"Errors": "errors_model"}
    assert [c.transform for c in findings.changes] == ["model_name_clashes"]
    assert findings.content_types == {
        "image/png": "application/octet-stream",
        "application/x-ndjson": "application/json",
    }
    assert len(findings.warnings) == 1 and "/components/schemas/U/oneOf" in findings.warnings[0]


def test_relax_read_write_only_required() -> None:
    from generator.normalize.read_write_only import relax_read_write_only_required

    doc = {
        "components": {
            "schemas": {
                "User": {
                    "type": "object",
                    "required": ["id", "name", "password"],
                    "properties": {
                        "id": {"type": "string", "readOnly": True},
                        "name": {"type": "string"},
                        "password": {"type": "string", "writeOnly": True},
                    },
                },
                "Only": {
                    "type": "object",
                    "required": ["id"],
                    "properties": {"id": {"type": "string", "readOnly": True}},
                },
            }
        }
    }
    changes = relax_read_write_only_required(doc)
    assert doc["components"]["schemas"]["User"]["required"] == ["name"]
    assert "required" not in doc["components"]["schemas"]["Only"]
    assert sorted(c.detail for c in changes) == [
        "'id' is readOnly: not required",
        "'id' is readOnly: not required",
        "'password' is writeOnly: not required",
    ]
    assert relax_read_write_only_required(doc) == []  # idempotent


# -- discriminator_literals ----------------------------------------------------------------------


def _pets(mapping: bool = True) -> dict[str, Any]:
    pet: dict[str, Any] = {
        "oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
        "discriminator": {"propertyName": "petType"},
    }
    if mapping:
        pet["discriminator"]["mapping"] = {"cat": "#/components/schemas/Cat", "dog": "#/components/schemas/Dog"}
    animal = {
        "type": "object",
        "required": ["petType", "name"],
        "properties": {"petType": {"type": "string"}, "name": {"type": "string"}},
    }
    return spec(schemas={"Pet": pet, "Cat": copy.deepcopy(animal), "Dog": copy.deepcopy(animal)})


def test_discriminator_literals_narrows_variants_by_mapping_and_adds_fallback() -> None:
    doc = _pets()
    changes = discriminator_literals(doc)
    schemas = doc["components"]["schemas"]
    assert schemas["Cat"]["properties"]["petType"] == {"type": "string", "enum": ["cat"]}
    assert schemas["Dog"]["properties"]["petType"] == {"type": "string", "enum": ["dog"]}
    assert schemas["Pet"]["oneOf"][-1] == {"$ref": "#/components/schemas/PetUnknown"}
    assert schemas["PetUnknown"]["additionalProperties"] is True
    assert schemas["PetUnknown"]["properties"] == {"petType": {"type": "string"}}
    assert [c.pointer for c in changes] == [
        "/components/schemas/Cat/properties/petType",
        "/components/schemas/Dog/properties/petType",
        "/components/schemas/Pet/oneOf",
    ]


def test_discriminator_literals_implicit_mapping_uses_schema_names() -> None:
    doc = _pets(mapping=False)
    discriminator_literals(doc)
    assert doc["components"]["schemas"]["Cat"]["properties"]["petType"]["enum"] == ["Cat"]


def test_discriminator_literals_inherited_property_is_narrowed_in_an_all_of_part() -> None:
    doc = spec(
        schemas={
            "Base": {"type": "object", "required": ["kind"], "properties": {"kind": {"type": "string"}}},
            "Lion": {"allOf": [{"$ref": "#/components/schemas/Base"}, {"type": "object"}]},
            "Owner": {
                "type": "object",
                "properties": {
                    "animal": {
                        "anyOf": [{"$ref": "#/components/schemas/Lion"}],
                        "discriminator": {"propertyName": "kind"},
                    }
                },
            },
        }
    )
    discriminator_literals(doc)
    schemas = doc["components"]["schemas"]
    assert schemas["Lion"]["allOf"][-1] == {
        "type": "object",
        "properties": {"kind": {"type": "string", "enum": ["Lion"]}},
    }
    assert schemas["Owner"]["properties"]["animal"]["anyOf"][-1] == {"$ref": "#/components/schemas/OwnerAnimalUnknown"}


def test_discriminator_literals_leaves_const_and_narrow_enums_alone() -> None:
    doc = _pets()
    schemas = doc["components"]["schemas"]
    schemas["Cat"]["properties"]["petType"] = {"type": "string", "const": "cat"}
    schemas["Dog"]["properties"]["petType"] = {"type": "string", "enum": ["dog"]}
    changes = discriminator_literals(doc)
    assert schemas["Cat"]["properties"]["petType"] == {"type": "string", "const": "cat"}
    assert [c.pointer for c in changes] == ["/components/schemas/Pet/oneOf"]


def test_discriminator_literals_leaves_non_string_tags_alone() -> None:
    doc = _pets()
    doc["components"]["schemas"]["Cat"]["properties"]["petType"] = {"type": "integer"}
    discriminator_literals(doc)
    assert doc["components"]["schemas"]["Cat"]["properties"]["petType"] == {"type": "integer"}
    assert doc["components"]["schemas"]["Dog"]["properties"]["petType"]["enum"] == ["dog"]


def test_discriminator_literals_without_discriminators_changes_nothing() -> None:
    doc = _pets()
    del doc["components"]["schemas"]["Pet"]["discriminator"]
    before = copy.deepcopy(doc)
    assert discriminator_literals(doc) == []
    assert doc == before


def test_discriminated_union_decodes_by_value_and_keeps_unknown_raw(tmp_path: Path) -> None:
    """End to end: the generated model picks the variant the value names; an unknown value keeps its data."""
    from generator.config import config_from_dict
    from generator.pipeline import generate

    doc = _pets()
    doc["components"]["schemas"]["Dog"]["properties"]["barks"] = {"type": "boolean"}
    doc["components"]["schemas"]["Owner"] = {
        "type": "object",
        "properties": {"pet": {"$ref": "#/components/schemas/Pet"}},
    }
    doc["paths"] = {
        "/owner": {
            "get": {
                "operationId": "getOwner",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Owner"}}},
                    }
                },
            }
        }
    }
    (tmp_path / "openapi.json").write_text(json.dumps(doc), encoding="utf-8")
    config = config_from_dict({"spec": "openapi.json", "package": "pets", "client": "C", "async_client": "AC"})
    generate(tmp_path / "openapi.json", config, tmp_path / "out", stream=io.StringIO())
    script = (
        "from pets.models import Owner\n"
        "dog = Owner.from_dict({'pet': {'petType': 'dog', 'name': 'Rex', 'barks': True}}).pet\n"
        "fish = Owner.from_dict({'pet': {'petType': 'fish', 'name': 'Nemo'}}).pet\n"
        "print(type(dog).__name__, type(fish).__name__, fish.to_dict() == {'petType': 'fish', 'name': 'Nemo'})\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], cwd=tmp_path / "out", capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["Dog", "PetUnknown", "True"]


def test_discriminator_literals_keeps_extended_bases_wide_and_tries_them_last() -> None:
    # Frame.io: `frame`/`workfront` map to GroupCommon, `adobe` to SyncGroup, which extends GroupCommon.
    source = {"type": "string", "enum": ["adobe", "frame", "workfront"]}
    doc = spec(
        schemas={
            "Group": {
                "oneOf": [{"$ref": "#/components/schemas/GroupCommon"}, {"$ref": "#/components/schemas/SyncGroup"}],
                "discriminator": {
                    "propertyName": "source",
                    "mapping": {
                        "adobe": "#/components/schemas/SyncGroup",
                        "frame": "#/components/schemas/GroupCommon",
                        "workfront": "#/components/schemas/GroupCommon",
                    },
                },
            },
            "GroupCommon": {"type": "object", "properties": {"source": copy.deepcopy(source)}},
            "SyncGroup": {"allOf": [{"$ref": "#/components/schemas/GroupCommon"}, {"type": "object"}]},
        }
    )
    discriminator_literals(doc)
    schemas = doc["components"]["schemas"]
    assert schemas["GroupCommon"]["properties"]["source"] == source
    assert schemas["SyncGroup"]["allOf"][-1]["properties"]["source"]["enum"] == ["adobe"]
    assert [v["$ref"].rsplit("/", 1)[1] for v in schemas["Group"]["oneOf"]] == [
        "SyncGroup",
        "GroupCommon",
        "GroupUnknown",
    ]


# -- ambiguous_unions (reported, not changed) ----------------------------------------------------


def test_ambiguous_unions_reports_object_unions_nothing_tells_apart() -> None:
    obj = {"type": "object", "properties": {"a": {"type": "string"}}}
    doc = spec(
        schemas={
            "A": copy.deepcopy(obj),
            "B": copy.deepcopy(obj),
            "AorB": {"oneOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}]},
            "Scalars": {"anyOf": [{"type": "string"}, {"type": "integer"}]},
            "Tagged": {
                "oneOf": [
                    {"type": "object", "properties": {"kind": {"type": "string", "const": "x"}}},
                    {"type": "object", "properties": {"kind": {"type": "string", "enum": ["y", "z"]}}},
                ]
            },
            "Discriminated": {
                "oneOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}],
                "discriminator": {"propertyName": "a"},
            },
        }
    )
    before = copy.deepcopy(doc)
    warnings = ambiguous_unions(doc)
    assert warnings == [
        "/components/schemas/AorB/oneOf: no discriminator; decoded by trying A, B in order "
        "(the first whose required fields are present wins)"
    ]
    assert doc == before


def test_required_write_only_is_remembered_for_inputs() -> None:
    from generator.normalize.read_write_only import relax_read_write_only_required

    schema = {"type": "object", "required": ["value"], "properties": {"value": {"type": "string", "writeOnly": True}}}
    relax_read_write_only_required({"components": {"schemas": {"Secret": schema}}})
    assert "required" not in schema
    assert schema["x-sdk-required-write-only"] == ["value"]
