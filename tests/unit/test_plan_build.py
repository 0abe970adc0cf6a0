"""generator/plan/build.py: names, parameters, bodies, responses, errors and the resource tree."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.errors import PlanError
from generator.plan.annotations import accept_str_for_uuid, required_type
from generator.plan.build import rate_limit_from_text
from tests.unit._plans import json_body, json_response, path_param, plan_of, spec

ITEM = {"type": "object", "properties": {"id": {"type": "string"}, "name": {"type": "string"}}}


def test_two_operations_on_one_method_name_is_a_plan_error_naming_both(tmp_path: Path) -> None:
    doc = spec(
        {
            "/items": {"get": {"operationId": "items.list", "responses": json_response(ITEM)}},
            "/things": {"get": {"operationId": "things.list", "responses": json_response(ITEM)}},
        }
    )
    overrides = [{"method": "get", "path": "/things", "resource": "items", "name": "list"}]
    with pytest.raises(PlanError) as info:
        plan_of(tmp_path, doc, naming="dotted", overrides=overrides)
    message = str(info.value)
    assert "two operations map to the same method `client.items.list`" in message
    assert "GET /items (/paths/~1items/get)" in message and "GET /things (/paths/~1things/get)" in message
    assert "add an `overrides` entry in sdk.yaml" in message


def test_an_override_renames_and_moves_an_operation(tmp_path: Path) -> None:
    doc = spec(
        {
            "/items": {"get": {"operationId": "items.list", "responses": json_response(ITEM)}},
            "/things": {"get": {"operationId": "things.list", "responses": json_response(ITEM)}},
        }
    )
    overrides = [{"method": "get", "path": "/things", "resource": "items.things", "name": "all"}]
    plan = plan_of(tmp_path, doc, naming="dotted", overrides=overrides)
    assert sorted(op.qualified_name for op in plan.operations) == ["items.list", "items.things.all"]
    assert list(plan.resources) == ["items"] and list(plan.resources["items"].children) == ["things"]


def test_a_method_named_like_a_sub_resource_is_a_plan_error(tmp_path: Path) -> None:
    doc = spec(
        {
            "/a": {"get": {"operationId": "items.tags", "responses": json_response(ITEM)}},
            "/b": {"get": {"operationId": "items.tags.list", "responses": json_response(ITEM)}},
        }
    )
    with pytest.raises(PlanError, match=r"`client\.items\.tags` is both a method and a sub-resource"):
        plan_of(tmp_path, doc, naming="dotted")


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


def test_named_bodies_are_passed_whole_unless_flatten_named(tmp_path: Path) -> None:
    doc = spec(
        {
            "/items": {
                "post": {
                    "operationId": "create",
                    "requestBody": json_body({"$ref": "#/components/schemas/Item"}),
                    "responses": json_response(ITEM, "201"),
                }
            }
        },  # fmt: skip
        {"Item": ITEM},
    )
    (op,) = plan_of(tmp_path, doc).operations
    assert op.body is not None and not op.body.flattened
    assert (op.body.param_name, op.body.type_string, op.body.required) == ("request", "Item | Mapping[str, Any]", True)
    (flat,) = plan_of(tmp_path, doc, flatten_named=True).operations
    assert flat.body is not None and flat.body.flattened and flat.body.model_class == "Item"
    (whole,) = plan_of(tmp_path, doc, flatten_named=True, body_style="whole", body_param="data").operations
    assert whole.body is not None and not whole.body.flattened and whole.body.param_name == "data"


def test_read_only_fields_are_not_inputs_and_model_fields_take_dicts(tmp_path: Path) -> None:
    body = {
        "type": "object",
        "required": ["owner"],
        "properties": {
            "id": {"type": "string", "readOnly": True},
            "owner": {"$ref": "#/components/schemas/Owner"},
            "tags": {"type": "array", "items": {"$ref": "#/components/schemas/Owner"}},
            "old": {"type": "string", "deprecated": True},
        },
    }
    owner = {"type": "object", "properties": {"name": {"type": "string"}}}
    doc = spec({"/items": {"post": {"operationId": "create", "requestBody": json_body(body),
                                    "responses": json_response(ITEM)}}}, {"Owner": owner})  # fmt: skip
    (op,) = plan_of(tmp_path, doc).operations
    assert op.body is not None
    fields = {f.python_name: f for f in op.body.fields}
    assert list(fields) == ["owner", "tags", "old"]
    assert fields["owner"].type_string == "Owner | Mapping[str, Any]" and fields["owner"].coerce == ("model", "Owner")
    assert fields["tags"].type_string == "Sequence[Owner | Mapping[str, Any]] | Unset"
    assert fields["tags"].coerce == ("list", "Owner")
    assert fields["old"].deprecated and not fields["owner"].deprecated


def test_successes_errors_and_return_type(tmp_path: Path) -> None:
    error = {"type": "object", "properties": {"message": {"type": "string"}}}
    responses: dict[str, Any] = {
        **json_response({"$ref": "#/components/schemas/Item"}),
        "204": {"description": "nothing"},
        "404": {"description": "missing", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
        "500": {"description": "broken"},
    }  # fmt: skip
    doc = spec({"/items": {"get": {"operationId": "get", "responses": responses}}}, {"Item": ITEM, "Error": error})
    (op,) = plan_of(tmp_path, doc).operations
    assert [r.status_code.range for r in op.success_responses] == [(200, 200), (204, 204)]
    assert op.return_type == "Item | None"
    assert [(e.status, e.model_class, e.description) for e in op.errors] == [
        (404, "Error", "missing"),
        (500, None, "broken"),
    ]


def test_ranges_and_default_are_error_responses_after_the_exact_ones(tmp_path: Path) -> None:
    def problem(name: str) -> dict[str, Any]:
        return {
            "description": name,
            "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{name}"}}},
        }

    responses = {**json_response(ITEM), "404": problem("Missing"), "5XX": problem("Server"), "4XX": problem("Client"),
                 "default": problem("Other")}  # fmt: skip
    schemas = {
        n: {"type": "object", "properties": {"m": {"type": "string"}}} for n in ("Missing", "Server", "Client", "Other")
    }
    doc = spec({"/items": {"get": {"operationId": "items.get", "responses": responses}}}, schemas)
    (op,) = plan_of(tmp_path, doc, naming="dotted").operations
    assert [(e.status, e.model_class) for e in op.errors] == [(404, "Missing")]
    assert [(r.pattern, r.model_class, r.description) for r in op.error_ranges] == [
        ("4XX", "Client", "Client"),
        ("5XX", "Server", "Server"),
        ("default", "Other", "Other"),
    ]
    assert op.call is not None and op.call.error_table == "_ERRORS"
    (table,) = plan_of(tmp_path, doc, naming="dotted").resources["items"].error_tables
    assert table.entries == (("404", "Missing"), ('"4XX"', "Client"), ('"5XX"', "Server"), ('"default"', "Other"))
    assert table.key_type == "int | str"


def test_only_a_default_response_is_the_success(tmp_path: Path) -> None:
    doc = spec({"/items": {"get": {"operationId": "list", "responses": {"default": json_response(ITEM)["200"]}}}})
    (op,) = plan_of(tmp_path, doc).operations
    assert len(op.success_responses) == 1 and op.success_responses[0].status_code.range is None
    assert op.return_type.startswith("List")


def test_content_type_variants_become_their_own_methods(tmp_path: Path) -> None:
    semantic = "application/json; domain-model=semantic"
    body = {"content": {"application/json": {"schema": {"type": "array", "items": {"type": "object"}}},
                        semantic: {"schema": {"type": "object", "properties": {"kind": {"type": "string"}}}}}}  # fmt: skip
    doc = spec({"/flags/{key}": {"patch": {"operationId": "update", "parameters": [path_param("key")],
                                           "requestBody": body, "responses": json_response(ITEM)}}})  # fmt: skip
    variants = [
        {"method": "patch", "path": "/flags/{key}", "content_type": semantic, "name": "update_semantic"},
        {"method": "patch", "path": "/flags/{key}", "content_type": "text/nope", "name": "update_nope"},
    ]
    plan = plan_of(tmp_path, doc, content_types=variants)
    assert [op.name for op in plan.operations] == ["update", "update_semantic"]
    variant = plan.operations[1]
    assert variant.variant_of == "PATCH /flags/{key}" and variant.key == f"PATCH /flags/{{key}} ({semantic})"
    assert variant.body is not None and variant.body.content_type == semantic
    assert any("text/nope" in w and "does not accept" in w for w in plan.warnings)


def test_names_that_would_shadow_generated_members_get_an_underscore(tmp_path: Path) -> None:
    doc = spec(
        {
            "/a": {"get": {"operationId": "with_raw_response.with_raw_response", "responses": json_response(ITEM)}},
            "/b": {"get": {"operationId": "close.get", "responses": json_response(ITEM)}},
        }
    )
    plan = plan_of(tmp_path, doc, naming="dotted")
    assert sorted(op.qualified_name for op in plan.operations) == [
        "close_.get",
        "with_raw_response_.with_raw_response_",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Rate Limit: 10 per minute.", "10 per minute"), ("rate limits:  5/s <br>", "5/s"), ("no limit here", None)],
)
def test_rate_limit_from_description(text: str, expected: str | None) -> None:
    assert rate_limit_from_text(text) == expected


def test_type_string_helpers() -> None:
    assert accept_str_for_uuid("UUID | Unset") == "str | UUID | Unset"
    assert accept_str_for_uuid("str | UUID") == "str | UUID"
    assert required_type("int | Unset", True) == "int"
    assert required_type("int | Unset", False) == "int | Unset"
