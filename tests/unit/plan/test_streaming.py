"""generator/plan/streaming.py and normalize/streams.py: which operations stream, and what they yield."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.normalize.streams import stream_content_types, stream_item_schemas
from tests.unit._plans import json_response, operation, plan_of, spec

EVENT = {"type": "object", "properties": {"seq": {"type": "integer"}}}


def _answers(media_type: str, schema: dict[str, Any] | None) -> dict[str, Any]:
    media = {} if schema is None else {"schema": schema}
    return {"200": {"description": "ok", "content": {media_type: media}}}


@pytest.mark.parametrize(
    ("media_type", "schema", "returns", "events"),
    [
        ("text/event-stream", {"$ref": "#/components/schemas/Event"}, "Stream[ServerSentEvent[Event]]", "ServerSentEvents(_parse_watch)"),
        ("text/event-stream", {"type": "string"}, "Stream[ServerSentEvent[str]]", "ServerSentEvents(str, json=False)"),
        ("text/event-stream", None, "Stream[ServerSentEvent[str]]", "ServerSentEvents(str, json=False)"),
        ("application/x-ndjson", {"$ref": "#/components/schemas/Event"}, "Stream[Event]", "JsonLines(_parse_watch)"),
        ("application/jsonl", {"type": "array", "items": {"$ref": "#/components/schemas/Event"}}, "Stream[Event]", "JsonLines(_parse_watch)"),
        ("application/json-seq", None, "Stream[Any]", "JsonLines(as_received)"),
    ],
)  # fmt: skip
def test_stream_returns(
    tmp_path: Path, media_type: str, schema: dict[str, Any] | None, returns: str, events: str
) -> None:
    doc = spec(
        {"/events": {"get": {"operationId": "events.watch", "responses": _answers(media_type, schema)}}},
        {"Event": EVENT},
    )
    op = operation(plan_of(tmp_path, doc, naming="dotted"), "events.watch")
    assert op.returns == returns and op.async_returns == "Async" + returns
    assert op.call is not None and op.call.events == events
    assert ("Accept", f'"{media_type}"') in op.call.headers
    assert op.pagination is None and not op.download and not op.awaitable


def test_json_first_is_not_a_stream(tmp_path: Path) -> None:
    answers = json_response({"$ref": "#/components/schemas/Event"})
    answers["200"]["content"]["text/event-stream"] = {"schema": {"type": "string"}}
    doc = spec({"/events": {"get": {"operationId": "events.watch", "responses": answers}}}, {"Event": EVENT})
    op = operation(plan_of(tmp_path, doc, naming="dotted"), "events.watch")
    assert op.stream is None and op.returns == "Event"


def test_item_schemas_are_normalized() -> None:
    doc = spec(
        {
            "/a": {"get": {"responses": _answers("application/x-ndjson", {"type": "array", "items": EVENT})}},
            "/b": {"get": {"responses": {"200": {"description": "ok", "content": {"text/event-stream": {"itemSchema": {
                "type": "object", "properties": {"data": {"type": "string", "contentSchema": EVENT}}}}}}}}},
        }
    )  # fmt: skip
    changes = stream_item_schemas(doc)
    assert [c.pointer for c in changes] == [
        "/paths/~1a/get/responses/200/content/application~1x-ndjson/schema",
        "/paths/~1b/get/responses/200/content/text~1event-stream/itemSchema",
    ]
    assert doc["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/x-ndjson"]["schema"] == EVENT
    assert doc["paths"]["/b"]["get"]["responses"]["200"]["content"]["text/event-stream"] == {"schema": EVENT}


def test_json_lines_read_as_json_unless_also_sent() -> None:
    answers = {"get": {"responses": _answers("application/x-ndjson", EVENT)}}
    doc = spec({"/a": answers})
    assert stream_content_types(doc).content_types == {"application/x-ndjson": "application/json"}
    body = {"content": {"application/x-ndjson": {"schema": EVENT}}}
    doc = spec({"/a": {**answers, "post": {"requestBody": body, "responses": {"204": {"description": "ok"}}}}})
    assert stream_content_types(doc).content_types == {}
