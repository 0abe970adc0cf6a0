"""generator/diff/spec.py: API-level findings between two small specs, each change once, in a stable order."""

from __future__ import annotations

import copy
from typing import Any

from generator.diff.spec import compare_specs


def _doc(request: dict[str, Any], response: dict[str, Any]) -> dict[str, Any]:
    operation = {"requestBody": {"content": request}, "responses": {"200": {"description": "ok", "content": response}}}
    return {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {"/notes": {"post": operation}}}


def _found(base: dict[str, Any], head: dict[str, Any]) -> list[tuple[str, str, bool, str | None]]:
    return [(f.rule, f.message, f.breaking, f.operation) for f in compare_specs(base, head)]


STRING = {"schema": {"type": "string"}}
OBJECT = {"schema": {"type": "object", "properties": {"id": {"type": "string"}}}}


def test_media_types_a_request_body_accepts_and_a_response_returns() -> None:
    base = _doc({"application/json": OBJECT, "text/plain": STRING}, {"application/json": OBJECT})
    head = _doc({"application/json": OBJECT, "application/xml": STRING}, {"text/csv": STRING})
    assert _found(base, head) == [
        ("request-body-media-type-removed", "request body no longer accepts `text/plain`", True, "POST /notes"),
        ("request-body-media-type-added", "request body also accepts `application/xml`", False, "POST /notes"),
        ("response-media-type-removed", "200 response no longer returns `application/json`", True, "POST /notes"),
        ("response-media-type-added", "200 response may also return `text/csv`", False, "POST /notes"),
    ]


def test_a_shared_media_type_compares_its_schema_on_the_side_it_travels() -> None:
    base = _doc({"application/json": OBJECT}, {"application/json": OBJECT})
    head = copy.deepcopy(base)
    for where in ("requestBody", "responses"):
        op = head["paths"]["/notes"]["post"]
        content = op["requestBody"]["content"] if where == "requestBody" else op["responses"]["200"]["content"]
        content["application/json"]["schema"]["properties"]["id"] = {"type": "integer"}
    found = _found(base, head)
    assert len(found) == 2 and all(f[2] for f in found)
    assert "request body" in found[0][1] and "200 response" in found[1][1]
    assert _found(base, copy.deepcopy(base)) == []
