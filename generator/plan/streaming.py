"""Which operations stream, and what their streams yield.

An operation streams when its one success response answers first in `text/event-stream` (Server-Sent
Events) or a JSON-lines type (`application/x-ndjson`, `application/jsonl`, `application/json-seq`).
Its method returns `Stream[...]` (`AsyncStream[...]`): of `ServerSentEvent[Item]` for SSE, of `Item`
for JSON lines, where `Item` is the documented schema of one item (normalize/streams.py put it in
`schema`). SSE data documented as a string is read as text (no JSON decoding), a plain string
schema as `str` itself; any other schema is decoded from the event's JSON by the operation's
`_parse_<method>` function. Undocumented items are text (SSE) or the JSON value as received.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

import attr
from openapi_python_client.parser.responses import Response
from openapi_python_client.strings import PythonIdentifier

from generator.normalize.streams import base_media_type, stream_kind
from generator.refs import resolve

StreamKind = Literal["sse", "lines"]
Decoder = Literal["parse", "str", "as_received"]
SSE_TYPE = "text/event-stream"


@dataclass(frozen=True)
class StreamPlan:
    """How one method's streaming response is read."""

    kind: StreamKind
    media_type: str
    item_type: str  # the type of one event's data (SSE) or one record (JSON lines)
    decoder: Decoder  # what each item goes through: the method's `_parse_<method>`, `str`, `as_received`
    json: bool  # whether an item's text is JSON (SSE data documented as a string is not)

    @property
    def yields(self) -> str:
        """The type iterating the stream yields."""
        return f"ServerSentEvent[{self.item_type}]" if self.kind == "sse" else self.item_type

    def events(self, method: str) -> str:
        """The runtime's description of the stream's framing, as a Python expression (``method``: its name)."""
        decoder = f"_parse_{method}" if self.decoder == "parse" else self.decoder
        if self.kind == "lines":
            return f"JsonLines({decoder})"
        return f"ServerSentEvents({decoder}{'' if self.json else ', json=False'})"

    def report(self) -> dict[str, str]:
        return {"kind": self.kind, "media_type": self.media_type, "yields": self.yields}


def _first_media_type(doc: dict[str, Any], raw_op: dict[str, Any], status: str) -> tuple[str, Any] | None:
    response = resolve(doc, (raw_op.get("responses") or {}).get(status), empty_if_missing=True)
    content = response.get("content") if isinstance(response, dict) else None
    if not isinstance(content, dict) or not content:
        return None
    media_type, media = next(iter(content.items()))
    schema = resolve(doc, media.get("schema"), empty_if_missing=True) if isinstance(media, dict) else None
    return str(media_type), schema


def plan_stream(
    doc: dict[str, Any], raw_op: dict[str, Any], successes: list[Response], item_type: str
) -> StreamPlan | None:
    """The stream of an operation whose one success response is an event stream (``None`` otherwise).

    ``item_type`` is the type openapi-python-client parsed from the item schema (`None` without one)."""
    if len(successes) != 1:
        return None
    first = _first_media_type(doc, raw_op, str(successes[0].status_code.pattern))
    if first is None:
        return None
    media_type, schema = first
    kind = stream_kind(media_type)
    if kind is None:
        return None
    documented = successes[0].source["attribute"] != "None" and isinstance(schema, dict) and bool(schema)
    parse: Decoder = "parse"
    if kind == "lines":
        if not documented:
            return StreamPlan("lines", base_media_type(media_type), "Any", "as_received", True)
        return StreamPlan("lines", base_media_type(media_type), item_type, parse, True)
    if not documented:
        return StreamPlan("sse", SSE_TYPE, "str", "str", False)
    if isinstance(schema, dict) and schema.get("type") == "string":
        return StreamPlan("sse", SSE_TYPE, item_type, "str" if item_type == "str" else parse, False)
    return StreamPlan("sse", SSE_TYPE, item_type, parse, True)


def item_response(response: Response) -> Response:
    """The success response with its value read from one item's decoded data (`data`) into `item`, instead
    of from the body, for openapi-python-client's `parse_response` macro."""
    prop = attr.evolve(response.prop, python_name=PythonIdentifier("item", prefix=""))
    return attr.evolve(response, prop=prop, source={"attribute": "data", "return_type": "Any"})
