"""Response fixes."""

from __future__ import annotations

from typing import Any

from generator.errors import pointer
from generator.normalize import Change
from generator.normalize.walk import iter_operations

NO_BODY_STATUSES = frozenset({"204", "205", "304"})
WILDCARD_MEDIA_TYPES = frozenset({"*", "*/*"})


def _empty_schema(media: Any) -> bool:
    schema = media.get("schema") if isinstance(media, dict) else None
    return not schema


def drop_no_content_bodies(doc: dict[str, Any]) -> list[Change]:
    """Responses that carry no body lose their `content`.

    A 204, 205 or 304 response has no body by definition (RFC 9110), whatever the spec declares:
    Frame.io's 204s declare media type `*` with a `NoContent` string schema, which
    openapi-python-client rejects ("Unsupported content_type *") and would otherwise parse as a
    string. Any other response whose only media types are `*` or `*/*` without a schema is empty too.
    """
    changes: list[Change] = []
    for path, _item, method, operation in iter_operations(doc):
        responses = operation.get("responses")
        for status, response in responses.items() if isinstance(responses, dict) else ():
            if not isinstance(response, dict) or not isinstance(response.get("content"), dict):
                continue
            content = response["content"]
            if str(status) in NO_BODY_STATUSES:
                reason = f"status {status} has no body"
            elif content and all(m in WILDCARD_MEDIA_TYPES and _empty_schema(v) for m, v in content.items()):
                reason = "only wildcard media types without a schema"
            else:
                continue
            del response["content"]
            where = pointer("paths", path, method, "responses", status, "content")
            changes.append(Change("drop_no_content_bodies", where, f"removed {', '.join(content)}: {reason}"))
    return changes
