"""normalize.walk: every operation in document order; every mapping once, however often YAML anchors share it."""

from __future__ import annotations

from typing import Any

from generator.errors import pointer
from generator.normalize.walk import iter_nodes, iter_operations, iter_schemas


def test_operations_in_document_order_with_methods_in_http_order() -> None:
    doc: dict[str, Any] = {"paths": {
        "/b": {"post": {"operationId": "b2"}, "get": {"operationId": "b1"}, "parameters": [], "x-note": {}},
        "/a": {"delete": {"operationId": "a1"}, "summary": "not an operation"},
        "/bad": "not a path item",
    }}  # fmt: skip
    assert [(p, m, op["operationId"]) for p, _item, m, op in iter_operations(doc)] == [
        ("/b", "get", "b1"),
        ("/b", "post", "b2"),
        ("/a", "delete", "a1"),
    ]
    assert list(iter_operations({"paths": None})) == []


def test_a_shared_mapping_is_visited_once() -> None:
    shared = {"type": "string"}
    doc = {"components": {"schemas": {"A": {"properties": {"x": shared, "y": shared}}, "B": shared}}}
    nodes = [id(node) for node, _path in iter_nodes(doc)]
    assert len(nodes) == len(set(nodes)) and nodes.count(id(shared)) == 1
    pointers = sorted(pointer(*path) for _schema, path in iter_schemas(doc))
    assert "/components/schemas/A" in pointers and len(pointers) == 2


def test_paths_name_each_mapping_last_key_first() -> None:
    doc = {"paths": {"/a/{id}": {"get": {"parameters": [{"name": "id"}, "not a mapping", {"name": "q"}]}}}, "info": {}}
    assert [path for _node, path in iter_nodes(doc)] == [
        (),
        ("info",),
        ("paths",),
        ("paths", "/a/{id}"),
        ("paths", "/a/{id}", "get"),
        ("paths", "/a/{id}", "get", "parameters", "2"),
        ("paths", "/a/{id}", "get", "parameters", "0"),
    ]
