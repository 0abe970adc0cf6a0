"""Streaming responses: Server-Sent Events and JSON lines answer a sequence of items, not one body.

The SDK reads them event by event (runtime `_streaming.py`), so what the parser must see is the
schema of one item: `stream_item_schemas` puts it in the media type's `schema` (an OpenAPI 3.2
`itemSchema`, the `data` of an SSE `itemSchema` describing the whole event, the `items` of an
array a JSON-lines answer documents), and `stream_content_types` has openapi-python-client read
JSON-lines types as JSON, so the item schema is parsed (and its model generated) instead of the
answer turning into bytes. `text/event-stream` needs no mapping: the parser reads every `text/*`.
"""

from __future__ import annotations

from typing import Any

from generator.errors import pointer
from generator.normalize import Change, Findings
from generator.normalize.walk import iter_operations

SSE = "text/event-stream"
JSON_LINES = ("application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/json-seq")
STREAM_MEDIA_TYPES = (SSE, *JSON_LINES)


def base_media_type(media_type: str) -> str:
    return media_type.split(";", 1)[0].strip().lower()


def stream_kind(media_type: str) -> str | None:
    """``"sse"``, ``"lines"`` or ``None`` (not a streaming type)."""
    base = base_media_type(media_type)
    return "sse" if base == SSE else "lines" if base in JSON_LINES else None


def _response_media(doc: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(pointer, media type, media type object) of every streaming type a response answers with
    (an operation's own responses and the shared `components/responses`)."""
    holders: list[tuple[tuple[str, ...], Any]] = []
    components = doc.get("components")
    shared = components.get("responses") if isinstance(components, dict) else None
    for name, response in shared.items() if isinstance(shared, dict) else ():
        holders.append((("components", "responses", str(name)), response))
    for path, _item, method, op in iter_operations(doc):
        responses = op.get("responses")
        for code, response in responses.items() if isinstance(responses, dict) else ():
            holders.append((("paths", path, method, "responses", str(code)), response))
    found: list[tuple[str, str, dict[str, Any]]] = []
    for where, response in holders:
        content = response.get("content") if isinstance(response, dict) else None
        for media_type, media in content.items() if isinstance(content, dict) else ():
            if stream_kind(str(media_type)) and isinstance(media, dict):
                found.append((pointer(*where, "content", str(media_type)), str(media_type), media))
    return found


def _sse_data_schema(item: dict[str, Any]) -> Any:
    """The schema of an SSE event's `data` when ``item`` describes the whole event, else ``item``."""
    data = (item.get("properties") or {}).get("data") if isinstance(item.get("properties"), dict) else None
    if not isinstance(data, dict):
        return item
    return data.get("contentSchema", data)


def stream_item_schemas(doc: dict[str, Any]) -> list[Change]:
    """Each streaming media type's `schema` becomes the schema of one item (event data, JSON line)."""
    changes: list[Change] = []
    for where, media_type, media in _response_media(doc):
        lines = stream_kind(media_type) == "lines"
        item = media.pop("itemSchema", None)
        if isinstance(item, dict):
            media["schema"] = item if lines else _sse_data_schema(item)
            changes.append(Change("stream_item_schemas", where + "/itemSchema", "the item schema read as `schema`"))
            continue
        schema = media.get("schema")
        if (
            lines
            and isinstance(schema, dict)
            and schema.get("type") == "array"
            and isinstance(schema.get("items"), dict)
        ):
            media["schema"] = schema["items"]
            changes.append(Change("stream_item_schemas", where + "/schema", "each JSON line is one `items` value"))
    return changes


def stream_content_types(doc: dict[str, Any]) -> Findings:
    """JSON-lines types the operations answer with are read as JSON by the parser (not as bytes), unless
    a request body is sent in that type too (the mapping is per media type; such bodies travel as bytes)."""
    requested: set[str] = set()
    for _path, _item, _method, op in iter_operations(doc):
        body = op.get("requestBody")
        content = body.get("content") if isinstance(body, dict) else None
        requested.update(str(m) for m in (content or {}) if isinstance(content, dict))
    answered = {media_type for _, media_type, _ in _response_media(doc)}
    return Findings(
        content_types={m: "application/json" for m in sorted(answered - requested) if stream_kind(m) == "lines"}
    )
