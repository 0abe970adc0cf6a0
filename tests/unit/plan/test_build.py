"""generator/plan/build.py: the walk over the spec's operations, what it skips and warns about, and the plan it assembles."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.plan.build import rate_limit_from_text
from tests.unit._plans import ITEM, json_response, plan_of, spec


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Rate Limit: 10 per minute.", "10 per minute"), ("rate limits:  5/s <br>", "5/s"), ("no limit here", None)],
)
def test_rate_limit_from_description(text: str, expected: str | None) -> None:
    assert rate_limit_from_text(text) == expected


def test_operations_are_planned_in_document_order_and_methods_in_http_order(tmp_path: Path) -> None:
    ok = json_response(ITEM)
    doc = spec(
        {
            "/b": {
                "post": {"operationId": "b_post", "responses": ok},
                "get": {"operationId": "b_get", "responses": ok},
            },
            "/a": {
                "delete": {"operationId": "a_delete", "responses": ok},
                "put": {"operationId": "a_put", "responses": ok},
            },
        }
    )
    plan = plan_of(tmp_path, doc)
    assert [op.key for op in plan.operations] == ["GET /b", "POST /b", "PUT /a", "DELETE /a"]
    assert [op.pointer for op in plan.operations][:2] == ["/paths/~1b/get", "/paths/~1b/post"]


def test_an_operation_the_parser_did_not_generate_is_skipped_and_an_accepted_skip_says_so(tmp_path: Path) -> None:
    no_schema = {"required": True, "content": {"application/json": {}}}
    doc = spec(
        {
            "/notes": {"post": {"operationId": "add_note", "requestBody": no_schema, "responses": json_response(ITEM)}},
            "/items": {"get": {"operationId": "list_items", "responses": json_response(ITEM)}},
        }
    )
    plan = plan_of(tmp_path, doc)
    assert [op.key for op in plan.operations] == ["GET /items"]
    (skip,) = plan.skips
    assert (skip.kind, skip.key, skip.accepted) == ("operation", "POST /notes", False)
    assert (skip.pointer, skip.reason) == ("/paths/~1notes/post", "Missing schema")  # the parser's own reason
    accepted = [{"method": "post", "path": "/notes", "reason": "the API documents no body"}]
    (skip,) = plan_of(tmp_path, doc, accepted_skips=accepted).skips
    assert skip.accepted


def test_the_plan_carries_the_api_facts_and_each_operation_its_spec_text(tmp_path: Path) -> None:
    op = {"operationId": "list", "summary": " List items ", "description": "All of them.\n\nRate Limit: 5/s.",
          "deprecated": True, "x-owner": "team", "responses": json_response(ITEM)}  # fmt: skip
    doc = spec({"/items": {"get": op}})
    doc["info"].update({"description": "A shop.", "version": "2.1"})
    plan = plan_of(tmp_path, doc)
    assert (plan.title, plan.description, plan.api_version) == ("Shop API", "A shop.", "2.1")
    (planned,) = plan.operations
    assert (planned.summary, planned.deprecated, planned.rate_limit) == ("List items", True, "5/s")
    assert planned.extensions == {"x-owner": "team"} and planned.operation_id == "list"
