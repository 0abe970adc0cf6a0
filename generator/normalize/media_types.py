"""Response media types openapi-python-client cannot parse (image/png, application/xml, application/pdf, ...)."""

from __future__ import annotations

from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_PARSED = ("application/json", "application/octet-stream")
_RAW = "application/octet-stream"


def _parsed(media_type: str) -> bool:
    base = media_type.split(";", 1)[0].strip().lower()
    return base in _PARSED or base.startswith("text/") or base.endswith("+json")


def raw_response_overrides(doc: dict[str, Any]) -> dict[str, str]:
    """`{media type: "application/octet-stream"}` for every response media type the parser would drop.

    openapi-python-client parses JSON, text and octet-stream answers and omits any other response from
    the method ("response will be omitted"), so an image download returned None. Read as
    octet-stream, such an answer comes back as the raw bytes. Media types that also appear in a
    request body are left alone: there the override would change how the body is sent.
    """
    responses: set[str] = set()
    requests: set[str] = set()
    components = doc.get("components") if isinstance(doc.get("components"), dict) else {}
    shared = components.get("responses") if isinstance(components.get("responses"), dict) else {}
    shared_bodies = components.get("requestBodies") if isinstance(components.get("requestBodies"), dict) else {}
    for response in shared.values():
        if isinstance(response, dict) and isinstance(response.get("content"), dict):
            responses.update(str(k) for k in response["content"])
    for body in shared_bodies.values():
        if isinstance(body, dict) and isinstance(body.get("content"), dict):
            requests.update(str(k) for k in body["content"])
    for path_item in (doc.get("paths") or {}).values():
        if not isinstance(path_item, dict):
            continue
        for method in HTTP_METHODS:
            op = path_item.get(method)
            if not isinstance(op, dict):
                continue
            body = op.get("requestBody")
            if isinstance(body, dict) and isinstance(body.get("content"), dict):
                requests.update(str(k) for k in body["content"])
            for response in (op.get("responses") or {}).values() if isinstance(op.get("responses"), dict) else []:
                if isinstance(response, dict) and isinstance(response.get("content"), dict):
                    responses.update(str(k) for k in response["content"])
    return {m: _RAW for m in sorted(responses - requests) if not _parsed(m) and "*" not in m}
