"""normalize.operation_ids: repeated operationIds are numbered apart."""

from __future__ import annotations

from generator.normalize.operation_ids import dedupe_operation_ids


def test_repeated_operation_ids_get_numbers() -> None:
    doc = {
        "paths": {
            "/a": {"get": {"operationId": "x"}, "post": {"operationId": "x"}},
            "/b": {"get": {"operationId": "x_2"}},
        }
    }
    changes = dedupe_operation_ids(doc)
    assert doc["paths"]["/a"]["post"]["operationId"] == "x_3"
    assert [c.pointer for c in changes] == ["/paths/~1a/post/operationId"]
