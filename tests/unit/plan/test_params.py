"""generator/plan/params.py: parameter names, annotations, constants and order."""

from __future__ import annotations

from pathlib import Path

from tests.unit._plans import ITEM, json_body, json_response, path_param, plan_of, spec


def test_parameters_keep_spec_order_and_clashing_names_get_their_location(tmp_path: Path) -> None:
    params = [
        path_param("itemId"),
        {"name": "limit", "in": "query", "schema": {"type": "integer"}},
        {"name": "X-Trace", "in": "header", "schema": {"type": "string"}},
        {"name": "session", "in": "cookie", "schema": {"type": "string"}},
    ]
    body = {"type": "object", "properties": {"limit": {"type": "integer"}, "self": {"type": "string"}}}
    doc = spec({"/items/{itemId}": {"post": {"operationId": "update", "parameters": params,
                                             "requestBody": json_body(body), "responses": json_response(ITEM)}}})  # fmt: skip
    (op,) = plan_of(tmp_path, doc).operations
    assert [(p.python_name, p.wire_name, p.location) for p in op.params] == [
        ("item_id", "itemId", "path"),
        ("limit_query", "limit", "query"),
        ("x_trace", "X-Trace", "header"),
        ("session", "session", "cookie"),
    ]
    assert op.body is not None and op.body.flattened
    assert [(f.python_name, f.attr_name, f.wire_name) for f in op.body.fields] == [
        ("limit", "limit", "limit"),
        ("self_", "self_", "self"),
    ]


def test_a_required_single_value_header_is_a_constant_not_an_argument(tmp_path: Path) -> None:
    version = {"name": "Api-Version", "in": "header", "required": True, "schema": {"type": "string", "enum": ["2"]}}
    doc = spec({"/items": {"get": {"operationId": "list", "parameters": [version], "responses": json_response(ITEM)}}})
    (op,) = plan_of(tmp_path, doc).operations
    assert op.params[0].constant == "2"
    assert op.keyword_params == []


def test_names_a_method_body_uses_are_taken_apart_by_location(tmp_path: Path) -> None:
    params = [
        path_param("self"),
        {"name": "request_options", "in": "query", "schema": {"type": "string"}},
        {"name": "httpx", "in": "header", "schema": {"type": "string"}},
    ]
    doc = spec(
        {"/items/{self}": {"get": {"operationId": "get", "parameters": params, "responses": json_response(ITEM)}}}
    )
    (op,) = plan_of(tmp_path, doc).operations
    assert [p.python_name for p in op.params] == ["self_", "request_options_query", "httpx_header"]
    assert [str(p.prop.python_name) for p in op.params if p.prop is not None] == [p.python_name for p in op.params]


def test_uuid_parameters_take_strings_and_array_headers_take_lists(tmp_path: Path) -> None:
    params = [
        path_param("id", {"type": "string", "format": "uuid"}),
        {"name": "X-Ids", "in": "header", "schema": {"type": "array", "items": {"type": "integer"}}},
    ]
    doc = spec({"/items/{id}": {"get": {"operationId": "get", "parameters": params, "responses": json_response(ITEM)}}})
    (op,) = plan_of(tmp_path, doc).operations
    assert [p.type_string for p in op.params] == ["str | UUID", "str | list[int] | Unset"]


def test_descriptions_come_from_the_parameter_or_its_schema_and_deprecation_is_kept(tmp_path: Path) -> None:
    params = [
        {"name": "q", "in": "query", "description": " Search text. ", "schema": {"type": "string"}},
        {"name": "limit", "in": "query", "deprecated": True, "schema": {"type": "integer", "description": "At most."}},
    ]
    doc = spec({"/items": {"get": {"operationId": "list", "parameters": params, "responses": json_response(ITEM)}}})
    (op,) = plan_of(tmp_path, doc).operations
    assert [(p.description, p.deprecated) for p in op.params] == [("Search text.", False), ("At most.", True)]


def test_positional_required_puts_parameters_in_the_order_the_spec_declares(tmp_path: Path) -> None:
    params = [path_param("id"), path_param("slug")]
    doc = spec({"/apps/{slug}/instances/{id}": {"get": {"operationId": "get", "parameters": params,
                                                        "responses": json_response(ITEM)}}})  # fmt: skip
    (path_order,) = plan_of(tmp_path, doc).operations
    assert [p.python_name for p in path_order.params] == ["slug", "id"]
    (declared,) = plan_of(tmp_path, doc, positional="required").operations
    assert [p.python_name for p in declared.params] == ["id", "slug"]
