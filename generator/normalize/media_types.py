"""Media types openapi-python-client cannot parse (image/png, application/xml, text/csv bodies, ...)."""

from __future__ import annotations

from typing import Any

from generator.errors import pointer
from generator.normalize import Change, Findings
from generator.normalize.streams import stream_kind
from generator.normalize.walk import iter_operations

_PARSED = ("application/json", "application/octet-stream")
_RAW = "application/octet-stream"
_BINARY = {"type": "string", "format": "binary"}
_REQUEST_PARSED = (
    "application/json",
    "application/octet-stream",
    "multipart/form-data",
    "application/x-www-form-urlencoded",
)


def _base(media_type: str) -> str:
    return media_type.split(";", 1)[0].strip().lower()


def _parsed(media_type: str) -> bool:
    base = _base(media_type)
    return base in _PARSED or base.startswith("text/") or base.endswith("+json") or stream_kind(base) is not None


# media type → [(pointer, media type object, the `content` mapping holding it)]
Media = dict[str, list[tuple[str, dict[str, Any], dict[str, Any]]]]


def _media_types(doc: dict[str, Any]) -> tuple[Media, Media]:
    """Every request-body and response media type object, with its JSON pointer."""
    bodies: list[tuple[tuple[str, ...], Any]] = []
    answers: list[tuple[tuple[str, ...], Any]] = []
    components = doc.get("components")
    for kind, shelf in (("requestBodies", bodies), ("responses", answers)):
        shared = components.get(kind) if isinstance(components, dict) else None
        shelf.extend((("components", kind, str(k)), v) for k, v in (shared.items() if isinstance(shared, dict) else []))
    for path, _item, method, op in iter_operations(doc):
        bodies.append((("paths", path, method, "requestBody"), op.get("requestBody")))
        codes = op.get("responses")
        answers.extend((("paths", path, method, "responses", str(c)), v) for c, v in _items(codes))
    found: tuple[Media, Media] = ({}, {})
    for into, items in zip(found, (bodies, answers), strict=True):
        for where, holder in items:
            if isinstance(holder, dict) and isinstance(holder.get("content"), dict):
                for media_type, media in holder["content"].items():
                    if isinstance(media, dict):
                        at = pointer(*where, "content", media_type)
                        into.setdefault(str(media_type), []).append((at, media, holder["content"]))
    return found


def _items(node: Any) -> list[tuple[Any, Any]]:
    return list(node.items()) if isinstance(node, dict) else []


def _raw_request(media_type: str, responses: Media) -> bool:
    base = _base(media_type)
    if base in _REQUEST_PARSED or base.endswith("+json") or "*" in base:
        return False
    return not (base.startswith("text/") and media_type in responses)


def _raw_media(doc: dict[str, Any]) -> tuple[Media, Media]:
    """(request, response) media types openapi-python-client cannot parse, to be read as octet-stream."""
    requests, responses = _media_types(doc)
    raw_requests = {m: v for m, v in requests.items() if _raw_request(m, responses)}
    raw_responses = {
        m: v
        for m, v in responses.items()
        if m in raw_requests or (m not in requests and not _parsed(m) and "*" not in m)
    }
    return raw_requests, raw_responses


def raw_request_bodies(doc: dict[str, Any]) -> list[Change]:
    """Bodies in a media type the parser refuses (XML, CSV, PDF, plain text, ...) travel as bytes.

    openapi-python-client builds JSON, form, multipart and octet-stream request bodies and skips any
    other operation; it parses JSON, text and octet-stream answers and omits other responses (a PNG
    download returned None). Such a body's schema becomes `{type: string, format: binary}`: the SDK
    argument is a `File` whose bytes go out with the body's own Content-Type, and the answer comes back
    as a `File` of the bytes. `raw_response_overrides` has the parser read these types as octet-stream.
    Text request bodies were marked before (`text_bodies.text_request_bodies`: a `str` or the bytes);
    a text/* type that is also a response type is left alone here (answers stay `str`).
    """
    changes: list[Change] = []
    for side, found in zip(("request", "response"), _raw_media(doc), strict=True):
        for _media_type, objects in sorted(found.items()):
            for where, media, content in objects:
                parsed = [k for k in content if (_parsed(k) if side == "response" else not _raw_request(k, {}))]
                if parsed:  # JSON (or text) is offered too: the parser reads the first type it knows; keep it first
                    if side == "response" and list(content)[: len(parsed)] != parsed:
                        ordered = {k: content[k] for k in [*parsed, *(k for k in content if k not in parsed)]}
                        content.clear()
                        content.update(ordered)
                    continue
                if media.get("schema") != _BINARY:
                    media["schema"] = dict(_BINARY)
                    changes.append(Change("raw_request_bodies", where + "/schema", f"{side} body as bytes (File)"))
    return changes


def raw_response_overrides(doc: dict[str, Any]) -> dict[str, str]:
    """`{media type: "application/octet-stream"}` for the types `raw_request_bodies` turned into bytes."""
    raw_requests, raw_responses = _raw_media(doc)
    return {m: _RAW for m in sorted({*raw_requests, *raw_responses})}


def raw_response_findings(doc: dict[str, Any]) -> Findings:
    return Findings(content_types=raw_response_overrides(doc))
