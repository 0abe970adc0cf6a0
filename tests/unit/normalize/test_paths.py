"""normalize.paths: path templates the parser refuses are renamed."""

from __future__ import annotations

from typing import Any

from generator.normalize.paths import sanitize_path_templates


def test_path_parameters_the_parser_refuses_are_renamed_everywhere() -> None:
    shared = {"name": "naïve", "in": "path", "required": True, "schema": {"type": "string"}}
    doc: dict[str, Any] = {
        "paths": {
            "/a": {},
            "/t/{thing.id}/{ok}": {
                "parameters": [{"name": "thing.id", "in": "path", "required": True}],
                "get": {"parameters": [{"name": "ok", "in": "path", "required": True}]},
            },
            "/c/{naïve}": {"get": {"parameters": [{"$ref": "#/components/parameters/N"}]}},
        },
        "components": {"parameters": {"N": shared}},
    }
    changes = sanitize_path_templates(doc)
    assert list(doc["paths"]) == ["/a", "/t/{thing_id}/{ok}", "/c/{naive}"]
    assert doc["paths"]["/t/{thing_id}/{ok}"]["parameters"][0]["name"] == "thing_id"
    assert doc["paths"]["/t/{thing_id}/{ok}"]["get"]["parameters"][0]["name"] == "ok"
    assert shared["name"] == "naive"
    assert [c.pointer for c in changes] == ["/paths/~1t~1{thing.id}~1{ok}", "/paths/~1c~1{naïve}"]
