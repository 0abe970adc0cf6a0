"""A mock of an API: validates every request against the spec, answers with a valid body.

`SpecMock(api).handle(request)` takes an `httpx.Request` and

1. finds the operation the request is for (method + path template under the spec's server URL),
2. validates the request (path, query, headers, cookies, security, body) with openapi-core against the
   API's spec as the generator loads it (`generator.load.load_spec`: Swagger 2.0 converted to OpenAPI 3;
   see SPEC_VIEW for the normalized view), and
3. answers with the operation's first success status and a body synthesised from its response schema by
   `synthesise` (deterministic: required properties, first enum value, fixed formats, one array item,
   first oneOf/anyOf variant, merged allOf, `$ref`s resolved with a recursion limit); 204 → empty body.

A rejected request is recorded in `mock.rejected` (and still answered), never raised, so a test sees
every problem of a run at once. The synthesised response is itself checked with openapi-core
(`mock.bad_responses`): a non-empty list there is a bug in this module, not in the SDK.

Two ways in, one logic: `ValidatingTransport(api)` is a `SpecMock` that is also an `httpx.MockTransport`
(in-process, for `httpx.Client` and `httpx.AsyncClient`); `tests.contract.mock_server.MockServer(api)`
serves a `SpecMock` over real HTTP on a loopback port.
"""

from __future__ import annotations

import json
import os
import re
import warnings
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import yaml

ROOT = Path(__file__).resolve().parents[2]
OPENAPI = ROOT / "openapi"

DATE_TIME = "2024-01-02T03:04:05Z"
DATE = "2024-01-02"
UUID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
# The contract is the spec as published (as `generator.load.load_spec` reads it: Swagger 2.0 converted,
# `$ref`s checked). `CONTRACT_SPEC=normalized` validates against the generator's normalized view instead;
# normalizations may widen schemas (catch-all union variants, relaxed `required`), so that view can both
# accept requests the API would reject and reject requests the API accepts.
SPEC_VIEW = os.environ.get("CONTRACT_SPEC", "published")
MAX_DEPTH = 6  # `$ref` nesting beyond which synthesis stops descending into optional parts


# --------------------------------------------------------------------------------------------- loading


@dataclass
class Api:
    """One API folder: its sdk.yaml, the OpenAPI 3 document the generator sees, and an openapi-core view."""

    name: str
    config: dict[str, Any]
    doc: dict[str, Any]
    openapi: Any = field(repr=False)

    @property
    def base_url(self) -> str:
        return str(self.doc["servers"][0]["url"]).rstrip("/")


@dataclass(frozen=True)
class Target:
    """One generated SDK to test: its spec, its config (sdk.yaml keys) and its project folder."""

    name: str
    spec: Path
    project: Path
    config_file: Path | None = None  # openapi/<api>/sdk.yaml; None for the real specs (config made up here)


SHARED_SPECS = ROOT.parent / "shared" / "specs"
# the real-spec SDKs are generated here once per test session, from the current generator, under their own
# package names (`<api>_contract`), so neither a stale build nor tests/realspecs' `<api>_real` packages mix in
REAL_BUILD = ROOT / "build" / "contract-real"
_REAL_GENERATED: set[str] = set()

# the real specs in ../shared/specs: spec file and naming strategy (the config tests/realspecs uses)
REAL_SPECS = {
    "civis": ("civis/swagger.json", "path"),
    "launchdarkly": ("launchdarkly/openapi.json", "tag"),
    "frameio": ("frameio/openapi.json", "dotted"),
}


def targets() -> dict[str, Target]:
    """generated/<api> for every openapi/<api>/sdk.yaml, and `real-<api>` for each real spec generated
    into build/contract-real/<api> by `ensure_real_build` in this process."""
    out: dict[str, Target] = {}
    for sdk_yaml in sorted(OPENAPI.glob("*/sdk.yaml")):
        name = sdk_yaml.parent.name
        spec = sdk_yaml.parent / str(yaml.safe_load(sdk_yaml.read_text(encoding="utf-8"))["spec"])
        out[name] = Target(name, spec, ROOT / "generated" / name, sdk_yaml)
    for name in sorted(_REAL_GENERATED):
        out[f"real-{name}"] = Target(f"real-{name}", SHARED_SPECS / REAL_SPECS[name][0], REAL_BUILD / name)
    return out


def ensure_real_build(name: str) -> bool:
    """build/contract-real/<name> generated from ../shared/specs (once per process); False without the spec."""
    import io

    spec_file, naming = REAL_SPECS[name]
    spec = SHARED_SPECS / spec_file
    if not spec.is_file():
        return False
    if name in _REAL_GENERATED:
        return True
    from generator.config import config_from_dict
    from generator.pipeline import generate

    config = config_from_dict(
        {
            "spec": spec.name,
            "package": f"{name}_contract",
            "client": "Client",
            "async_client": "AsyncClient",
            "naming": naming,
        },
        f"<{name} contract config>",
    )
    generate(spec, config, REAL_BUILD / name, name=name, stream=io.StringIO())
    _REAL_GENERATED.add(name)
    return True


def _real_config(target: Target) -> dict[str, Any]:
    """sdk.yaml keys for a real-spec SDK (package from its report; client classes as configured above;
    the credential keyword read from the client's signature)."""
    import importlib
    import inspect
    import sys

    report = json.loads((target.project / "generation-report.json").read_text(encoding="utf-8"))
    if str(target.project) not in sys.path:
        sys.path.insert(0, str(target.project))
    client = importlib.import_module(report["package"]).Client
    not_credentials = {"base_url", "environment", "timeout", "max_retries", "headers", "httpx_client"}
    keywords = [p for p in inspect.signature(client).parameters if p not in not_credentials]
    return {
        "spec": target.spec.name,
        "package": report["package"],
        "client": "Client",
        "async_client": "AsyncClient",
        "auth": {"param": keywords[0] if keywords else "token"},
        "body_param": "request",
    }


@cache
def load_api(name: str) -> Api:
    from openapi_core import Config, OpenAPI

    from generator.load import load_spec
    from generator.normalize import normalize

    target = targets()[name]
    if target.config_file is not None:
        config = yaml.safe_load(target.config_file.read_text(encoding="utf-8"))
    else:
        config = _real_config(target)
    # the generator's own load (Swagger 2.0 converted); it validates after normalize, and so do its tests,
    # so neither this load nor openapi-core validates the document again
    loaded = load_spec(target.spec, validate=False)
    if SPEC_VIEW == "normalized":
        normalize(loaded.data)
    return Api(name, config, loaded.data, OpenAPI.from_dict(loaded.data, config=Config(spec_validator_cls=None)))


# ------------------------------------------------------------------------------------------- synthesis


def resolve(doc: dict[str, Any], node: Any) -> Any:
    """Follow `$ref`s (local JSON pointers) until a node that is not a reference."""
    seen = 0
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if not ref.startswith("#/"):
            raise ValueError(f"non-local $ref {ref}")
        target: Any = doc
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        if len(node) > 1:  # siblings of a $ref apply too (3.1; and openapi-core applies them in 3.0 as well)
            target = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
        node = target
        seen += 1
        if seen > 50:
            raise ValueError(f"$ref cycle at {ref}")
    return node


def _types(schema: dict[str, Any]) -> list[str]:
    t = schema.get("type")
    if isinstance(t, list):
        return [x for x in t if x != "null"] or ["null"]
    if isinstance(t, str):
        return [t]
    if "properties" in schema or "additionalProperties" in schema or "required" in schema:
        return ["object"]
    if "items" in schema:
        return ["array"]
    return []


def _nullable(schema: dict[str, Any]) -> bool:
    t = schema.get("type")
    return bool(schema.get("nullable")) or (isinstance(t, list) and "null" in t) or t == "null"


def merge_all_of(doc: dict[str, Any], schema: dict[str, Any], depth: int = 0) -> dict[str, Any]:
    """One schema from an allOf: properties and required lists merged, other keywords from the last part."""
    own = {k: v for k, v in schema.items() if k != "allOf"}
    out: dict[str, Any] = {}
    props: dict[str, Any] = {}
    required: list[str] = []
    # every part applies at once; for synthesis a property named by several parts gets the later (more
    # specific) schema, with enums intersected; the schema's own keywords come last
    for part in [*schema["allOf"], own]:
        part = resolve(doc, part)
        if "allOf" in part and depth < 20:
            part = merge_all_of(doc, part, depth + 1)
        for key, value in part.items():
            if key == "properties":
                for prop_name, prop_schema in value.items():
                    if prop_name in props:
                        prop_schema = _merge_property(doc, props[prop_name], prop_schema)
                    props[prop_name] = prop_schema
            elif key == "required":
                required.extend(r for r in value if r not in required)
            else:
                out[key] = value
    if props:
        out["properties"] = props
    if required:
        out["required"] = required
    if "type" not in out and props:
        out["type"] = "object"
    return out


def _merge_property(doc: dict[str, Any], earlier: Any, later: Any) -> Any:
    a, b = resolve(doc, earlier), resolve(doc, later)
    if not isinstance(a, dict) or not isinstance(b, dict):
        return later
    merged = {**a, **b}
    if "enum" in a and "enum" in b:
        merged["enum"] = [v for v in b["enum"] if v in a["enum"]] or b["enum"]
    elif "enum" in a and "const" in b:
        merged.pop("enum")
    return merged


_STRING_CANDIDATES = ["abc", "a", "ABC", "A1", "1", "abc-123", "a_b", "example", "x" * 8, "value1", "US", "en"]


def _string(schema: dict[str, Any], name: str) -> str:
    fmt = schema.get("format")
    by_format = {
        "date-time": DATE_TIME,
        "date": DATE,
        "time": "03:04:05",  # what openapi-schema-validator accepts (no offset)
        "uuid": UUID,
        "email": "user@example.com",
        "uri": "https://example.com/x",
        "url": "https://example.com/x",
        "uri-reference": "https://example.com/x",
        "hostname": "example.com",
        "ipv4": "192.0.2.1",
        "ipv6": "2001:db8::1",
        "byte": "ZGF0YQ==",
        "binary": "data",
        "password": "secret",
        "duration": "P1D",
    }
    value = by_format.get(fmt or "", "abc")
    pattern = schema.get("pattern")
    if pattern:
        try:
            regex = re.compile(pattern)
        except re.error:
            regex = None
        if regex is not None and not regex.search(value):
            for candidate in [*_STRING_CANDIDATES, DATE_TIME, DATE, UUID]:
                if regex.search(candidate):
                    value = candidate
                    break
    min_len = int(schema.get("minLength") or 0)
    max_len = schema.get("maxLength")
    if len(value) < min_len:
        value = value + "x" * (min_len - len(value))
    if max_len is not None and len(value) > int(max_len):
        value = value[: int(max_len)]
    return value


def _number(schema: dict[str, Any], integer: bool) -> int | float:
    value: float = 1 if integer else 1.5
    lo = schema.get("minimum")
    hi = schema.get("maximum")
    xlo = schema.get("exclusiveMinimum")
    xhi = schema.get("exclusiveMaximum")
    if isinstance(xlo, bool):  # OpenAPI 3.0 boolean form
        xlo = lo if xlo else None
        lo = None if xlo is not None else lo
    if isinstance(xhi, bool):
        xhi = hi if xhi else None
        hi = None if xhi is not None else hi
    if lo is not None and value < lo:
        value = lo
    if xlo is not None and value <= xlo:
        value = xlo + 1
    if hi is not None and value > hi:
        value = hi
    if xhi is not None and value >= xhi:
        value = xhi - 1 if integer else (xhi - (xhi - (xlo if xlo is not None else xhi - 1)) / 2)
    mult = schema.get("multipleOf")
    if mult:
        value = mult * max(1, round(value / mult))
    return int(value) if integer else float(value)


_DISCRIMINATED: dict[int, dict[str, tuple[str, str]]] = {}


def discriminated(doc: dict[str, Any]) -> dict[str, tuple[str, str]]:
    """`$ref` → (property, value) for every schema a discriminator names, as a real server would tag it."""
    known = _DISCRIMINATED.get(id(doc))
    if known is not None:
        return known
    out: dict[str, tuple[str, str]] = {}

    def visit(node: Any) -> None:
        if isinstance(node, dict):
            disc = node.get("discriminator")
            if isinstance(disc, dict) and isinstance(disc.get("propertyName"), str):
                prop = disc["propertyName"]
                for value, target in (disc.get("mapping") or {}).items():
                    out.setdefault(target, (prop, value))
                for variant in [*(node.get("oneOf") or []), *(node.get("anyOf") or [])]:
                    ref = variant.get("$ref") if isinstance(variant, dict) else None
                    if isinstance(ref, str) and ref not in out:
                        out[ref] = (prop, ref.rsplit("/", 1)[-1])
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    visit(doc.get("components") or {})
    visit(doc.get("paths") or {})
    _DISCRIMINATED[id(doc)] = out
    return out


def _tag(doc: dict[str, Any], ref: str, value: Any) -> Any:
    """Set the discriminator property of an instance of `ref` to the value that names it (if allowed)."""
    tag = discriminated(doc).get(ref)
    if tag is None or not isinstance(value, dict):
        return value
    prop, name = tag
    target = resolve(doc, {"$ref": ref})
    if "allOf" in target:
        target = merge_all_of(doc, target)
    prop_schema = resolve(doc, (target.get("properties") or {}).get(prop, {}))
    allowed = prop_schema.get("enum") if isinstance(prop_schema, dict) else None
    if isinstance(prop_schema, dict) and "const" in prop_schema:
        allowed = [prop_schema["const"]]
    if allowed is None or name in allowed:
        value[prop] = name
    return value


def synthesise(
    doc: dict[str, Any], schema: Any, *, full: bool = False, name: str = "", _stack: tuple[str, ...] = ()
) -> Any:
    """A deterministic instance of `schema` (see module docstring). `full` also fills optional properties.

    An instance of a schema that a discriminator names (mapping or implicit) carries that name in the
    discriminator property, as a real server's would (a `Folder` says `type: folder`).
    """
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    value = _synthesise(doc, schema, full=full, name=name, _stack=_stack)
    if ref is not None and ref in discriminated(doc):
        value = _tag(doc, ref, value)
    return value


def _synthesise(doc: dict[str, Any], schema: Any, *, full: bool, name: str, _stack: tuple[str, ...]) -> Any:
    if schema is True or schema is None:
        return "value"
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    if ref is not None:
        if _stack.count(ref) >= 1 and len(_stack) > 1 or len(_stack) > MAX_DEPTH * 3:
            target = resolve(doc, schema)
            if _nullable(target):
                return None
            return _minimal(doc, target)
        _stack = (*_stack, ref)
    schema = resolve(doc, schema)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        values = [v for v in schema["enum"] if v is not None]
        return values[0] if values else None
    if "allOf" in schema:
        return synthesise(doc, merge_all_of(doc, schema), full=full, name=name, _stack=_stack)
    for key in ("oneOf", "anyOf"):
        if key in schema:
            variants = [v for v in schema[key] if resolve(doc, v).get("type") != "null"]
            if not variants:
                return None
            variant = variants[0]
            rest = {k: v for k, v in schema.items() if k not in (key, "discriminator")}
            value = synthesise(doc, variant, full=full, name=name, _stack=_stack)
            if rest.get("properties") and isinstance(value, dict):
                base = synthesise(doc, rest, full=full, name=name, _stack=_stack)
                value = {**base, **value} if isinstance(base, dict) else value
            disc = schema.get("discriminator")
            if disc and isinstance(value, dict):
                prop = disc["propertyName"]
                mapping = disc.get("mapping") or {}
                vref = variant.get("$ref") if isinstance(variant, dict) else None
                keys = [k for k, target in mapping.items() if target == vref]
                if keys:
                    value[prop] = keys[0]
                elif vref and prop not in value:
                    value[prop] = vref.rsplit("/", 1)[-1]
            return value
    types = _types(schema)
    kind = types[0] if types else None
    if kind == "null":
        return None
    if kind == "object":
        props: dict[str, Any] = schema.get("properties") or {}
        required = list(schema.get("required") or [])
        out: dict[str, Any] = {}
        deep = len(_stack) > MAX_DEPTH
        max_props = schema.get("maxProperties")
        for prop_name in required:
            if prop_name in props:
                out[prop_name] = synthesise(doc, props[prop_name], full=full, name=prop_name, _stack=_stack)
        if full and not deep:
            for prop_name, prop_schema in props.items():
                if max_props is not None and len(out) >= int(max_props):
                    break
                if prop_name not in out:
                    out[prop_name] = synthesise(doc, prop_schema, full=full, name=prop_name, _stack=_stack)
        for prop_name in required:
            if prop_name not in out:
                extra = schema.get("additionalProperties")
                out[prop_name] = synthesise(
                    doc, extra if isinstance(extra, dict) else {}, name=prop_name, _stack=_stack
                )
        min_props = int(schema.get("minProperties") or 0)
        for prop_name, prop_schema in props.items():
            if len(out) >= min_props:
                break
            if prop_name not in out:
                out[prop_name] = synthesise(doc, prop_schema, full=full, name=prop_name, _stack=_stack)
        extra = schema.get("additionalProperties")
        if len(out) < min_props and extra is not False:
            for i in range(min_props - len(out)):
                out[f"key{i}"] = synthesise(
                    doc, extra if isinstance(extra, dict) else {"type": "string"}, full=full, _stack=_stack
                )
        return out
    if kind == "array":
        items = schema.get("items", {})
        count = max(1, int(schema.get("minItems") or 0))
        if schema.get("maxItems") == 0:
            return []
        first = synthesise(doc, items, full=full, name=name, _stack=_stack)
        if count == 1:
            return [first]
        out_list = [first]
        for i in range(1, count):
            item = synthesise(doc, items, full=full, name=name, _stack=_stack)
            if isinstance(item, str):
                item = f"{item}{i}"
            elif isinstance(item, int) and not isinstance(item, bool):
                item = item + i
            out_list.append(item)
        return out_list
    if kind == "string":
        return _string(schema, name)
    if kind == "integer":
        return _number(schema, True)
    if kind == "number":
        return _number(schema, False)
    if kind == "boolean":
        return True
    return "value"


def _minimal(doc: dict[str, Any], schema: dict[str, Any], depth: int = 0) -> Any:
    """What to return once the recursion limit is hit: the smallest instance that is likely valid
    (required properties only, arrays empty, null where allowed)."""
    if "allOf" in schema:
        schema = merge_all_of(doc, schema)
    if _nullable(schema):
        return None
    types = _types(schema)
    if "oneOf" in schema or "anyOf" in schema or depth > 3:
        return {}
    if types[:1] == ["array"]:
        return [] if not schema.get("minItems") else [_minimal(doc, resolve(doc, schema.get("items", {})), depth + 1)]
    if not types or types[0] == "object":
        props = schema.get("properties") or {}
        return {
            name: _minimal(doc, resolve(doc, props[name]), depth + 1) if name in props else "value"
            for name in schema.get("required") or []
        }
    return synthesise(doc, {k: v for k, v in schema.items() if k not in ("properties",)})


# ---------------------------------------------------------------------------------------- operations


@dataclass
class Route:
    method: str
    template: str
    regex: re.Pattern[str]
    operation: dict[str, Any]
    path_item: dict[str, Any]


def routes(api: Api) -> list[Route]:
    out: list[Route] = []
    for template, item in (api.doc.get("paths") or {}).items():
        item = resolve(api.doc, item)
        for method, operation in item.items():
            if method not in ("get", "put", "post", "delete", "patch", "head", "options", "trace"):
                continue
            pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "/?$"
            out.append(Route(method, template, re.compile(pattern), operation, item))
    # concrete segments win over templated ones (/users/me before /users/{id})
    out.sort(key=lambda r: (r.template.count("{"), -len(r.template)))
    return out


def required_headers(api: Api, operation: dict[str, Any], status: int) -> dict[str, str]:
    """Values for the response headers the spec marks required."""
    responses = operation.get("responses") or {}
    response = resolve(api.doc, responses.get(str(status)) or responses.get(status) or {})
    out: dict[str, str] = {}
    for name, header in (response.get("headers") or {}).items():
        header = resolve(api.doc, header)
        if header.get("required"):
            value = synthesise(api.doc, header.get("schema", {"type": "string"}), name=name)
            out[name] = str(value).lower() if isinstance(value, bool) else str(value)
    return out


def success_response(api: Api, operation: dict[str, Any]) -> tuple[int, str | None, Any]:
    """(status, content type, schema) of the operation's first 2xx response (200 when only `default`)."""
    responses = operation.get("responses") or {}
    codes = sorted(c for c in responses if str(c).startswith("2") and str(c).isdigit())
    if not codes:
        codes = [c for c in responses if str(c).upper() == "2XX"] or [c for c in responses if c == "default"]
    if not codes:
        return 200, None, None
    code = codes[0]
    status = int(code) if str(code).isdigit() else 200
    response = resolve(api.doc, responses[code])
    content = response.get("content") or {}
    if status == 204 or not content:
        return status, None, None
    for media in content:
        if media == "application/json" or media.endswith("+json"):
            return status, media, content[media].get("schema", {})
    media = next(iter(content))
    return status, media, content[media].get("schema")


# ----------------------------------------------------------------------------------------- transport


class _OpenApiRequest:
    """openapi-core's Request protocol over an `httpx.Request`."""

    def __init__(self, request: httpx.Request, body: bytes, host_url: str | None = None) -> None:
        from openapi_core.datatypes import RequestParameters
        from werkzeug.datastructures import Headers, ImmutableMultiDict

        url = request.url
        self.host_url = host_url or f"{url.scheme}://{url.netloc.decode()}"
        self.path = url.path
        self.method = request.method.lower()
        cookies: list[tuple[str, str]] = []
        for chunk in request.headers.get_list("cookie"):
            for pair in chunk.split(";"):
                if "=" in pair:
                    k, v = pair.strip().split("=", 1)
                    cookies.append((k, v))
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(list(url.params.multi_items())),
            header=Headers(list(request.headers.multi_items())),
            cookie=ImmutableMultiDict(cookies),
        )
        self.content_type = request.headers.get("content-type", "").lower()
        self.body = body or None


class _OpenApiResponse:
    def __init__(self, response: httpx.Response) -> None:
        from werkzeug.datastructures import Headers

        self.status_code = response.status_code
        self.headers = Headers(list(response.headers.multi_items()))
        self.content_type = response.headers.get("content-type", "").lower()
        self.data = response.content


_UNSET: Any = object()
_NEXT_KEYS = {"next", "nextlink", "nextpage", "nexturl", "nextpageurl"}
_CURSOR_WORDS = ("after", "cursor", "token", "starting", "next", "continuation", "marker")


def point_next_links(doc: dict[str, Any], value: Any, request: httpx.Request, route: Route) -> Any:
    """Next links in a page (`links.next`, `_links.next.href`, ...) made to point at the same operation.

    A synthesised link is an arbitrary string; a real server's is the same URL with the cursor parameter
    set. So a pager reading the cursor from the link, or following the link, sends a request this
    transport can check, instead of one to an unknown path.
    """
    params = [*(route.path_item.get("parameters") or []), *(route.operation.get("parameters") or [])]
    names = [str(p.get("name", "")) for p in (resolve(doc, p) for p in params) if p.get("in") == "query"]
    cursor = next((n for n in names if any(w in n.lower() for w in _CURSOR_WORDS)), None)
    link = str(request.url.copy_merge_params({cursor: "next-page"}) if cursor else request.url)

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            out: dict[str, Any] = {}
            for key, item in node.items():
                normalized = re.sub(r"[^a-z]", "", str(key).lower())
                if normalized in _NEXT_KEYS and isinstance(item, str):
                    out[key] = link
                elif normalized in _NEXT_KEYS and isinstance(item, dict) and isinstance(item.get("href"), str):
                    out[key] = {**item, "href": link}
                else:
                    out[key] = walk(item)
            return out
        if isinstance(node, list):
            return [walk(item) for item in node]
        return node

    return walk(value)


@dataclass
class Exchange:
    method: str
    url: str
    operation: str | None  # "GET /shelves/{shelfId}"
    errors: list[str]
    status: int = 0
    body: Any = None


def _describe(exc: BaseException) -> str:
    parts = [f"{type(exc).__name__}: {exc}"]
    for attr in ("schema_errors", "errors"):
        for sub in getattr(exc, attr, None) or []:
            parts.append(f"  {getattr(sub, 'message', sub)}"[:300])
    cause = exc.__cause__
    while cause is not None and len(parts) < 6:
        parts.append(f"  caused by {type(cause).__name__}: {cause}"[:300])
        for sub in getattr(cause, "schema_errors", None) or []:
            parts.append(f"    {getattr(sub, 'message', sub)}"[:300])
        cause = cause.__cause__
    return "\n".join(parts)


class SpecMock:
    """The validator and answerer of one API, shared by `ValidatingTransport` (in-process) and
    `tests.contract.mock_server.MockServer` (over HTTP): `handle(request)` validates an `httpx.Request`
    against the spec and returns the `httpx.Response` to answer with; `exchanges`, `rejected` and
    `bad_responses` record what happened.

    `full` makes synthesised bodies carry every optional property; `next_body`, when set, is the JSON
    body to answer with instead (set per call by the hypothesis response pass); `inject`, a list of
    statuses answered (in order, one per request, before any validation) with an empty body and
    `Retry-After: 0`, lets a test make a real client retry.
    """

    def __init__(self, api: Api | str, *, full: bool = False) -> None:
        self.api = load_api(api) if isinstance(api, str) else api
        self.full = full
        self.routes = routes(self.api)
        split = urlsplit(self.api.base_url)
        self.base_path = split.path.rstrip("/")
        # the origin requests are validated under: the spec's server, wherever the request was sent
        self.spec_origin = f"{split.scheme}://{split.netloc}"
        self.exchanges: list[Exchange] = []
        self.next_body: Any = _UNSET
        self.inject: list[int] = []

    @property
    def rejected(self) -> list[Exchange]:
        return [e for e in self.exchanges if e.errors]

    @property
    def bad_responses(self) -> list[Exchange]:
        return [e for e in self.exchanges if any(x.startswith("response:") for x in e.errors)]

    def reset(self) -> None:
        self.exchanges = []

    def find(self, method: str, path: str) -> Route | None:
        if self.base_path and path.startswith(self.base_path):
            path = path[len(self.base_path) :] or "/"
        for route in self.routes:
            if route.method == method and route.regex.match(path):
                return route
        return None

    def handle(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        if self.inject:
            status = self.inject.pop(0)
            self.exchanges.append(Exchange(request.method, str(request.url), None, [], status))
            return httpx.Response(status, headers={"retry-after": "0"})
        route = self.find(request.method.lower(), request.url.path)
        exchange = Exchange(request.method, str(request.url), None, [])
        self.exchanges.append(exchange)
        if route is None:
            exchange.errors.append(f"request: no operation {request.method} {request.url.path} in the spec")
            return httpx.Response(404, json={"message": "not found"})
        exchange.operation = f"{route.method.upper()} {route.template}"
        oa_request = _OpenApiRequest(request, body, host_url=self.spec_origin)
        try:
            with warnings.catch_warnings():
                warnings.filterwarnings("ignore", "Unsupported scheme type")  # openapi-core on oauth2/openId
                self.api.openapi.validate_request(oa_request)
        except Exception as exc:  # noqa: BLE001 - recorded, not raised
            exchange.errors.append("request: " + _describe(exc))
        status, media, schema = success_response(self.api, route.operation)
        exchange.status = status
        headers = required_headers(self.api, route.operation, status)
        if media is None:
            response = httpx.Response(status, headers=headers)
        elif media == "application/json" or media.endswith("+json"):
            if self.next_body is not _UNSET:
                value = self.next_body
            else:
                value = synthesise(self.api.doc, schema or {}, full=self.full)
            value = point_next_links(self.api.doc, value, request, route)
            exchange.body = value
            response = httpx.Response(
                status, content=json.dumps(value).encode(), headers={**headers, "content-type": media}
            )
        else:
            resolved = resolve(self.api.doc, schema) if schema else {}
            if _types(resolved)[:1] in (["object"], ["array"]) or "allOf" in resolved:
                value = synthesise(self.api.doc, resolved, full=self.full)
                text = json.dumps(value).encode()
            else:
                text = b"data"
            response = httpx.Response(status, content=text, headers={**headers, "content-type": media})
        if status != 204 and (media is None or media == "application/json" or media.endswith("+json")):
            # openapi-core cannot read other media types (text/event-stream, binary); those are not checked
            try:
                self.api.openapi.validate_response(oa_request, _OpenApiResponse(response))
            except Exception as exc:  # noqa: BLE001
                exchange.errors.append("response: " + _describe(exc))
        return response


class ValidatingTransport(SpecMock, httpx.MockTransport):
    """Mock transport for one API (usable by `httpx.Client` and `httpx.AsyncClient`): `SpecMock.handle`
    answers every request in-process."""

    def __init__(self, api: Api | str, *, full: bool = False) -> None:
        SpecMock.__init__(self, api, full=full)
        httpx.MockTransport.__init__(self, self.handle)
