"""Swagger 2.0 → OpenAPI 3.0.3 conversion, one construct per test, on small inline documents."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.errors import SpecError
from generator.load import load_spec
from generator.swagger2 import convert


def swagger(**extra: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {"swagger": "2.0", "info": {"title": "T", "version": "1"}, "paths": {}}
    doc.update(extra)
    return doc


def op(**extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"responses": {"200": {"description": "ok"}}}
    body.update(extra)
    return body


def test_version_info_and_servers_from_host_base_path_schemes() -> None:
    out = convert(swagger(host="api.example.com", basePath="/v1/", schemes=["https", "http"]), "s.json")
    assert out["openapi"] == "3.0.3"
    assert out["info"] == {"title": "T", "version": "1"}
    assert out["servers"] == [{"url": "https://api.example.com/v1"}, {"url": "http://api.example.com/v1"}]


def test_servers_default_scheme_and_no_host() -> None:
    assert convert(swagger(host="h.io"), "s")["servers"] == [{"url": "https://h.io"}]
    assert convert(swagger(basePath="/api"), "s")["servers"] == [{"url": "/api"}]
    assert "servers" not in convert(swagger(basePath="/"), "s")


def test_definitions_become_component_schemas_and_refs_are_rewritten() -> None:
    doc = swagger(
        definitions={
            "Pet": {"type": "object", "properties": {"owner": {"$ref": "#/definitions/Person"}}},
            "Person": {
                "type": "object",
                "properties": {"pets": {"type": "array", "items": {"$ref": "#/definitions/Pet"}}},
            },
        },
        paths={"/pets": {"get": op(responses={"200": {"description": "ok", "schema": {"$ref": "#/definitions/Pet"}}})}},
    )
    out = convert(doc, "s")
    schemas = out["components"]["schemas"]
    assert schemas["Pet"]["properties"]["owner"] == {"$ref": "#/components/schemas/Person"}
    assert schemas["Person"]["properties"]["pets"]["items"] == {"$ref": "#/components/schemas/Pet"}
    content = out["paths"]["/pets"]["get"]["responses"]["200"]["content"]
    assert content == {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}
    assert "#/definitions/" not in json.dumps(out)


def test_global_parameters_and_responses_move_to_components() -> None:
    doc = swagger(
        parameters={"Limit": {"name": "limit", "in": "query", "type": "integer", "default": 10}},
        responses={"NotFound": {"description": "missing", "schema": {"$ref": "#/definitions/Error"}}},
        definitions={"Error": {"type": "object"}},
        paths={
            "/a": {
                "get": op(
                    parameters=[{"$ref": "#/parameters/Limit"}],
                    responses={"200": {"description": "ok"}, "404": {"$ref": "#/responses/NotFound"}},
                )
            }
        },
    )
    out = convert(doc, "s")
    get = out["paths"]["/a"]["get"]
    assert get["parameters"] == [{"$ref": "#/components/parameters/Limit"}]
    assert get["responses"]["404"] == {"$ref": "#/components/responses/NotFound"}
    assert out["components"]["parameters"]["Limit"] == {
        "name": "limit",
        "in": "query",
        "schema": {"type": "integer", "default": 10},
    }
    assert out["components"]["responses"]["NotFound"] == {
        "description": "missing",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    }


def test_body_parameter_becomes_request_body_with_consumes_media_types() -> None:
    body = {"name": "b", "in": "body", "required": True, "description": "the pet", "schema": {"type": "object"}}
    doc = swagger(
        consumes=["application/json", "application/xml"],
        paths={
            "/a": {
                "post": op(parameters=[body]),
                "put": op(parameters=[body], consumes=["application/merge-patch+json"]),
            }
        },
    )
    out = convert(doc, "s")
    post = out["paths"]["/a"]["post"]
    assert "parameters" not in post
    assert post["requestBody"] == {
        "description": "the pet",
        "content": {
            "application/json": {"schema": {"type": "object"}},
            "application/xml": {"schema": {"type": "object"}},
        },
        "required": True,
    }
    assert list(out["paths"]["/a"]["put"]["requestBody"]["content"]) == ["application/merge-patch+json"]


def test_body_parameter_defaults_to_json_and_body_from_global_ref_is_inlined() -> None:
    doc = swagger(
        parameters={"Body": {"name": "b", "in": "body", "schema": {"$ref": "#/definitions/Thing"}}},
        definitions={"Thing": {"type": "object"}},
        paths={"/a": {"post": op(parameters=[{"$ref": "#/parameters/Body"}])}},
    )
    out = convert(doc, "s")
    assert out["paths"]["/a"]["post"]["requestBody"] == {
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}
    }
    assert "parameters" not in out.get("components", {})


def test_path_level_body_parameter_moves_into_each_operation() -> None:
    body = {"name": "b", "in": "body", "schema": {"type": "string"}}
    doc = swagger(paths={"/a": {"parameters": [body], "put": op(), "post": op()}})
    out = convert(doc, "s")
    for method in ("put", "post"):
        assert out["paths"]["/a"][method]["requestBody"]["content"]["application/json"]["schema"] == {"type": "string"}
    assert "parameters" not in out["paths"]["/a"]


def test_form_data_with_file_becomes_multipart_object() -> None:
    params = [
        {"name": "file", "in": "formData", "type": "file", "required": True, "description": "the upload"},
        {"name": "note", "in": "formData", "type": "string"},
    ]
    out = convert(swagger(paths={"/u": {"post": op(parameters=params, consumes=["multipart/form-data"])}}), "s")
    body = out["paths"]["/u"]["post"]["requestBody"]
    assert body == {
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "file": {"type": "string", "format": "binary", "description": "the upload"},
                        "note": {"type": "string"},
                    },
                    "required": ["file"],
                }
            }
        },
        "required": True,
    }


def test_form_data_without_file_is_urlencoded() -> None:
    params = [{"name": "q", "in": "formData", "type": "integer"}]
    out = convert(swagger(paths={"/f": {"post": op(parameters=params)}}), "s")
    content = out["paths"]["/f"]["post"]["requestBody"]["content"]
    assert content == {
        "application/x-www-form-urlencoded": {"schema": {"type": "object", "properties": {"q": {"type": "integer"}}}}
    }


@pytest.mark.parametrize(
    ("location", "fmt", "style", "explode"),
    [
        ("query", None, "form", False),
        ("query", "csv", "form", False),
        ("query", "multi", "form", True),
        ("query", "ssv", "spaceDelimited", False),
        ("query", "pipes", "pipeDelimited", False),
        ("header", "csv", "simple", False),
        ("path", None, "simple", False),
    ],
)
def test_array_parameters_get_style_and_explode(location: str, fmt: str | None, style: str, explode: bool) -> None:
    param: dict[str, Any] = {"name": "ids", "in": location, "type": "array", "items": {"type": "integer"}}
    if fmt:
        param["collectionFormat"] = fmt
    out = convert(swagger(paths={"/a/{ids}": {"get": op(parameters=[param])}}), "s")
    converted = out["paths"]["/a/{ids}"]["get"]["parameters"][0]
    assert converted["schema"] == {"type": "array", "items": {"type": "integer"}}
    assert (converted["style"], converted["explode"]) == (style, explode)
    assert "collectionFormat" not in converted


def test_simple_parameter_schema_keywords_and_required_path() -> None:
    param = {
        "name": "id",
        "in": "path",
        "type": "string",
        "format": "uuid",
        "enum": ["a", "b"],
        "default": "a",
        "description": "the id",
        "x-internal": True,
    }
    out = convert(swagger(paths={"/a/{id}": {"get": op(parameters=[param])}}), "s")
    assert out["paths"]["/a/{id}"]["get"]["parameters"] == [
        {
            "name": "id",
            "in": "path",
            "description": "the id",
            "required": True,
            "schema": {"type": "string", "format": "uuid", "enum": ["a", "b"], "default": "a"},
            "x-internal": True,
        }
    ]


def test_responses_content_per_produces_with_headers_and_examples() -> None:
    response = {
        "description": "ok",
        "schema": {"type": "string"},
        "headers": {"X-Rate-Limit": {"type": "integer", "description": "calls left"}},
        "examples": {"text/plain": "hi"},
    }
    doc = swagger(produces=["application/json", "text/plain"], paths={"/a": {"get": op(responses={"200": response})}})
    out = convert(doc, "s")
    converted = out["paths"]["/a"]["get"]["responses"]["200"]
    assert converted == {
        "description": "ok",
        "headers": {"X-Rate-Limit": {"description": "calls left", "schema": {"type": "integer"}}},
        "content": {
            "application/json": {"schema": {"type": "string"}},
            "text/plain": {"schema": {"type": "string"}, "example": "hi"},
        },
    }


def test_operation_produces_overrides_global_and_no_schema_means_no_content() -> None:
    doc = swagger(
        produces=["application/json"],
        paths={
            "/a": {
                "get": op(
                    produces=["application/octet-stream"],
                    responses={"200": {"description": "x", "schema": {"type": "file"}}},
                ),
                "delete": op(responses={"204": {"description": "gone"}}),
            }
        },
    )
    out = convert(doc, "s")
    assert out["paths"]["/a"]["get"]["responses"]["200"]["content"] == {
        "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
    }
    assert out["paths"]["/a"]["delete"]["responses"]["204"] == {"description": "gone"}


def test_x_nullable_becomes_nullable_also_on_refs() -> None:
    doc = swagger(
        definitions={
            "A": {
                "type": "object",
                "properties": {
                    "name": {"type": "string", "x-nullable": True},
                    "b": {"$ref": "#/definitions/B", "x-nullable": True},
                },
            },
            "B": {"type": "object"},
        }
    )
    props = convert(doc, "s")["components"]["schemas"]["A"]["properties"]
    assert props["name"] == {"type": "string", "nullable": True}
    assert props["b"] == {"allOf": [{"$ref": "#/components/schemas/B"}], "nullable": True}


def test_discriminator_string_becomes_object() -> None:
    doc = swagger(
        definitions={"Pet": {"type": "object", "discriminator": "kind", "properties": {"kind": {"type": "string"}}}}
    )
    assert convert(doc, "s")["components"]["schemas"]["Pet"]["discriminator"] == {"propertyName": "kind"}


def test_security_definitions_become_security_schemes() -> None:
    doc = swagger(
        securityDefinitions={
            "basic": {"type": "basic", "description": "user and password"},
            "key": {"type": "apiKey", "name": "X-Key", "in": "header"},
            "implicit": {
                "type": "oauth2",
                "flow": "implicit",
                "authorizationUrl": "https://a/auth",
                "scopes": {"r": "read"},
            },
            "password": {"type": "oauth2", "flow": "password", "tokenUrl": "https://a/token", "scopes": {}},
            "app": {"type": "oauth2", "flow": "application", "tokenUrl": "https://a/token", "scopes": {}},
            "code": {
                "type": "oauth2",
                "flow": "accessCode",
                "authorizationUrl": "https://a/auth",
                "tokenUrl": "https://a/token",
                "scopes": {"w": "write"},
                "x-extra": 1,
            },
        },
        security=[{"key": []}],
    )
    out = convert(doc, "s")
    schemes = out["components"]["securitySchemes"]
    assert schemes["basic"] == {"type": "http", "scheme": "basic", "description": "user and password"}
    assert schemes["key"] == {"type": "apiKey", "name": "X-Key", "in": "header"}
    assert schemes["implicit"]["flows"] == {"implicit": {"authorizationUrl": "https://a/auth", "scopes": {"r": "read"}}}
    assert schemes["password"]["flows"] == {"password": {"tokenUrl": "https://a/token", "scopes": {}}}
    assert schemes["app"]["flows"] == {"clientCredentials": {"tokenUrl": "https://a/token", "scopes": {}}}
    assert schemes["code"] == {
        "type": "oauth2",
        "flows": {
            "authorizationCode": {
                "authorizationUrl": "https://a/auth",
                "tokenUrl": "https://a/token",
                "scopes": {"w": "write"},
            }
        },
        "x-extra": 1,
    }
    assert out["security"] == [{"key": []}]


def test_extensions_are_kept_everywhere() -> None:
    doc = swagger(
        **{"x-top": 1},
        info={"title": "T", "version": "1", "x-logo": "l"},
        paths={
            "/a": {
                "x-path": 2,
                "get": op(
                    **{"x-op": 3},
                    responses={"200": {"description": "ok", "x-resp": 4, "schema": {"type": "object", "x-schema": 5}}},
                ),
            }
        },
    )
    out = convert(doc, "s")
    assert out["x-top"] == 1 and out["info"]["x-logo"] == "l"
    assert out["paths"]["/a"]["x-path"] == 2
    get = out["paths"]["/a"]["get"]
    assert get["x-op"] == 3
    assert get["responses"]["200"]["x-resp"] == 4
    assert get["responses"]["200"]["content"]["application/json"]["schema"]["x-schema"] == 5


def test_null_descriptions_are_dropped() -> None:
    doc = swagger(
        paths={"/a": {"get": op(description=None, summary="s")}},
        definitions={"A": {"type": "object", "description": None}},
    )
    out = convert(doc, "s")
    assert out["paths"]["/a"]["get"]["summary"] == "s" and "description" not in out["paths"]["/a"]["get"]
    assert out["components"]["schemas"]["A"] == {"type": "object"}


def test_empty_required_list_is_dropped() -> None:
    doc = swagger(definitions={"A": {"type": "object", "required": [], "properties": {"a": {"type": "string"}}}})
    assert "required" not in convert(doc, "s")["components"]["schemas"]["A"]


def test_operation_keeps_tags_ids_deprecated_and_security() -> None:
    doc = swagger(paths={"/a": {"get": op(tags=["t"], operationId="getA", deprecated=True, security=[])}})
    get = convert(doc, "s")["paths"]["/a"]["get"]
    assert (get["tags"], get["operationId"], get["deprecated"], get["security"]) == (["t"], "getA", True, [])


def test_input_is_untouched_and_output_deterministic() -> None:
    doc = swagger(
        definitions={"A": {"type": "object", "properties": {"b": {"type": "string", "x-nullable": True}}}},
        paths={"/a": {"post": op(parameters=[{"name": "b", "in": "body", "schema": {"$ref": "#/definitions/A"}}])}},
    )
    before = json.dumps(doc)
    first = json.dumps(convert(doc, "s"))
    assert json.dumps(doc) == before
    assert json.dumps(convert(doc, "s")) == first


def test_bad_parameter_reference_names_the_pointer() -> None:
    doc = swagger(paths={"/a": {"get": op(parameters=[{"$ref": "#/parameters/Missing"}])}})
    with pytest.raises(SpecError) as info:
        convert(doc, "s.json")
    assert info.value.json_pointer == "/paths/~1a/get/parameters/0/$ref"


def test_converted_document_validates_through_load(tmp_path: Path) -> None:
    doc = swagger(
        host="api.example.com",
        basePath="/v1",
        consumes=["application/json"],
        produces=["application/json"],
        securityDefinitions={"key": {"type": "apiKey", "name": "Authorization", "in": "header"}},
        parameters={"Id": {"name": "id", "in": "path", "required": True, "type": "integer"}},
        definitions={"Pet": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}},
        paths={
            "/pets/{id}": {
                "parameters": [{"$ref": "#/parameters/Id"}],
                "get": op(responses={"200": {"description": "ok", "schema": {"$ref": "#/definitions/Pet"}}}),
                "put": op(parameters=[{"name": "pet", "in": "body", "schema": {"$ref": "#/definitions/Pet"}}]),
            },
            "/pets/{id}/photo": {
                "post": op(
                    parameters=[
                        {"$ref": "#/parameters/Id"},
                        {"name": "photo", "in": "formData", "type": "file"},
                    ],
                    consumes=["multipart/form-data"],
                )
            },
        },
    )
    path = tmp_path / "swagger.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    loaded = load_spec(path)
    assert loaded.source_format == "swagger-2.0" and loaded.converted_from_swagger
    assert loaded.data["openapi"] == "3.0.3"
