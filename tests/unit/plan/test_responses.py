"""generator/plan/responses.py: success responses, the return type, exact errors, ranges and `default`."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

from generator.plan.responses import omitted_status_codes
from tests.unit._plans import ITEM, json_response, plan_of, spec


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


def test_the_status_codes_the_parser_left_out_are_found_in_spec_order() -> None:
    def parsed(*patterns: str, default: bool = False) -> Any:
        codes = [SimpleNamespace(status_code=SimpleNamespace(pattern=p)) for p in patterns]
        return SimpleNamespace(responses=SimpleNamespace(patterns=codes, default=object() if default else None))

    raw_op = {"responses": {"200": {}, "404": {}, "4XX": {}, "x-note": {}, "default": {}, "4000": {}}}
    assert omitted_status_codes(raw_op, parsed("200")) == ["404", "4XX", "default"]
    assert omitted_status_codes(raw_op, parsed("200", "4XX", default=True)) == ["404"]


def test_the_return_type_names_each_success_type_once_in_spec_order(tmp_path: Path) -> None:
    item = json_response({"$ref": "#/components/schemas/Item"})["200"]
    text_ok = {"description": "ok", "content": {"text/plain": {"schema": {"type": "string"}}}}
    responses = {"200": item, "201": item, "202": text_ok, "204": {"description": "none"}}
    doc = spec({"/items": {"post": {"operationId": "create", "responses": responses}}}, {"Item": ITEM})
    (op,) = plan_of(tmp_path, doc).operations
    assert op.return_type == "Item | str | None"
    assert op.errors == [] and op.error_ranges == []
