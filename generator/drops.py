"""What the spec declares and the SDK leaves out, short of a whole operation (those are `skipped`).

Each entry names its kind (`auth`, `parameter`, `media_type`, `response`), what was left out, the JSON
pointer and why, so a user of an SDK generated from an arbitrary spec can see every loss in
`generation-report.json` (`dropped`) and a grouped count on the console. It compares the raw spec with
the typed plan; it decides nothing.
"""

from __future__ import annotations

import re
from typing import Any

from generator.errors import pointer
from generator.normalize.param_names import WIRE_NAME
from generator.normalize.text_bodies import TEXT_BODY_MARK
from generator.plan.model import SdkPlan
from generator.refs import resolve

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# OpenAPI: header parameters with these names are ignored (the Content-Type/Accept/Authorization the SDK sets).
_IGNORED_HEADERS = {"accept", "content-type", "authorization"}


def _resolve(doc: dict[str, Any], value: Any) -> Any:
    return resolve(doc, value, empty_if_missing=True)


def _declared(content: dict[str, Any], key: str) -> str:
    """A request media type as the spec declares it (normalize may re-key a text body for the parser)."""
    media = content.get(key)
    declared = media.get(TEXT_BODY_MARK) if isinstance(media, dict) else None
    return declared if isinstance(declared, str) else key


def _scheme_text(scheme: dict[str, Any]) -> str:
    kind = str(scheme.get("type"))
    if kind == "oauth2":
        flows = sorted(str(f) for f in (scheme.get("flows") or {}))
        return f"oauth2 {', '.join(flows)}" if flows else "oauth2"
    if kind == "http":
        return f"http {scheme.get('scheme')}"
    if kind == "apiKey":
        return f"apiKey in {scheme.get('in')} {scheme.get('name')!r}"
    return kind


def _auth_drops(doc: dict[str, Any], plan: SdkPlan) -> list[dict[str, str]]:
    schemes = (doc.get("components") or {}).get("securitySchemes") or {}
    if not isinstance(schemes, dict):
        return []
    used = plan.auth.scheme_name
    token_url = plan.auth.token_url
    chosen = f"the SDK authenticates with {used!r}" if used else "the SDK sends no credentials"
    drops: list[dict[str, str]] = []
    for name in sorted(schemes):
        scheme = _resolve(doc, schemes[name])
        if not isinstance(scheme, dict):
            continue
        raw_flows = scheme.get("flows")
        flows: dict[str, Any] = raw_flows if isinstance(raw_flows, dict) else {}
        credentials_flow = flows.get("clientCredentials")
        fetches_tokens = isinstance(credentials_flow, dict) and credentials_flow.get("tokenUrl") == token_url
        where = pointer("components", "securitySchemes", name)
        if name == used or (token_url and fetches_tokens):
            if scheme.get("type") == "oauth2":  # used as a bearer token; the interactive flows are not run
                for flow in sorted(str(f) for f in flows if f != "clientCredentials"):
                    drops.append(
                        {
                            "kind": "auth",
                            "what": f"{name} (oauth2 {flow} flow)",
                            "pointer": where + pointer("flows", flow),
                            "reason": f"the SDK does not run the {flow} flow; pass the token it yields as a bearer token",
                        }
                    )
            continue
        drops.append(
            {
                "kind": "auth",
                "what": f"{name} ({_scheme_text(scheme)})",
                "pointer": where,
                "reason": f"one scheme per SDK: {chosen}",
            }
        )
    return drops


def _raw_parameters(doc: dict[str, Any], path: str, method: str) -> dict[tuple[str, str], str]:
    """(name, in) → JSON pointer of every parameter of the operation, operation-level overriding path-level."""
    path_item = (doc.get("paths") or {}).get(path) or {}
    found: dict[tuple[str, str], str] = {}
    for base, params in (
        (("paths", path), path_item.get("parameters")),
        (("paths", path, method), (path_item.get(method) or {}).get("parameters")),
    ):
        for index, raw in enumerate(params if isinstance(params, list) else []):
            param = _resolve(doc, raw)
            if isinstance(param, dict) and isinstance(param.get("name"), str):
                name = str(param.get(WIRE_NAME) or param["name"])  # the name it is sent under
                found[(name, str(param.get("in")))] = pointer(*base, "parameters", index)
    return found


def _operation_drops(doc: dict[str, Any], plan: SdkPlan) -> list[dict[str, str]]:
    drops: list[dict[str, str]] = []
    by_key: dict[str, list[Any]] = {}
    for op in plan.operations:
        by_key.setdefault(op.variant_of or op.key, []).append(op)
    for key, ops in sorted(by_key.items(), key=lambda item: item[1][0].pointer):
        main = next(op for op in ops if not op.variant_of)
        path_item = (doc.get("paths") or {}).get(main.path) or {}
        raw_op = path_item.get(main.method) or {}
        planned = {(p.wire_name, p.location) for p in main.params}
        for (name, location), where in sorted(_raw_parameters(doc, main.path, main.method).items()):
            if (name, location) in planned:
                continue
            ignored = location == "header" and name.lower() in _IGNORED_HEADERS
            drops.append(
                {
                    "kind": "parameter",
                    "what": f"{key}: {location} parameter {name!r}",
                    "pointer": where,
                    "reason": "set by the SDK itself (OpenAPI ignores this header parameter)"
                    if ignored
                    else "openapi-python-client could not use it",
                }
            )
        body = _resolve(doc, raw_op.get("requestBody") or {})
        content = body.get("content") if isinstance(body, dict) else None
        content = content if isinstance(content, dict) else {}
        sent = {op.body.content_key or op.body.content_type for op in ops if op.body is not None}
        for content_key in sorted(content):
            if content_key in sent:
                continue
            media_type = _declared(content, content_key)
            main_type = main.body.content_type if main.body else None
            drops.append(
                {
                    "kind": "media_type",
                    "what": f"{key}: request body as {media_type}",
                    "pointer": main.pointer + pointer("requestBody", "content", media_type),
                    "reason": (
                        f"the method sends {main_type}; sdk.yaml `content_types` can add a method for this one"
                        if main_type
                        else "no supported request media type"
                    ),
                }
            )
    return drops


_OMITTED = re.compile(r"^(?P<key>[A-Z]+ \S+): Cannot parse response for status code (?P<code>\S+)")


def _response_drops(plan: SdkPlan) -> list[dict[str, str]]:
    drops: list[dict[str, str]] = []
    pointers = {op.key: op.pointer for op in plan.operations}
    for warning in sorted(set(plan.warnings)):
        match = _OMITTED.match(warning)
        if match and match["key"] in pointers:
            drops.append(
                {
                    "kind": "response",
                    "what": f"{match['key']}: response {match['code']}",
                    "pointer": pointers[match["key"]] + pointer("responses", match["code"]),
                    "reason": warning.split(": ", 1)[1],
                }
            )
    return drops


def find_drops(doc: dict[str, Any], plan: SdkPlan) -> list[dict[str, str]]:
    """Every auth scheme, parameter, request media type and response the SDK does not offer."""
    return [*_auth_drops(doc, plan), *_operation_drops(doc, plan), *_response_drops(plan)]
