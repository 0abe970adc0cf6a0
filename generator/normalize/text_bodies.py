"""Text request bodies (`text/plain`, `text/csv`, XML, YAML, ...): sent as a `str`, or as the bytes.

openapi-python-client builds JSON, form, multipart and octet-stream request bodies and skips any
other operation. A body in a text type is marked here (`x-sdk-text-body`: the declared media type)
and given a binary schema, so the parser reads it as octet-stream (`raw_response_overrides`); the
plan then makes it a text body: the argument takes a `str`, encoded in the media type's `charset`
(UTF-8 when it names none), or the bytes as a `File`, bytes, an open binary file or a path, and it is
sent with the declared Content-Type. The parser's octet-stream mapping is per media type string, so
where a `text/*` type is also a response type (`text/plain` both ways, the `text/xml` of AWS query
APIs) the request side is re-keyed `<type>; charset=utf-8` for the parser, which keeps the answers
`str`; the declared type is what goes on the wire.
"""

from __future__ import annotations

from typing import Any

from generator.normalize import Change
from generator.normalize.media_types import _base, _media_types

TEXT_BODY_MARK = "x-sdk-text-body"
_TEXT_APPLICATION = {"application/xml", "application/yaml", "application/x-yaml", "application/csv",
                     "application/javascript", "application/sql", "application/graphql"}  # fmt: skip
_BINARY = {"type": "string", "format": "binary"}


def is_text(media_type: str) -> bool:
    """Whether a request body in this media type is text: `text/*`, XML, YAML and a few application types."""
    base = _base(media_type)
    return base.startswith("text/") or base in _TEXT_APPLICATION or base.endswith(("+xml", "+yaml"))


def _parser_key(media_type: str, content: dict[str, Any], answered: set[str]) -> str | None:
    """The key the parser reads a text body under (None: no spelling is free)."""
    if not _base(media_type).startswith("text/") or media_type not in answered:
        return media_type
    spellings = [f"{media_type}; charset=utf-8"] if ";" not in media_type else []
    spellings += [f"{media_type}; x-sdk-request={n}" for n in range(1, 10)]
    return next((s for s in spellings if s not in answered and s not in content), None)


def text_request_bodies(doc: dict[str, Any]) -> list[Change]:
    changes: list[Change] = []
    requests, responses = _media_types(doc)
    answered = set(responses)
    for media_type, objects in sorted(requests.items()):
        if not is_text(media_type):
            continue
        for where, media, content in objects:
            if content.get(media_type) is not media or TEXT_BODY_MARK in media:
                continue
            key = _parser_key(media_type, content, answered)
            if key is None:
                continue  # left to the parser, which skips the operation (reported with its pointer)
            media[TEXT_BODY_MARK] = media_type
            media["schema"] = dict(_BINARY)
            if key != media_type:
                rebuilt = {(key if k == media_type else k): v for k, v in content.items()}
                content.clear()
                content.update(rebuilt)
            changes.append(
                Change("text_request_bodies", where, f"request body as text (str, or the bytes) in {media_type}")
            )
    return changes
