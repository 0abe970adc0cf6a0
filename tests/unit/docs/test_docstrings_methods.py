"""generator/docs/docstrings.py: method, resource and client docstrings decided from the plan."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.docs import docstrings as docs
from tests.unit._plans import json_body, json_response, operation, path_param, plan_of, spec


def test_method_doc_lists_arguments_in_signature_order_and_errors_by_class(tmp_path: Path) -> None:
    body = {"type": "object", "required": ["title"], "properties": {
        "title": {"type": "string", "description": "The title."}, "old": {"type": "string", "deprecated": True}}}  # fmt: skip
    responses: dict[str, Any] = {
        **json_response({"type": "object", "properties": {"id": {"type": "string"}}}),
        "404": {"description": "No such shelf."},
        "503": {"description": "Down."},
    }
    doc = spec({"/shelves/{shelfId}/books": {"post": {
        "operationId": "books.create", "summary": "Add a book", "description": "Adds it.\nRate Limit: 5 per second.",
        "parameters": [path_param("shelfId")], "requestBody": json_body(body), "responses": responses}}})  # fmt: skip
    op = operation(plan_of(tmp_path, doc, naming="dotted"), "books.create")
    text = docs.method_doc(op)
    assert text.splitlines()[0] == "Add a book."
    assert "Rate limit: 5 per second." in text and "`POST /shelves/{shelfId}/books`" in text
    args = text.split("Args:\n")[1].split("\n\n")[0].splitlines()
    assert [line.split(":")[0].strip() for line in args] == ["shelf_id", "title", "old", "request_options"]
    assert "    old: Deprecated. The `old` field of the request body." in args
    raises = " ".join(line.strip() for line in text.split("Raises:\n")[1].splitlines())
    assert raises.endswith("documented: 404, 503."), raises


def test_summary_line_without_a_summary_and_client_doc(tmp_path: Path) -> None:
    doc = spec(
        {"/items": {"get": {"operationId": "items.list_all", "responses": json_response({"type": "object"})}}},
        security=[{"key": []}],
        components={"securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "X-Key"}}},
    )
    plan = plan_of(tmp_path, doc, naming="dotted", auth={"param": "api_key", "env_var": "SHOP_KEY"})
    assert docs.summary_line(operation(plan, "items.list_all")) == "List all (items)."
    assert docs.client_doc(plan, True) == (
        "Asynchronous client for the Shop API.\n\nAuthenticate with `api_key=` (default: the `SHOP_KEY` environment variable)."
    )
