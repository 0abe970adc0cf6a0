"""generator/plan/calls.py: every method's ordered signature, request expressions, error tables and returns."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.plan.calls import path_expression, qualify_builtins
from generator.plan.model import Argument, Operation, Param
from tests.unit._plans import json_body, json_response, operation, path_param, plan_of, spec

ITEM = {"type": "object", "properties": {"id": {"type": "string"}}}
PAGE = {
    "type": "object",
    "properties": {"data": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}}, "next_cursor": {"type": "string"}},
}  # fmt: skip


def _op(path: str, *names: str) -> Operation:
    params = [Param(n, n, "path", "str", True) for n in names]
    return Operation(
        key=f"GET {path}", method="get", path=path, pointer="", resource=("r",), name="get", summary="",
        description="", deprecated=False, endpoint=None, params=params, body=None, return_type="None",  # type: ignore[arg-type]
        success_responses=[], errors=[],
    )  # fmt: skip


@pytest.mark.parametrize(
    ("path", "names", "expected"),
    [
        ("/items", (), '"/items"'),
        ("/items/{id}", ("id",), 'f"/items/{encode_path(id)}"'),
        ("/a/{x}/b/{y}.json", ("x", "y"), 'f"/a/{encode_path(x)}/b/{encode_path(y)}.json"'),
        ('/q/{id}/"quoted"{', ("id",), '"/q/" + encode_path(id) + "/\\"quoted\\"{"'),
        ("", (), '"/"'),
    ],
)
def test_path_expression(path: str, names: tuple[str, ...], expected: str) -> None:
    assert path_expression(_op(path, *names)) == expected


def test_qualify_builtins_only_rewrites_whole_names() -> None:
    assert qualify_builtins("list[Item] | dict[str, Any]", ["list"]) == "builtins.list[Item] | dict[str, Any]"
    assert qualify_builtins("MyList | listing", ["list"]) == "MyList | listing"


def _sig(op: Operation) -> list[tuple[str, str, str | None, str]]:
    return [(a.name, a.annotation, a.default, a.kind) for a in op.signature]


def test_signature_order_path_then_required_then_optional_then_sdk_arguments(tmp_path: Path) -> None:
    params = [path_param("shelfId"), {"name": "dry_run", "in": "query", "schema": {"type": "boolean"}}]
    body = {"type": "object", "required": ["title"],
            "properties": {"note": {"type": "string"}, "title": {"type": "string"}}}  # fmt: skip
    doc = spec({"/shelves/{shelfId}/books": {"post": {"operationId": "books.create", "parameters": params,
                                                      "requestBody": json_body(body), "responses": json_response(ITEM)}}})  # fmt: skip
    op = operation(plan_of(tmp_path, doc, naming="dotted"), "books.create")
    assert _sig(op) == [
        ("shelf_id", "str", None, "positional"),
        ("title", "str", None, "keyword"),
        ("dry_run", "bool | Unset", "UNSET", "keyword"),
        ("note", "str | Unset", "UNSET", "keyword"),
        ("request_options", "RequestOptions | None", "None", "keyword"),
    ]
    assert op.returns == op.async_returns == "BooksCreateResponse200"
    assert op.call is not None
    assert op.call.http_method == "POST" and op.call.path == 'f"/shelves/{encode_path(shelf_id)}/books"'
    assert op.call.query == [("dry_run", "dry_run")]
    assert op.call.body == ("json", "BooksCreateBody(title=title, note=note).to_dict()")
    assert op.call.headers == []


def test_paginated_methods_take_max_items_and_return_pagers(tmp_path: Path) -> None:
    params = [{"name": "cursor", "in": "query", "schema": {"type": "string"}}]
    doc = spec(
        {
            "/items": {
                "get": {
                    "operationId": "items.list",
                    "parameters": params,
                    "responses": json_response({"$ref": "#/components/schemas/Page"}),
                }
            }
        },  # fmt: skip
        {"Item": ITEM, "Page": PAGE},
    )
    op = operation(plan_of(tmp_path, doc, naming="dotted", iterator_param=True), "items.list")
    # the method is named `list`: `list[...]` inside its class must be written `builtins.list[...]`
    assert [a.name for a in op.signature] == ["cursor", "max_items", "iterator", "request_options"]
    assert (op.returns, op.async_returns) == ("SyncPager[Item]", "AsyncPager[Item]")
    assert op.signature[1] == Argument("max_items", "int | None", "None", "keyword")


def test_a_method_named_like_a_builtin_qualifies_it_in_the_methods_after_it(tmp_path: Path) -> None:
    listing = {"type": "array", "items": {"$ref": "#/components/schemas/Item"}}
    tags = {"name": "tags", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}}
    doc = spec(
        {
            "/items": {"get": {"operationId": "items.list", "parameters": [tags], "responses": json_response(listing)}},
            "/items/all": {
                "get": {"operationId": "items.all", "parameters": [tags], "responses": json_response(listing)}
            },
        },
        {"Item": ITEM},
    )
    plan = plan_of(tmp_path, doc, naming="dotted", async_prefix=True)
    first, after = operation(plan, "items.list"), operation(plan, "items.all")
    # in the class body, `list` is the method only once `def list` has been bound
    assert (first.signature[0].annotation, first.returns) == ("list[str] | Unset", "list[Item]")
    assert (after.signature[0].annotation, after.returns) == ("builtins.list[str] | Unset", "builtins.list[Item]")
    # coroutine twins (`alist`) are written after every operation
    assert (first.twin_signature[0].annotation, first.twin_returns) == (
        "builtins.list[str] | Unset",
        "builtins.list[Item]",
    )
    assert first.return_type == "list[Item]"  # the module-level parse function is outside the class


def test_downloads_take_to_file(tmp_path: Path) -> None:
    binary = {
        "200": {"description": "png", "content": {"image/png": {"schema": {"type": "string", "format": "binary"}}}}
    }
    doc = spec({"/images/{id}": {"get": {"operationId": "images.download", "parameters": [path_param("id")],
                                         "responses": binary}}})  # fmt: skip
    op = operation(plan_of(tmp_path, doc, naming="dotted"), "images.download")
    assert [a.name for a in op.signature] == ["id", "to_file", "request_options"]
    assert op.signature[1] == Argument("to_file", "DownloadTarget | None", "None", "keyword")


def test_headers_constants_cookies_and_content_type(tmp_path: Path) -> None:
    params = [
        {"name": "Api-Version", "in": "header", "required": True, "schema": {"type": "string", "enum": ["2024"]}},
        {"name": "X-Trace", "in": "header", "schema": {"type": "string"}},
        {"name": "sid", "in": "cookie", "schema": {"type": "string"}},
        {"name": "filter", "in": "query", "style": "deepObject", "schema": {"type": "object"}},
    ]
    body = {"required": True, "content": {"application/merge-patch+json": {"schema": {"type": "object"}}}}
    doc = spec({"/items": {"patch": {"operationId": "items.patch", "parameters": params, "requestBody": body,
                                     "responses": json_response(ITEM)}}})  # fmt: skip
    op = operation(plan_of(tmp_path, doc, naming="dotted"), "items.patch")
    assert op.call is not None
    assert op.call.headers == [
        ("Api-Version", '"2024"'),
        ("X-Trace", "x_trace"),
        ("Cookie", 'cookie_header({"sid": sid})'),
        ("Content-Type", '"application/merge-patch+json"'),
    ]
    assert op.call.query_styles == [("filter", 'ParamStyle("deepObject", explode=True)')]
    assert [a.name for a in op.signature] == ["request", "filter", "x_trace", "sid", "request_options"]


def test_optional_binary_and_multipart_bodies_are_left_out_when_unset(tmp_path: Path) -> None:
    raw = {
        "required": False,
        "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
    }
    form = {"required": False, "content": {"multipart/form-data": {"schema": {"$ref": "#/components/schemas/Upload"}}}}
    upload = {"type": "object", "properties": {"file": {"type": "string", "format": "binary"}}}
    doc = spec(
        {
            "/raw": {"put": {"operationId": "files.put_raw", "requestBody": raw, "responses": json_response(ITEM)}},
            "/form": {"put": {"operationId": "files.put_form", "requestBody": form, "responses": json_response(ITEM)}},
        },
        {"Upload": upload},
    )
    plan = plan_of(tmp_path, doc, naming="dotted", body_style="whole")
    raw_call = operation(plan, "files.put_raw").call
    form_call = operation(plan, "files.put_form").call
    assert raw_call is not None and form_call is not None
    assert raw_call.body == ("content", "raw_body(request) if not isinstance(request, Unset) else None")
    assert form_call.body == (
        "files",
        "multipart_files(as_model(Upload, request)) if not isinstance(request, Unset) else None",
    )


def test_operations_documenting_the_same_errors_share_one_table(tmp_path: Path) -> None:
    error = {"$ref": "#/components/schemas/Error"}
    errors: dict[str, Any] = {
        "404": {"description": "missing", "content": {"application/json": {"schema": error}}},
        "500": {"description": "broken"},
    }
    other: dict[str, Any] = {"409": {"description": "conflict", "content": {"application/json": {"schema": error}}}}
    doc = spec(
        {
            "/a": {"get": {"operationId": "items.a", "responses": {**json_response(ITEM), **errors}}},
            "/b": {"get": {"operationId": "items.b", "responses": {**json_response(ITEM), **errors}}},
            "/c": {"get": {"operationId": "items.c", "responses": {**json_response(ITEM), **other}}},
            "/d": {"get": {"operationId": "items.d", "responses": json_response(ITEM)}},
        },
        {"Error": {"type": "object", "properties": {"message": {"type": "string"}}}},
    )
    plan = plan_of(tmp_path, doc, naming="dotted")
    resource = plan.resources["items"]
    assert [(t.name, t.entries, t.key_type) for t in resource.error_tables] == [
        ("_ERRORS", (("404", "Error"),), "int"),
        ("_ERRORS_2", (("409", "Error"),), "int"),
    ]
    tables = {op.name: op.call.error_table for op in resource.operations if op.call is not None}
    assert tables == {"a": "_ERRORS", "b": "_ERRORS", "c": "_ERRORS_2", "d": None}


def test_success_parses(tmp_path: Path) -> None:
    responses: dict[str, Any] = {
        **json_response({"$ref": "#/components/schemas/Item"}),
        "204": {"description": "empty"},
    }
    doc = spec(
        {
            "/one": {
                "get": {"operationId": "items.one", "responses": json_response({"$ref": "#/components/schemas/Item"})}
            },
            "/two": {"get": {"operationId": "items.two", "responses": responses}},
            "/none": {"delete": {"operationId": "items.drop", "responses": {"204": {"description": "gone"}}}},
        },
        {"Item": ITEM},
    )
    plan = plan_of(tmp_path, doc, naming="dotted")
    one, two, drop = (operation(plan, f"items.{n}") for n in ("one", "two", "drop"))
    assert [(p.status, p.decode, p.model_class) for p in one.parses] == [(200, "model", "Item")]
    assert [(p.status, p.decode) for p in two.parses] == [(200, "property"), (204, "none")]
    assert [(p.status, p.decode) for p in drop.parses] == [(204, "none")]


def test_lro_signature_is_the_start_signature_plus_polling(tmp_path: Path) -> None:
    run = {"type": "object", "required": ["id", "state"],
           "properties": {"id": {"type": "integer"}, "state": {"type": "string"}}}  # fmt: skip
    body = {"type": "object", "properties": {"sql": {"type": "string"}}}
    doc = spec(
        {
            "/jobs/{id}/runs": {"post": {"operationId": "jobs.start", "parameters": [path_param("id", {"type": "integer"})],
                                         "requestBody": json_body(body), "responses": json_response(run, "202")}},
            "/jobs/{id}/runs/{run_id}": {
                "parameters": [path_param("id", {"type": "integer"}), path_param("run_id", {"type": "integer"})],
                "get": {"operationId": "jobs.status", "responses": json_response(run)},
            },
        }
    )  # fmt: skip
    lro = {"start": {"method": "post", "path": "/jobs/{id}/runs"},
           "status": {"method": "get", "path": "/jobs/{id}/runs/{run_id}"},
           "pending": ["queued"], "ids": {"run_id": "id"}, "polling_interval": 2}  # fmt: skip
    plan = plan_of(tmp_path, doc, naming="dotted", lro=[lro])
    (begin,) = plan.resources["jobs"].lros
    assert [(a.name, a.default) for a in begin.signature] == [
        ("id", None),
        ("sql", "UNSET"),
        ("polling_interval", "2.0"),
        ("request_options", "None"),
    ]
    assert [a.name for a in begin.start_args] == ["id", "sql", "request_options"]
    assert begin.returns.startswith("PollingFuture[") and begin.async_returns.startswith("AsyncPollingFuture[")
