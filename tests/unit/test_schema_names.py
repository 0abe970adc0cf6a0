"""dedupe_schema_class_names: component schemas that would share a class name get numbered names."""

from __future__ import annotations

from generator.normalize.schema_names import dedupe_schema_class_names


def test_second_key_is_renamed_and_refs_follow() -> None:
    ref = {"$ref": "#/components/schemas/result"}
    doc = {
        "paths": {"/r": {"get": {"responses": {"200": {"content": {"application/json": {"schema": ref}}}}}}},
        "components": {
            "schemas": {
                "Result": {"type": "object"},
                "result": {"type": "object", "properties": {"self": {"$ref": "#/components/schemas/result"}}},
                "result2": {"type": "string"},
            }
        },
    }
    changes = dedupe_schema_class_names(doc)
    schemas = doc["components"]["schemas"]
    assert list(schemas) == ["Result", "result3", "result2"]
    assert ref["$ref"] == "#/components/schemas/result3"
    assert schemas["result3"]["properties"]["self"]["$ref"] == "#/components/schemas/result3"
    assert [c.pointer for c in changes] == ["/components/schemas/result"]


def test_colliding_title_gets_a_number() -> None:
    doc = {"components": {"schemas": {"A": {"title": "Thing"}, "B": {"title": "thing"}, "C": {"type": "string"}}}}
    changes = dedupe_schema_class_names(doc)
    assert doc["components"]["schemas"]["B"]["title"] == "thing2"
    assert [c.pointer for c in changes] == ["/components/schemas/B/title"]
    assert dedupe_schema_class_names(doc) == []
