"""Request bodies in a text type that answers also use (`text/xml` both ways): sent as bytes.

`raw_request_bodies` sends a body in a type openapi-python-client cannot build (XML, CSV, ...) as
bytes, by having the parser read that media type as octet-stream; that mapping is per media type
string, so for a text type that answers use too it would turn the `str` answers into bytes, and the
request is skipped instead. AWS query-protocol specs (Redshift, RDS, SNS, ...) send and answer
`text/xml` on every operation, so half of them were skipped. The request side is written
`text/xml; charset=utf-8` (the same type on the wire, spelled distinctly), which `raw_request_bodies`
then sends as bytes while answers in `text/xml` stay text.
"""

from __future__ import annotations

from typing import Any

from generator.normalize import Change
from generator.normalize.media_types import _base, _media_types


def split_text_request_types(doc: dict[str, Any]) -> list[Change]:
    changes: list[Change] = []
    requests, responses = _media_types(doc)
    answered = {_base(m) for m in responses}
    for media_type, objects in sorted(requests.items()):
        base = _base(media_type)
        if not base.startswith("text/") or base == "text/plain" or base not in answered or ";" in media_type:
            continue
        spelled = f"{media_type}; charset=utf-8"
        for where, _media, content in objects:
            if media_type not in content or spelled in content:
                continue
            rebuilt = {(spelled if k == media_type else k): v for k, v in content.items()}
            content.clear()
            content.update(rebuilt)
            changes.append(Change("split_text_request_types", where, f"request sent as {spelled} (bytes)"))
    return changes
