"""normalize.headers: array header parameters become comma-separated strings; cookie arrays stay arrays."""

from __future__ import annotations

from generator.normalize.headers import array_headers_as_strings


def test_array_headers_become_comma_separated_strings() -> None:
    param = {"name": "X-Ids", "in": "header", "schema": {"type": "array", "items": {"type": "integer"}}}
    query = {"name": "ids", "in": "query", "schema": {"type": "array", "items": {"type": "integer"}}}
    cookie = {"name": "ids", "in": "cookie", "schema": {"type": "array", "items": {"type": "integer"}}}
    doc = {"paths": {"/x": {"get": {"parameters": [param, query, cookie]}}}}
    changes = array_headers_as_strings(doc)
    assert (
        param["schema"] == {"type": "string"}
        and "comma-separated" in param["description"]
        and param["x-sdk-array-items"] == "integer"
    )
    assert query["schema"]["type"] == "array"
    assert cookie["schema"]["type"] == "array"  # the parser takes cookie arrays; cookie_header serialises them
    assert [c.pointer for c in changes] == ["/paths/~1x/get/parameters/0"]
