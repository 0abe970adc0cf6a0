"""normalize.robustness (path templates, mixed-type enums, array headers) and server URL variables."""

from __future__ import annotations

from typing import Any

from generator.config import config_from_dict
from generator.normalize.robustness import array_headers_as_strings, drop_mixed_type_enums, sanitize_path_templates
from generator.plan.auth import plan_environments


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


def test_mixed_type_enums_lose_their_enum() -> None:
    doc = {"components": {"schemas": {"M": {"enum": [1, "one", None]}, "S": {"type": "string", "enum": ["a", None]}}}}
    changes = drop_mixed_type_enums(doc)
    assert doc["components"]["schemas"]["M"] == {"nullable": True}
    assert doc["components"]["schemas"]["S"]["enum"] == ["a", None]
    assert [c.pointer for c in changes] == ["/components/schemas/M/enum"]


def test_array_headers_become_comma_separated_strings() -> None:
    param = {"name": "X-Ids", "in": "header", "schema": {"type": "array", "items": {"type": "integer"}}}
    query = {"name": "ids", "in": "query", "schema": {"type": "array", "items": {"type": "integer"}}}
    doc = {"paths": {"/x": {"get": {"parameters": [param, query]}}}}
    changes = array_headers_as_strings(doc)
    assert param["schema"] == {"type": "string"} and "Comma-separated" in param["description"]
    assert query["schema"]["type"] == "array"
    assert [c.pointer for c in changes] == ["/paths/~1x/get/parameters/0"]


def test_server_variables_take_their_defaults() -> None:
    config = config_from_dict({"spec": "s", "package": "p", "client": "C", "async_client": "AC"})
    doc = {
        "servers": [
            {
                "url": "https://{region}.x.example/{v}/",
                "variables": {"region": {"default": "eu"}, "v": {"default": "v1"}},
            },
            {"url": "https://{nodefault}.x.example", "description": "Other"},
        ]
    }
    assert plan_environments(doc, config) == {"production": "https://eu.x.example/v1"}


def test_unparsed_media_types_travel_as_bytes() -> None:
    from generator.normalize.media_types import raw_request_bodies, raw_response_overrides

    xml = {"schema": {"$ref": "#/components/schemas/Order"}}
    png = {"schema": {"type": "string", "format": "binary"}}
    text_in = {"schema": {"type": "string"}}
    doc = {
        "paths": {
            "/o": {"post": {"requestBody": {"content": {"application/xml": xml, "text/plain": text_in}},
                            "responses": {"200": {"content": {"application/xml": {"schema": {"type": "object"}},
                                                              "text/plain": {"schema": {"type": "string"}}}}}}},
            "/i": {"get": {"responses": {"200": {"content": {"image/png": png, "application/json": {}}}}}},
        }
    }  # fmt: skip
    changes = raw_request_bodies(doc)
    assert xml["schema"] == {"type": "string", "format": "binary"}
    assert text_in["schema"] == {"type": "string"}  # text/plain is also an answer type: left alone
    # The request body is XML only: bytes. The answer offers text/plain too: that stays first and is read.
    assert [c.pointer for c in changes] == ["/paths/~1o/post/requestBody/content/application~1xml/schema"]
    answer = doc["paths"]["/o"]["post"]["responses"]["200"]["content"]
    assert list(answer) == ["text/plain", "application/xml"] and answer["application/xml"]["schema"] == {
        "type": "object"
    }
    assert raw_response_overrides(doc) == {
        "application/xml": "application/octet-stream",
        "image/png": "application/octet-stream",
    }


def test_repeated_operation_ids_get_numbers() -> None:
    from generator.normalize.robustness import dedupe_operation_ids

    doc = {
        "paths": {
            "/a": {"get": {"operationId": "x"}, "post": {"operationId": "x"}},
            "/b": {"get": {"operationId": "x_2"}},
        }
    }
    changes = dedupe_operation_ids(doc)
    assert doc["paths"]["/a"]["post"]["operationId"] == "x_3"
    assert [c.pointer for c in changes] == ["/paths/~1a/post/operationId"]
