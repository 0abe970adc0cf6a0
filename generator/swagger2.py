"""Swagger 2.0 → OpenAPI 3.0.3 conversion (runs inside the load stage).

A small, deterministic converter for the constructs real Swagger 2.0 specs use: host/basePath/schemes
become `servers`; `definitions`, global `parameters` and `responses` move under `components` (every
`$ref` rewritten); `in: body` and `in: formData` parameters become a `requestBody` (media types from
`consumes`); other parameters get a `schema` and a `style`/`explode` from `collectionFormat`;
response schemas get one `content` entry per `produces` media type; `x-nullable` becomes `nullable`;
`securityDefinitions` become `securitySchemes`. Every `x-` extension is kept where it was.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from generator.errors import SpecError, pointer

OPENAPI_VERSION = "3.0.3"
DEFAULT_MEDIA_TYPE = "application/json"
FORM_MEDIA_TYPES = ("multipart/form-data", "application/x-www-form-urlencoded")
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch")

# Keywords a Swagger 2.0 non-body parameter (or header, or `items`) shares with a JSON schema.
_SCHEMA_KEYWORDS = (
    "type", "format", "items", "enum", "default", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
    "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "multipleOf",
)  # fmt: skip
# collectionFormat → (style, explode) for query parameters; path and header use `simple` (comma-separated), so
# any other format there, like `tsv` anywhere, keeps `x-collectionFormat` and becomes a warning in the plan.
_QUERY_STYLES = {
    "csv": ("form", False),
    "ssv": ("spaceDelimited", False),
    "pipes": ("pipeDelimited", False),
    "multi": ("form", True),
    "tsv": ("form", False),  # no OpenAPI 3 equivalent; kept as x-collectionFormat
}
_TEXT_KEYS = ("description", "title", "summary")
_COMPONENT_NAME = re.compile(r"[^A-Za-z0-9._-]")
_OAUTH2_FLOWS = {
    "implicit": ("implicit", ("authorizationUrl",)),
    "password": ("password", ("tokenUrl",)),
    "application": ("clientCredentials", ("tokenUrl",)),
    "accessCode": ("authorizationCode", ("authorizationUrl", "tokenUrl")),
}


def _at(where: str, *tokens: object) -> str:
    """Extend an already-escaped JSON pointer by raw tokens."""
    return where + pointer(*tokens)


def _extensions(node: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in node.items() if isinstance(k, str) and k.startswith("x-")}


class _Converter:
    def __init__(self, doc: dict[str, Any], file: str) -> None:
        self.doc = doc
        self.file = file
        self.consumes: list[str] = list(doc.get("consumes") or [])
        self.produces: list[str] = list(doc.get("produces") or [])
        self.schema_names = {name: _COMPONENT_NAME.sub("_", name) for name in doc.get("definitions") or {}}

    # -- references ---------------------------------------------------------------------------------

    def ref(self, ref: str, where: str) -> str:
        for old, new in (("#/parameters/", "#/components/parameters/"), ("#/responses/", "#/components/responses/")):
            if ref.startswith(old):
                return new + ref[len(old) :]
        if ref.startswith("#/definitions/"):
            name = ref[len("#/definitions/") :].replace("~1", "/").replace("~0", "~")
            rest = ""
            if "/" in name:  # a pointer into a definition, e.g. #/definitions/A/properties/b
                name, rest = name.split("/", 1)
                rest = "/" + rest
            return "#/components/schemas/" + self.schema_names.get(name, name) + rest
        if ref.startswith("#/"):
            raise SpecError(self.file, where, f"reference {ref!r} points outside definitions, parameters and responses")
        return ref

    def lookup(self, ref: str, where: str) -> Any:
        target: Any = self.doc
        for token in ref[2:].split("/"):
            token = token.replace("~1", "/").replace("~0", "~")
            if not isinstance(target, dict) or token not in target:
                raise SpecError(self.file, where, f"unresolvable reference {ref!r}")
            target = target[token]
        return target

    # -- schemas ------------------------------------------------------------------------------------

    def schema(self, node: Any, where: str) -> Any:
        """A Swagger schema object → an OpenAPI 3.0 schema object (recursively)."""
        if isinstance(node, list):
            return [self.schema(item, f"{where}/{i}") for i, item in enumerate(node)]
        if not isinstance(node, dict):
            return node
        out: dict[str, Any] = {}
        nullable = node.get("x-nullable") is True
        for key, value in node.items():
            if key == "x-nullable" or key in _TEXT_KEYS and value is None:
                continue
            if key == "required" and value == []:  # `required: []` is invalid in 3.0 (minItems 1)
                continue
            if key == "$ref" and isinstance(value, str):
                out[key] = self.ref(value, where + "/$ref")
            elif key == "type" and value == "file":
                out["type"] = "string"
                out["format"] = "binary"
            elif key == "discriminator" and isinstance(value, str):
                out[key] = {"propertyName": value}
            elif key in ("properties", "definitions") and isinstance(value, dict):
                out[key] = {name: self.schema(sub, _at(where, key, name)) for name, sub in value.items()}
            elif key in ("items", "additionalProperties", "not", "allOf", "anyOf", "oneOf"):
                out[key] = self.schema(value, f"{where}/{key}")
            else:
                out[key] = copy.deepcopy(value)
        if nullable:
            if "$ref" in out:  # siblings of $ref are ignored in 3.0; wrap it
                out = {"allOf": [{"$ref": out.pop("$ref")}], **out}
            out["nullable"] = True
        return out

    def simple_schema(self, node: dict[str, Any], where: str) -> dict[str, Any]:
        """The schema of a non-body parameter, a header or an `items` object (Swagger's simple types)."""
        out: dict[str, Any] = {}
        for key in _SCHEMA_KEYWORDS:
            if key not in node:
                continue
            value = node[key]
            if key == "items" and isinstance(value, dict):
                out[key] = self.simple_schema(value, where + "/items")
            elif key == "type" and value == "file":
                out.update(type="string", format="binary")
            else:
                out[key] = copy.deepcopy(value)
        if node.get("x-nullable") is True:
            out["nullable"] = True
        if "$ref" in node:  # not allowed by Swagger 2.0, but seen in the wild on items
            out["$ref"] = self.ref(node["$ref"], where + "/$ref")
        return out

    # -- parameters ---------------------------------------------------------------------------------

    def parameter(self, param: dict[str, Any], where: str) -> dict[str, Any]:
        """A non-body, non-formData parameter."""
        out: dict[str, Any] = {"name": param.get("name"), "in": param.get("in")}
        for key in ("description", "required", "deprecated", "allowEmptyValue"):
            if param.get(key) is not None:
                out[key] = param[key]
        if param.get("in") == "path":
            out["required"] = True
        out["schema"] = self.simple_schema(param, where)
        if param.get("type") == "array":
            fmt = param.get("collectionFormat", "csv")
            if param.get("in") == "query":
                style, explode = _QUERY_STYLES.get(fmt, ("form", False))
                out["style"], out["explode"] = style, explode
            elif param.get("in") in ("path", "header"):
                out["style"], out["explode"] = "simple", False
            if fmt == "tsv" or (param.get("in") != "query" and fmt != "csv"):
                out["x-collectionFormat"] = (
                    fmt  # no style expresses it: the plan warns (generator/plan/param_styles.py)
                )
        out.update(_extensions(param))
        return out

    def resolve_param(self, param: Any, where: str) -> tuple[dict[str, Any], str | None]:
        """(the parameter, its $ref or None)."""
        if isinstance(param, dict) and isinstance(param.get("$ref"), str):
            ref = param["$ref"]
            if not ref.startswith("#/parameters/"):
                raise SpecError(
                    self.file, where + "/$ref", f"a parameter reference must point into #/parameters/, not {ref!r}"
                )
            target = self.lookup(ref, where + "/$ref")
            if not isinstance(target, dict):
                raise SpecError(self.file, where + "/$ref", "the referenced parameter is not a mapping")
            return target, ref
        if not isinstance(param, dict):
            raise SpecError(self.file, where, "a parameter must be a mapping")
        return param, None

    def parameters(self, params: list[Any], where: str) -> tuple[list[Any], list[tuple[dict[str, Any], str]]]:
        """Split into OpenAPI 3 parameters (refs kept) and body/formData parameters (resolved, with pointer)."""
        plain: list[Any] = []
        bodies: list[tuple[dict[str, Any], str]] = []
        for i, raw in enumerate(params or []):
            at = f"{where}/{i}"
            param, ref = self.resolve_param(raw, at)
            if param.get("in") in ("body", "formData"):
                bodies.append((param, at))
            elif ref is not None:
                plain.append({"$ref": self.ref(ref, at + "/$ref")})
            else:
                plain.append(self.parameter(param, at))
        return plain, bodies

    def request_body(self, bodies: list[tuple[dict[str, Any], str]], consumes: list[str]) -> dict[str, Any] | None:
        body = [(p, w) for p, w in bodies if p.get("in") == "body"]
        form = [(p, w) for p, w in bodies if p.get("in") == "formData"]
        if body:
            param, where = body[-1]
            schema = self.schema(param.get("schema") or {}, where + "/schema")
            media_types = [m for m in consumes if m not in FORM_MEDIA_TYPES] or consumes or [DEFAULT_MEDIA_TYPE]
            out: dict[str, Any] = {}
            if param.get("description"):
                out["description"] = param["description"]
            out["content"] = {m: {"schema": copy.deepcopy(schema)} for m in media_types}
            if param.get("required"):
                out["required"] = True
            out.update(_extensions(param))
            return out
        if form:
            properties: dict[str, Any] = {}
            required: list[str] = []
            has_file = False
            for param, where in form:
                name = str(param.get("name"))
                prop = self.simple_schema(param, where)
                if param.get("description"):
                    prop["description"] = param["description"]
                properties[name] = prop
                has_file = has_file or param.get("type") == "file"
                if param.get("required"):
                    required.append(name)
            schema = {"type": "object", "properties": properties}
            if required:
                schema["required"] = required
            media_types = [m for m in consumes if m in FORM_MEDIA_TYPES]
            if has_file:
                media_types = ["multipart/form-data"]
            elif not media_types:
                media_types = ["application/x-www-form-urlencoded"]
            out = {"content": {m: {"schema": copy.deepcopy(schema)} for m in media_types}}
            if required:
                out["required"] = True
            return out
        return None

    # -- responses ----------------------------------------------------------------------------------

    def response(self, resp: Any, produces: list[str], where: str) -> Any:
        if not isinstance(resp, dict):
            return resp
        if isinstance(resp.get("$ref"), str):
            return {"$ref": self.ref(resp["$ref"], where + "/$ref")}
        out: dict[str, Any] = {"description": resp.get("description") or ""}
        headers = resp.get("headers")
        if isinstance(headers, dict) and headers:
            out["headers"] = {}
            for name, header in headers.items():
                header = header if isinstance(header, dict) else {}
                converted: dict[str, Any] = {}
                if header.get("description"):
                    converted["description"] = header["description"]
                converted["schema"] = self.simple_schema(header, _at(where, "headers", name))
                converted.update(_extensions(header))
                out["headers"][name] = converted
        if "schema" in resp:
            schema = self.schema(resp["schema"], where + "/schema")
            raw_examples = resp.get("examples")
            examples: dict[str, Any] = raw_examples if isinstance(raw_examples, dict) else {}
            content: dict[str, Any] = {}
            for media_type in produces or [DEFAULT_MEDIA_TYPE]:
                entry: dict[str, Any] = {"schema": copy.deepcopy(schema)}
                if media_type in examples:
                    entry["example"] = copy.deepcopy(examples[media_type])
                content[media_type] = entry
            out["content"] = content
        out.update(_extensions(resp))
        return out

    # -- operations and paths -----------------------------------------------------------------------

    def operation(
        self, op: dict[str, Any], path_bodies: list[tuple[dict[str, Any], str]], where: str
    ) -> dict[str, Any]:
        consumes = list(op.get("consumes") or self.consumes)
        produces = list(op.get("produces") or self.produces)
        out: dict[str, Any] = {}
        for key in ("tags", "summary", "description", "externalDocs", "operationId"):
            if op.get(key) is not None:  # real specs write `description: null`; 3.0 wants a string or nothing
                out[key] = copy.deepcopy(op[key])
        params, bodies = self.parameters(op.get("parameters") or [], where + "/parameters")
        if params:
            out["parameters"] = params
        own = {(p.get("in"), p.get("name")) for p, _ in bodies}
        merged = [(p, w) for p, w in path_bodies if (p.get("in"), p.get("name")) not in own] + bodies
        request_body = self.request_body(merged, consumes)
        if request_body is not None:
            out["requestBody"] = request_body
        responses = op.get("responses") or {}
        out["responses"] = {
            str(code): self.response(resp, produces, _at(where, "responses", code)) for code, resp in responses.items()
        } or {"default": {"description": ""}}
        for key in ("deprecated", "security"):
            if key in op:
                out[key] = copy.deepcopy(op[key])
        out.update(copy.deepcopy(_extensions(op)))
        return out

    def path_item(self, item: dict[str, Any], where: str) -> dict[str, Any]:
        if isinstance(item.get("$ref"), str):
            raise SpecError(self.file, where + "/$ref", "path item references are not supported")
        out: dict[str, Any] = {}
        params, bodies = self.parameters(item.get("parameters") or [], where + "/parameters")
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                out[method] = self.operation(op, bodies, _at(where, method))
        if params:
            out["parameters"] = params
        out.update(copy.deepcopy(_extensions(item)))
        return out

    # -- top level ----------------------------------------------------------------------------------

    def servers(self) -> list[dict[str, Any]]:
        host = self.doc.get("host")
        base_path = str(self.doc.get("basePath") or "").rstrip("/")
        if not host:
            return [{"url": base_path}] if base_path else []
        schemes = list(self.doc.get("schemes") or ["https"])
        return [{"url": f"{scheme}://{host}{base_path}"} for scheme in schemes]

    def security_scheme(self, scheme: dict[str, Any]) -> dict[str, Any]:
        kind = scheme.get("type")
        out: dict[str, Any]
        if kind == "basic":
            out = {"type": "http", "scheme": "basic"}
        elif kind == "oauth2":
            flow_name, urls = _OAUTH2_FLOWS.get(str(scheme.get("flow")), ("implicit", ("authorizationUrl",)))
            flow = {url: scheme.get(url, "") for url in urls}
            flow["scopes"] = copy.deepcopy(scheme.get("scopes") or {})
            out = {"type": "oauth2", "flows": {flow_name: flow}}
        else:
            out = {k: copy.deepcopy(v) for k, v in scheme.items() if k in ("type", "name", "in")}
        if scheme.get("description"):
            out["description"] = scheme["description"]
        out.update(copy.deepcopy(_extensions(scheme)))
        return out

    def convert(self) -> dict[str, Any]:
        doc = self.doc
        out: dict[str, Any] = {"openapi": OPENAPI_VERSION, "info": copy.deepcopy(doc.get("info") or {})}
        servers = self.servers()
        if servers:
            out["servers"] = servers
        for key in ("tags", "externalDocs"):
            if key in doc:
                out[key] = copy.deepcopy(doc[key])
        paths: dict[str, Any] = {}
        for path, item in (doc.get("paths") or {}).items():
            if isinstance(item, dict) and not path.startswith("x-"):
                paths[path] = self.path_item(item, pointer("paths", path))
            else:
                paths[path] = copy.deepcopy(item)
        out["paths"] = paths
        components: dict[str, Any] = {}
        definitions = doc.get("definitions") or {}
        if definitions:
            components["schemas"] = {
                self.schema_names[name]: self.schema(schema, pointer("definitions", name))
                for name, schema in definitions.items()
            }
        responses = doc.get("responses") or {}
        if responses:
            components["responses"] = {
                name: self.response(resp, self.produces, pointer("responses", name)) for name, resp in responses.items()
            }
        parameters = {
            name: self.parameter(param, pointer("parameters", name))
            for name, param in (doc.get("parameters") or {}).items()
            if isinstance(param, dict) and param.get("in") not in ("body", "formData")
        }
        if parameters:
            components["parameters"] = parameters
        security = doc.get("securityDefinitions") or {}
        if security:
            components["securitySchemes"] = {
                name: self.security_scheme(scheme if isinstance(scheme, dict) else {})
                for name, scheme in security.items()
            }
        if components:
            out["components"] = components
        if "security" in doc:
            out["security"] = copy.deepcopy(doc["security"])
        out.update(copy.deepcopy(_extensions(doc)))
        return out


def convert(doc: dict[str, Any], file: str) -> dict[str, Any]:
    """Return an OpenAPI 3.0.3 document equivalent to the Swagger 2.0 `doc` (which is left untouched)."""
    return _Converter(doc, file).convert()
