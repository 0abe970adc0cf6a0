"""A local HTTP server that answers every operation of a spec with a 2xx body synthesised from its schema.

Used to run the documentation snippets for real: the snippet's client is pointed at this server with
`base_url=`, every request is routed to the operation whose method and path template match, and the
answer is the operation's first success status with a JSON body built by `sample_json` (required
properties only, first enum/oneOf choice, fixed formats), plus rate-limit headers so raw-response
snippets have something to show.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from generator.config import load_config
from generator.docs.literals import FIXED_DATE_ISO, FIXED_DATETIME_ISO, FIXED_UUID, string_for_name
from generator.docs.spec import resolve
from generator.load import load_spec
from generator.normalize import normalize

ROOT = Path(__file__).resolve().parents[2]
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
RATE_LIMIT_HEADERS = {"X-RateLimit-Limit": "100", "X-RateLimit-Remaining": "99", "X-RateLimit-Reset": "60"}


@dataclass
class Route:
    method: str
    template: str
    pattern: re.Pattern[str]
    status: int
    content_type: str | None
    body: bytes
    literal_chars: int


@dataclass
class SpecRoutes:
    routes: list[Route]
    hits: dict[str, int] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)

    def find(self, method: str, path: str) -> Route | None:
        candidates = [r for r in self.routes if r.method == method.lower() and r.pattern.fullmatch(path)]
        if not candidates:
            return None
        return max(candidates, key=lambda r: r.literal_chars)


def sample_json(doc: dict[str, Any], schema: Any, depth: int = 0, name: str = "") -> Any:
    """A JSON value valid for `schema`: required properties only, first enum/oneOf choice, fixed formats
    (the generated models must parse it, so nothing optional that might be malformed)."""
    schema = resolve(doc, schema)
    if not isinstance(schema, dict) or depth > 12:
        return None
    if "const" in schema:
        return schema["const"]
    if isinstance(schema.get("enum"), list) and schema["enum"]:
        values = [v for v in schema["enum"] if v is not None]
        return values[0] if values else None
    if isinstance(schema.get("allOf"), list):
        merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        for part in schema["allOf"]:
            part = resolve(doc, part)
            if not isinstance(part, dict):
                continue
            if part.get("allOf") or part.get("oneOf") or part.get("anyOf"):
                value = sample_json(doc, part, depth + 1, name)
                if not isinstance(value, dict):
                    return value
                merged.setdefault("_extra", {}).update(value)
                continue
            if part.get("type") not in (None, "object") and not part.get("properties"):
                return sample_json(doc, part, depth + 1, name)
            merged["properties"].update(part.get("properties") or {})
            merged["required"].extend(part.get("required") or [])
        extra = merged.pop("_extra", {})
        rest = {k: v for k, v in schema.items() if k != "allOf"}
        merged["properties"].update(rest.get("properties") or {})
        merged["required"].extend(rest.get("required") or [])
        value = sample_json(doc, merged, depth + 1, name)
        return {**extra, **value} if isinstance(value, dict) else value
    for key in ("oneOf", "anyOf"):
        options = schema.get(key)
        if isinstance(options, list) and options:
            for option in options:
                resolved = resolve(doc, option)
                if isinstance(resolved, dict) and resolved.get("type") != "null":
                    return sample_json(doc, option, depth + 1, name)
            return None
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind is None:
        kind = "object" if "properties" in schema else ("array" if "items" in schema else None)
    fmt = str(schema.get("format") or "")
    example = schema.get("example")
    if kind == "object":
        required = schema.get("required") or []
        props = schema.get("properties") or {}
        return {key: sample_json(doc, props.get(key, {}), depth + 1, key) for key in required if key in props} | {
            key: "example" for key in required if key not in props
        }
    if kind == "array":
        return [sample_json(doc, schema.get("items") or {}, depth + 1, name)]
    if kind == "integer":
        return example if isinstance(example, int) and not isinstance(example, bool) else 1
    if kind == "number":
        return example if isinstance(example, (int, float)) and not isinstance(example, bool) else 1.5
    if kind == "boolean":
        return example if isinstance(example, bool) else True
    if kind == "string":
        if fmt == "date-time":
            return FIXED_DATETIME_ISO
        if fmt == "date":
            return FIXED_DATE_ISO
        if fmt == "uuid":
            return FIXED_UUID
        if fmt == "binary":
            return "binary"
        if isinstance(example, str):
            return example
        return string_for_name(name, fmt)
    return {}


def _success(doc: dict[str, Any], responses: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    codes = sorted(str(c) for c in responses if str(c)[:1] == "2")
    if codes:
        code = codes[0]
        status = int(code) if code.isdigit() else 200
        return status, resolve(doc, responses.get(code) if code in responses else responses.get(int(code))) or {}
    return 200, resolve(doc, responses.get("default") or {}) or {}


def _body(doc: dict[str, Any], response: dict[str, Any]) -> tuple[str | None, bytes]:
    content = response.get("content") if isinstance(response, dict) else None
    if not isinstance(content, dict) or not content:
        return None, b""
    json_types = [ct for ct in content if ct == "application/json" or ct.endswith("+json") or ct == "*/*"]
    content_type = json_types[0] if json_types else next(iter(content))
    media = content.get(content_type) or {}
    if content_type in json_types:
        value = sample_json(doc, (media or {}).get("schema") or {})
        return "application/json", json.dumps(value).encode()
    if content_type.startswith("text/"):
        return content_type, b"example text"
    return content_type if "*" not in content_type else "application/octet-stream", b"example bytes"


def routes_for(doc: dict[str, Any]) -> SpecRoutes:
    routes: list[Route] = []
    for template, item in (doc.get("paths") or {}).items():
        item = resolve(doc, item)
        if not isinstance(item, dict):
            continue
        regex = "".join(
            "[^/]+" if part.startswith("{") else re.escape(part) for part in re.split(r"(\{[^}]*\})", template)
        )
        literal = len(re.sub(r"\{[^}]*\}", "", template))
        for method in METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            status, response = _success(doc, op.get("responses") or {})
            content_type, body = _body(doc, response)
            if status == 204:
                content_type, body = None, b""
            routes.append(Route(method, template, re.compile(regex), status, content_type, body, literal))
    return SpecRoutes(routes)


def spec_for_api(api: str) -> tuple[dict[str, Any], Any]:
    """The normalized spec and sdk.yaml config of `openapi/<api>/`, as the pipeline sees them."""
    folder = ROOT / "openapi" / api
    config = load_config(folder / "sdk.yaml")
    loaded = load_spec(folder / config.spec, validate=False)  # as the pipeline: normalize, then validate
    normalize(loaded.data)
    return loaded.data, config


def install(server: HTTPServer, spec_routes: SpecRoutes) -> None:
    """Answer every request on `server` from `spec_routes` (404 with a JSON error when nothing matches)."""

    def handler(request: Request) -> Response:
        raw = request.environ.get("RAW_URI") or request.environ.get("REQUEST_URI") or request.path
        path = raw.split("?", 1)[0]
        route = spec_routes.find(request.method, path) or spec_routes.find(request.method, request.path)
        if route is None:
            spec_routes.misses.append(f"{request.method} {path}")
            return Response(json.dumps({"message": "no such operation"}), status=404, content_type="application/json")
        key = f"{route.method.upper()} {route.template}"
        spec_routes.hits[key] = spec_routes.hits.get(key, 0) + 1
        headers = dict(RATE_LIMIT_HEADERS)
        if route.content_type:
            headers["Content-Type"] = route.content_type
        return Response(route.body, status=route.status, headers=headers)

    server.clear()
    server.expect_request(re.compile(".*")).respond_with_handler(handler)
