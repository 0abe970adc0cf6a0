"""Wildcard media types (`*/*`, `application/*`): JSON where the schema is structured, bytes otherwise.

Swagger 2.0 specs often declare `consumes: ["*/*"]` / `produces: ["*/*"]` (and converted specs keep
it as `content: {"*/*": ...}`). openapi-python-client supports no wildcard, so every such request
body made its operation be skipped and every such answer was dropped (None). A wildcard entry next
to a concrete media type is removed (the concrete one says what is sent); a lone one becomes
`application/json` when its schema is an object, array, composition or reference, a number or a
boolean, and `application/octet-stream` with a binary schema when it is a string or has no schema.
"""

from __future__ import annotations

from typing import Any

from generator.normalize import Change
from generator.normalize.media_types import _media_types
from generator.refs import resolve

_JSON = "application/json"
_BYTES = "application/octet-stream"


def _structured(doc: dict[str, Any], schema: Any) -> bool:
    target = resolve(doc, schema)
    if not isinstance(target, dict) or not target:
        return False
    if any(k in target for k in ("properties", "allOf", "oneOf", "anyOf", "items", "additionalProperties")):
        return True
    kind = target.get("type")
    return kind not in (None, "string", "file")


def wildcard_media_types(doc: dict[str, Any]) -> list[Change]:
    changes: list[Change] = []
    requests, responses = _media_types(doc)
    for found in (requests, responses):
        for media_type, objects in sorted(found.items()):
            if "*" not in media_type:
                continue
            for where, media, content in objects:
                if media_type not in content:
                    continue
                others = [k for k in content if "*" not in k]
                if others:
                    del content[media_type]
                    changes.append(Change("wildcard_media_types", where, f"dropped beside {others[0]}"))
                    continue
                structured = _structured(doc, media.get("schema"))
                target = _JSON if structured else _BYTES
                if not structured:
                    media["schema"] = {"type": "string", "format": "binary"}
                if target in content:
                    del content[media_type]
                else:
                    rebuilt = {(target if k == media_type else k): v for k, v in content.items()}
                    content.clear()
                    content.update(rebuilt)
                changes.append(Change("wildcard_media_types", where, f"{media_type} read as {target}"))
    return changes
