"""API level: compare two normalized specs and classify every change with an oasdiff rule id.

Both sides go through the pipeline's own load and normalize stages (`load_spec`, `normalize`), so a
Swagger 2.0 file and its OpenAPI 3 conversion compare alike, and every `$ref` is followed rather
than compared: a schema, parameter or response that only moved (inline to `components`, or to
another component name) is no change. Operations are matched by method and path, with path
parameter names ignored (`/books/{id}` is `/books/{bookId}`); parameters by location and name.

Hand-written: the maintained OpenAPI differs are oasdiff (Go) and openapi-diff (Java); neither is a
Python library, and the main job should need no other toolchain. The rule ids and their
classification follow oasdiff (see `generator/diff/rules.py`); the walk is ours and small.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.diff.findings import Finding, api_finding
from generator.refs import resolve

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_TEMPLATE = re.compile(r"\{[^}/]*\}")


def load_normalized(path: Path) -> dict[str, Any]:
    """The spec as the pipeline sees it after load and normalize (Swagger 2.0 converted)."""
    from generator.load import load_spec
    from generator.normalize import normalize

    loaded = load_spec(path, validate=False)
    normalize(loaded.data)
    return loaded.data


@dataclass
class _Side:
    doc: dict[str, Any]

    def resolve(self, node: Any) -> Any:
        return resolve(self.doc, node, empty_if_missing=True)


@dataclass
class _Walk:
    """Shared state while comparing one operation's schemas: both documents and the pairs already seen."""

    base: _Side
    head: _Side
    operation: str
    findings: list[Finding]
    seen: set[tuple[int, int]] = field(default_factory=set)  # schema pairs on the current path (cycle guard)

    def add(self, rule: str, message: str, *, breaking: bool | None = None) -> None:
        self.findings.append(api_finding(rule, message, self.operation, breaking=breaking))


def compare_specs(base: dict[str, Any], head: dict[str, Any]) -> list[Finding]:
    """Every change between two normalized OpenAPI 3 documents, in a stable order."""
    old, new = _Side(base), _Side(head)
    findings: list[Finding] = []
    findings.extend(_servers(base, head))
    findings.extend(_security_schemes(old, new))
    old_ops, new_ops = dict(_operations(old)), dict(_operations(new))
    new_paths = {_path_key(p) for p in (head.get("paths") or {})}
    for key in sorted(old_ops.keys() | new_ops.keys(), key=lambda k: (k[1], HTTP_METHODS.index(k[0]))):
        if key not in new_ops:
            op_path, op = old_ops[key]
            label = f"{key[0].upper()} {op_path}"
            deprecated = bool(op.get("deprecated"))
            whole_path = key[1] not in new_paths
            rule = ("api-path-removed" if whole_path else "api-removed") + (
                "-with-deprecation" if deprecated else "-without-deprecation"
            )
            findings.append(
                api_finding(rule, "operation removed" + (" (it was deprecated)" if deprecated else ""), label)
            )
        elif key not in old_ops:
            op_path, _op = new_ops[key]
            label = f"{key[0].upper()} {op_path}"
            findings.append(api_finding("endpoint-added", "operation added", label))
        else:
            findings.extend(_operation(old, new, old_ops[key], new_ops[key], key[0]))
    return findings


def _path_key(path: str) -> str:
    return _TEMPLATE.sub("{}", path)


def _operations(side: _Side) -> Iterator[tuple[tuple[str, str], tuple[str, dict[str, Any]]]]:
    for path, item in (side.doc.get("paths") or {}).items():
        item = side.resolve(item)
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                merged = dict(op)
                merged["parameters"] = _merged_parameters(side, path, item.get("parameters"), op.get("parameters"))
                yield (method, _path_key(path)), (path, merged)


def _merged_parameters(side: _Side, path: str, path_level: Any, op_level: Any) -> dict[tuple[str, str], dict[str, Any]]:
    """Path-level and operation-level parameters by (location, name); a path parameter is keyed by its
    place in the template, so renaming `{id}` to `{bookId}` is no change."""
    slots = {name[1:-1]: f"#{i}" for i, name in enumerate(_TEMPLATE.findall(path))}
    params: dict[tuple[str, str], dict[str, Any]] = {}
    for group in (path_level or [], op_level or []):
        for raw in group:
            param = side.resolve(raw)
            if isinstance(param, dict) and "name" in param and "in" in param:
                location = str(param["in"])
                name = str(param["name"])
                if location == "header":
                    name = name.lower()
                elif location == "path":
                    name = slots.get(name, name)
                params[(location, name)] = param
    return params


def _operation(
    old: _Side,
    new: _Side,
    before: tuple[str, dict[str, Any]],
    after: tuple[str, dict[str, Any]],
    method: str,
) -> list[Finding]:
    (_, a), (path, b) = before, after
    walk = _Walk(old, new, f"{method.upper()} {path}", [])
    if not a.get("deprecated") and b.get("deprecated"):
        walk.add("endpoint-deprecated", "operation deprecated")
    elif a.get("deprecated") and not b.get("deprecated"):
        walk.add("endpoint-reactivated", "operation no longer deprecated")
    old_id, new_id = a.get("operationId"), b.get("operationId")
    if old_id and new_id and old_id != new_id:
        walk.add("api-operation-id-removed", f"operationId `{old_id}` renamed to `{new_id}`")
    elif new_id and not old_id:
        walk.add("api-operation-id-added", f"operationId `{new_id}` added")
    _parameters(walk, a["parameters"], b["parameters"])
    _request_body(walk, a.get("requestBody"), b.get("requestBody"))
    _responses(walk, a.get("responses") or {}, b.get("responses") or {})
    _security(walk, a.get("security", old.doc.get("security")), b.get("security", new.doc.get("security")))
    return walk.findings


# ---- parameters -----------------------------------------------------------------------------------


def _parameters(
    walk: _Walk, before: dict[tuple[str, str], dict[str, Any]], after: dict[tuple[str, str], dict[str, Any]]
) -> None:
    for key in sorted(before.keys() | after.keys()):
        location, _ = key
        if key not in after:
            name = before[key]["name"]
            walk.add("request-parameter-removed", f"{location} parameter `{name}` removed")
            continue
        b = after[key]
        label = f"{location} parameter `{b['name']}`"
        required = bool(b.get("required")) or location == "path"
        if key not in before:
            if required:
                walk.add("new-required-request-parameter", f"required {label} added")
            else:
                walk.add("new-optional-request-parameter", f"optional {label} added")
            continue
        a = before[key]
        was_required = bool(a.get("required")) or location == "path"
        if required and not was_required:
            walk.add("request-parameter-became-required", f"{label} became required")
        elif was_required and not required:
            walk.add("request-parameter-became-optional", f"{label} became optional")
        if not a.get("deprecated") and b.get("deprecated"):
            walk.add("request-parameter-deprecated", f"{label} deprecated")
        elif a.get("deprecated") and not b.get("deprecated"):
            walk.add("request-parameter-reactivated", f"{label} no longer deprecated")
        old_schema, new_schema = walk.base.resolve(a.get("schema")), walk.head.resolve(b.get("schema"))
        if isinstance(old_schema, dict) and isinstance(new_schema, dict):
            _parameter_schema(walk, label, old_schema, new_schema)


def _parameter_schema(walk: _Walk, label: str, a: dict[str, Any], b: dict[str, Any]) -> None:
    old_type, new_type = _type_of(walk.base, a), _type_of(walk.head, b)
    if old_type != new_type:
        if _widens(old_type, new_type):
            walk.add("request-parameter-type-generalized", f"{label} widened from {old_type} to {new_type}")
        else:
            walk.add("request-parameter-type-changed", f"{label} changed type from {old_type} to {new_type}")
        return
    if not _nullable(a) and _nullable(b):
        walk.add("request-parameter-became-nullable", f"{label} became nullable")
    elif _nullable(a) and not _nullable(b):
        walk.add("request-parameter-became-not-nullable", f"{label} became not nullable")
    old_enum, new_enum = _enum(walk.base, a), _enum(walk.head, b)
    if old_enum is None and new_enum is not None:
        walk.add("request-parameter-became-enum", f"{label} restricted to {_values(new_enum)}")
    elif old_enum is not None and new_enum is not None:
        for value in sorted(old_enum.keys() - new_enum.keys()):
            walk.add("request-parameter-enum-value-removed", f"{label} no longer accepts {old_enum[value]}")
        for value in sorted(new_enum.keys() - old_enum.keys()):
            walk.add("request-parameter-enum-value-added", f"{label} also accepts {new_enum[value]}")


# ---- request bodies --------------------------------------------------------------------------------


def _request_body(walk: _Walk, before: Any, after: Any) -> None:
    a, b = walk.base.resolve(before), walk.head.resolve(after)
    if not isinstance(a, dict) and not isinstance(b, dict):
        return
    if not isinstance(a, dict):
        if b.get("required"):
            walk.add("request-body-added-required", "required request body added")
        else:
            walk.add("request-body-added-optional", "optional request body added")
        return
    if not isinstance(b, dict):
        walk.add("request-body-removed", "request body removed")
        return
    if b.get("required") and not a.get("required"):
        walk.add("request-body-became-required", "request body became required")
    elif a.get("required") and not b.get("required"):
        walk.add("request-body-became-optional", "request body became optional")
    _content(walk, a, b, request=True, where="request body")


# ---- responses -----------------------------------------------------------------------------------


def _is_success(status: str) -> bool:
    return status.startswith("2")


def _responses(walk: _Walk, before: dict[str, Any], after: dict[str, Any]) -> None:
    for status in sorted(before.keys() - after.keys()):
        kind = "success" if _is_success(status) else "non-success"
        walk.add(f"response-{kind}-status-removed", f"{status} response removed")
    for status in sorted(after.keys() - before.keys()):
        kind = "success" if _is_success(status) else "non-success"
        walk.add(f"response-{kind}-status-added", f"{status} response added")
    for status in sorted(before.keys() & after.keys()):
        a, b = walk.base.resolve(before[status]), walk.head.resolve(after[status])
        if not isinstance(a, dict) or not isinstance(b, dict):
            continue
        _response_headers(walk, status, a.get("headers") or {}, b.get("headers") or {})
        _content(walk, a, b, request=False, where=f"{status} response")


def _content(walk: _Walk, a: dict[str, Any], b: dict[str, Any], *, request: bool, where: str) -> None:
    """The media types a request body accepts or a response returns, and each shared one's schema."""
    old_content, new_content = a.get("content") or {}, b.get("content") or {}
    rule = "request-body-media-type" if request else "response-media-type"
    removed, added = ("no longer accepts", "also accepts") if request else ("no longer returns", "may also return")
    for media in sorted(old_content.keys() - new_content.keys()):
        walk.add(f"{rule}-removed", f"{where} {removed} `{media}`")
    for media in sorted(new_content.keys() - old_content.keys()):
        walk.add(f"{rule}-added", f"{where} {added} `{media}`")
    for media in sorted(old_content.keys() & new_content.keys()):
        old_schema, new_schema = (old_content[media] or {}).get("schema"), (new_content[media] or {}).get("schema")
        _schema(walk, old_schema, new_schema, request=request, path="", where=where)


def _response_headers(walk: _Walk, status: str, before: dict[str, Any], after: dict[str, Any]) -> None:
    """Headers by case-insensitive name; the SDK exposes them on raw responses (`.headers`, `.rate_limit`)."""
    old = {str(k).lower(): walk.base.resolve(v) for k, v in before.items()}
    new = {str(k).lower(): walk.head.resolve(v) for k, v in after.items()}
    names = {str(k).lower(): str(k) for k in (*before, *after)}

    def required(header: Any) -> bool:
        return isinstance(header, dict) and bool(header.get("required"))

    for key in sorted(old.keys() - new.keys()):
        kind = "required" if required(old[key]) else "optional"
        walk.add(f"{kind}-response-header-removed", f"{status} response header `{names[key]}` removed")
    for key in sorted(new.keys() - old.keys()):
        walk.add("response-header-added", f"{status} response header `{names[key]}` added")
    for key in sorted(old.keys() & new.keys()):
        if required(old[key]) and not required(new[key]):
            walk.add("response-header-became-optional", f"{status} response header `{names[key]}` became optional")


# ---- schemas -------------------------------------------------------------------------------------


def _schema(walk: _Walk, before: Any, after: Any, *, request: bool, path: str, where: str) -> None:
    """Compare two schemas in one direction; `path` is the property path (`""` for the body itself)."""
    a, b = walk.base.resolve(before), walk.head.resolve(after)
    if not isinstance(a, dict) or not isinstance(b, dict):
        return
    pair = (id(a), id(b))
    if pair in walk.seen:  # a recursive schema: this pair is being compared further up
        return
    walk.seen.add(pair)
    try:
        _schema_pair(walk, _flatten(walk.base, a), _flatten(walk.head, b), request=request, path=path, where=where)
    finally:
        walk.seen.discard(pair)


def _schema_pair(walk: _Walk, a: dict[str, Any], b: dict[str, Any], *, request: bool, path: str, where: str) -> None:
    direction = "request" if request else "response"
    subject = f"{where} property `{path}`" if path else where
    rule_prefix = f"{direction}-property" if path else f"{direction}-body"
    old_type, new_type = _type_of(walk.base, a), _type_of(walk.head, b)
    if old_type != new_type and old_type != "any" and new_type != "any":
        if request and _widens(old_type, new_type):
            walk.add(f"{rule_prefix}-type-generalized", f"{subject} widened from {old_type} to {new_type}")
        else:
            walk.add(f"{rule_prefix}-type-changed", f"{subject} changed type from {old_type} to {new_type}")
        return
    if not _nullable(a) and _nullable(b):
        walk.add(f"{rule_prefix}-became-nullable", f"{subject} became nullable")
    elif _nullable(a) and not _nullable(b):
        walk.add(f"{rule_prefix}-became-not-nullable", f"{subject} became not nullable")
    if path and not a.get("deprecated") and b.get("deprecated"):
        walk.add(f"{direction}-property-deprecated", f"{subject} deprecated")
    _enum_values(walk, a, b, request=request, rule_prefix=rule_prefix, subject=subject)
    _composition(walk, a, b, request=request, rule_prefix=rule_prefix, subject=subject)
    if "items" in a or "items" in b:
        _schema(walk, a.get("items"), b.get("items"), request=request, path=f"{path}[]", where=where)
    _properties(walk, a, b, request=request, path=path, where=where)


def _enum_values(
    walk: _Walk, a: dict[str, Any], b: dict[str, Any], *, request: bool, rule_prefix: str, subject: str
) -> None:
    old_enum, new_enum = _enum(walk.base, a, items=False), _enum(walk.head, b, items=False)
    if request and old_enum is None and new_enum is not None:
        walk.add(f"{rule_prefix}-became-enum", f"{subject} restricted to {_values(new_enum)}")
        return
    if old_enum is None or new_enum is None:
        return
    removed = [old_enum[k] for k in sorted(old_enum.keys() - new_enum.keys())]
    added = [new_enum[k] for k in sorted(new_enum.keys() - old_enum.keys())]
    body = rule_prefix.endswith("-body")
    for value in removed:
        if request:
            walk.add(f"{rule_prefix}-enum-value-removed", f"{subject} no longer accepts {value}")
        elif body:
            walk.add("response-mediatype-enum-value-removed", f"{subject} no longer returns {value}")
        else:
            walk.add("response-property-enum-value-removed", f"{subject} no longer returns {value}")
    for value in added:
        if request and not body:
            walk.add("request-property-enum-value-added", f"{subject} also accepts {value}")
        elif not request and not body:
            walk.add("response-property-enum-value-added", f"{subject} may now return {value}")


def _composition(
    walk: _Walk, a: dict[str, Any], b: dict[str, Any], *, request: bool, rule_prefix: str, subject: str
) -> None:
    for keyword, slug in (("oneOf", "one-of"), ("anyOf", "any-of")):
        old = {_fingerprint(walk.base, v): _variant_name(walk.base, v) for v in a.get(keyword) or []}
        new = {_fingerprint(walk.head, v): _variant_name(walk.head, v) for v in b.get(keyword) or []}
        if not old or not new:
            continue
        for key in sorted(old.keys() - new.keys()):
            walk.add(f"{rule_prefix}-{slug}-removed", f"{subject} no longer {keyword} {old[key]}")
        for key in sorted(new.keys() - old.keys()):
            walk.add(f"{rule_prefix}-{slug}-added", f"{subject} may now be {new[key]} ({keyword})")


def _properties(walk: _Walk, a: dict[str, Any], b: dict[str, Any], *, request: bool, path: str, where: str) -> None:
    old_props, new_props = a.get("properties") or {}, b.get("properties") or {}
    old_req, new_req = set(a.get("required") or []), set(b.get("required") or [])
    direction = "request" if request else "response"

    def hidden(side: _Side, schema: Any) -> bool:  # never sent in this direction
        resolved = side.resolve(schema)
        return isinstance(resolved, dict) and bool(resolved.get("readOnly" if request else "writeOnly"))

    for name in sorted(old_props.keys() | new_props.keys()):
        sub = f"{path}.{name}" if path else name
        subject = f"{where} property `{sub}`"
        if name not in new_props:
            if hidden(walk.base, old_props[name]):
                continue
            if request:
                walk.add("request-property-removed", f"{subject} removed")
            elif name in old_req:
                walk.add("response-required-property-removed", f"{subject} removed")
            else:
                walk.add("response-optional-property-removed", f"{subject} removed")
            continue
        if name not in old_props:
            if hidden(walk.head, new_props[name]):
                continue
            if request:
                rule = "new-required-request-property" if name in new_req else "new-optional-request-property"
            else:
                rule = "response-required-property-added" if name in new_req else "response-optional-property-added"
            walk.add(rule, f"{'required' if name in new_req else 'optional'} {subject} added")
            continue
        if hidden(walk.base, old_props[name]) and hidden(walk.head, new_props[name]):
            continue
        if name in new_req and name not in old_req:
            walk.add(f"{direction}-property-became-required", f"{subject} became required")
        elif name in old_req and name not in new_req:
            walk.add(f"{direction}-property-became-optional", f"{subject} became optional")
        _schema(walk, old_props[name], new_props[name], request=request, path=sub, where=where)


def _flatten(side: _Side, schema: dict[str, Any]) -> dict[str, Any]:
    """An `allOf` schema as one: its members' properties and required lists merged into it."""
    members = schema.get("allOf")
    if not isinstance(members, list):
        return schema
    merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
    properties: dict[str, Any] = dict(merged.get("properties") or {})
    required: list[str] = list(merged.get("required") or [])
    for member in members:
        resolved = side.resolve(member)
        if not isinstance(resolved, dict):
            continue
        resolved = _flatten(side, resolved)
        for key, value in resolved.items():
            if key == "properties":
                properties.update(value or {})
            elif key == "required":
                required.extend(r for r in value or [] if r not in required)
            else:
                merged.setdefault(key, value)
    if properties:
        merged["properties"] = properties
        merged.setdefault("type", "object")
    if required:
        merged["required"] = required
    return merged


def _type_of(side: _Side, schema: Any, depth: int = 0) -> str:
    """`integer`, `string/date-time`, `array[string]`, `object`, `any`: what a value may be, for comparing."""
    schema = side.resolve(schema)
    if not isinstance(schema, dict):
        return "any"
    schema = _flatten(side, schema)
    kind = schema.get("type")
    if isinstance(kind, list):  # 3.1: ["string", "null"]; null is nullability, compared apart
        kinds = sorted(str(k) for k in kind if k != "null")
        kind = kinds[0] if len(kinds) == 1 else "|".join(kinds) or None
    if kind is None:
        if "properties" in schema:
            kind = "object"
        elif "items" in schema:
            kind = "array"
        else:
            return "any"
    text = str(kind)
    if schema.get("format"):
        text += f"/{schema['format']}"
    if kind == "array" and depth < 8:
        text += f"[{_type_of(side, schema.get('items'), depth + 1)}]"
    return text


def _widens(old: str, new: str) -> bool:
    """A request type that accepts every value the old one did: integer → number, a format dropped."""
    base_old, base_new = old.split("[", 1)[0], new.split("[", 1)[0]
    if base_old.startswith("integer") and base_new == "number":
        return True
    return "/" in base_old and base_old.split("/", 1)[0] == base_new and old[len(base_old) :] == new[len(base_new) :]


def _nullable(schema: dict[str, Any]) -> bool:
    kind = schema.get("type")
    return bool(schema.get("nullable")) or (isinstance(kind, list) and "null" in kind)


def _enum(side: _Side, schema: dict[str, Any], *, items: bool = True) -> dict[str, str] | None:
    """The enum values (a parameter's may sit on its array items), keyed by canonical JSON."""
    values = schema.get("enum")
    if values is None and items and schema.get("type") == "array":
        item = side.resolve(schema.get("items"))
        values = item.get("enum") if isinstance(item, dict) else None
    if not isinstance(values, list):
        return None
    return {json.dumps(v, sort_keys=True): f"`{json.dumps(v)}`" for v in values if v is not None}


def _values(values: dict[str, str]) -> str:
    return ", ".join(values[k] for k in sorted(values))


def _fingerprint(side: _Side, schema: Any, depth: int = 0) -> str:
    """A variant's structure with `$ref`s followed (a few levels), so a moved variant matches itself."""

    def inline(node: Any, level: int) -> Any:
        node = side.resolve(node)
        if level > 3:
            return "…"
        if isinstance(node, dict):
            return {
                k: inline(v, level + 1)
                for k, v in sorted(node.items())
                if k not in ("description", "title", "example", "examples")
            }
        if isinstance(node, list):
            return [inline(v, level + 1) for v in node]
        return node

    return json.dumps(inline(schema, depth), sort_keys=True, default=str)


def _variant_name(side: _Side, schema: Any) -> str:
    if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        return f"`{schema['$ref'].rsplit('/', 1)[-1]}`"
    resolved = side.resolve(schema)
    title = resolved.get("title") if isinstance(resolved, dict) else None
    return f"`{title}`" if title else f"`{_type_of(side, schema)}`"


# ---- security and servers ------------------------------------------------------------------------


def _requirement_sets(security: Any) -> set[frozenset[str]]:
    if not isinstance(security, list):
        return set()
    return {frozenset(req) for req in security if isinstance(req, dict)}


def _security(walk: _Walk, before: Any, after: Any) -> None:
    old, new = _requirement_sets(before), _requirement_sets(after)
    needed_none = not old or frozenset() in old  # anonymous calls were allowed
    for alternative in sorted(new - old, key=sorted):
        if not alternative:
            continue
        names = " + ".join(f"`{n}`" for n in sorted(alternative))
        walk.add("api-security-added", f"security {names} added", breaking=needed_none and frozenset() not in new)
    open_now = not new or frozenset() in new  # no credentials needed any more: a client sending them still works
    for alternative in sorted(old - new, key=sorted):
        names = " + ".join(f"`{n}`" for n in sorted(alternative)) or "anonymous access"
        walk.add("api-security-removed", f"security {names} removed", breaking=not open_now)


def _scheme_kind(scheme: dict[str, Any]) -> str:
    kind = str(scheme.get("type"))
    if kind == "apiKey":
        return f"apiKey in {scheme.get('in')} `{scheme.get('name')}`"
    if kind == "http":
        return f"http {str(scheme.get('scheme', '')).lower()}"
    return kind


def _security_schemes(old: _Side, new: _Side) -> list[Finding]:
    findings: list[Finding] = []
    a = (old.doc.get("components") or {}).get("securitySchemes") or {}
    b = (new.doc.get("components") or {}).get("securitySchemes") or {}
    for name in sorted(a.keys() - b.keys()):
        findings.append(api_finding("api-security-component-removed", f"security scheme `{name}` removed"))
    for name in sorted(b.keys() - a.keys()):
        findings.append(api_finding("api-security-component-added", f"security scheme `{name}` added"))
    for name in sorted(a.keys() & b.keys()):
        sa, sb = old.resolve(a[name]), new.resolve(b[name])
        if isinstance(sa, dict) and isinstance(sb, dict) and _scheme_kind(sa) != _scheme_kind(sb):
            findings.append(
                api_finding(
                    "api-security-component-type-changed",
                    f"security scheme `{name}` changed from {_scheme_kind(sa)} to {_scheme_kind(sb)}",
                )
            )
    return findings


def _server_urls(doc: dict[str, Any]) -> list[str]:
    return [str(s.get("url")) for s in doc.get("servers") or [] if isinstance(s, dict) and s.get("url")]


def _servers(base: dict[str, Any], head: dict[str, Any]) -> list[Finding]:
    old, new = _server_urls(base), _server_urls(head)
    findings = [api_finding("api-server-removed", f"server `{url}` removed") for url in old if url not in new]
    findings.extend(api_finding("api-server-added", f"server `{url}` added") for url in new if url not in old)
    return findings
