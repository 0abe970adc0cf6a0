"""normalize.inline_names: inline models whose class names would clash get distinct names before the parser runs."""

from __future__ import annotations

from typing import Any

from generator.normalize.inline_names import dedupe_inline_model_names

INLINE_ANSWER = {"200": {"description": "ok", "content": {"application/json": {"schema": {
    "type": "object", "properties": {"id": {"type": "string"}}}}}}}  # fmt: skip
NO_MODEL = {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "string"}}}}}


def test_operation_ids_naming_the_same_inline_models_are_numbered() -> None:
    doc: dict[str, Any] = {
        "paths": {
            "/a": {"get": {"operationId": "list-items", "responses": INLINE_ANSWER}},
            "/b": {"get": {"operationId": "listItems2", "responses": NO_MODEL}},
            "/c": {"get": {"operationId": "list_items", "responses": INLINE_ANSWER},
                   "post": {"operationId": "ListItems", "responses": NO_MODEL}},
        }
    }  # fmt: skip
    changes = dedupe_inline_model_names(doc)
    ids = [doc["paths"][p][m]["operationId"] for p, m in (("/a", "get"), ("/b", "get"), ("/c", "get"), ("/c", "post"))]
    # list_items_2 would make the class prefix ListItems2, listItems2's; an operation without inline models keeps its id
    assert ids == ["list-items", "listItems2", "list_items_3", "ListItems"]
    assert [(c.transform, c.pointer, c.detail) for c in changes] == [
        (
            "dedupe_inline_model_names",
            "/paths/~1c/get/operationId",
            "'list_items' names the same models as another operationId; now 'list_items_3'",
        )
    ]


def test_an_inline_property_model_named_like_a_component_gets_a_title() -> None:
    lid = {"type": "object", "properties": {"open": {"type": "boolean"}}}
    doc: dict[str, Any] = {"paths": {}, "components": {"schemas": {
        "BoxLid": lid, "BoxLid2": lid, "Box": {"type": "object", "properties": {"lid": dict(lid), "size": {"type": "integer"}}}}}}  # fmt: skip
    changes = dedupe_inline_model_names(doc)
    assert doc["components"]["schemas"]["Box"]["properties"]["lid"]["title"] == "lid3"
    assert [(c.pointer, c.detail) for c in changes] == [
        ("/components/schemas/Box/properties/lid/title", "inline model BoxLid taken; now BoxLid3")
    ]
    assert dedupe_inline_model_names(doc) == []  # a second run finds nothing more to do
