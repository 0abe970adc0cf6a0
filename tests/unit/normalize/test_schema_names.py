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


def test_long_names_are_shortened_with_a_hash() -> None:
    from generator.normalize.schema_names import shorten_long_names

    long = "Name" * 50
    prop = {"type": "object", "properties": {"x": {"type": "string"}}}
    doc = {
        "paths": {"/a": {"get": {"operationId": long, "tags": [long], "parameters": [{"name": long, "in": "query", "schema": {"type": "string", "enum": ["a"]}}]}}},
        "tags": [{"name": long}],
        "components": {"schemas": {long: {"type": "object", "properties": {long: prop}}, "B": {"$ref": f"#/components/schemas/{long}"}}},
    }  # fmt: skip
    changes = shorten_long_names(doc)
    (key,) = [k for k in doc["components"]["schemas"] if k != "B"]
    assert len(key) <= 64 and doc["components"]["schemas"]["B"]["$ref"] == f"#/components/schemas/{key}"
    op = doc["paths"]["/a"]["get"]
    assert len(op["operationId"]) <= 64 and op["tags"][0] == doc["tags"][0]["name"] and len(op["tags"][0]) <= 64
    assert len(prop["title"]) <= 64 and len(op["parameters"][0]["schema"]["title"]) <= 64
    assert op["parameters"][0]["name"] == long  # wire names never change
    assert len(changes) == 5
