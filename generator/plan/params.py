"""Path, query, header and cookie parameters: each one's Python name, annotation, description and
serialization, in signature order.

Python names never shadow what a generated method body uses (`RESERVED_PARAMS`) nor a body field;
a clash is resolved by the parameter's location (`id`, `id_query`). Constant headers (a required
header with a single allowed value) are filled in by the SDK.
"""

from __future__ import annotations

from typing import Any

from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties import Property

from generator.normalize.headers import ARRAY_ITEMS
from generator.normalize.param_names import WIRE_NAME
from generator.plan import param_styles
from generator.plan.annotations import accept_header_list, accept_str_for_uuid
from generator.plan.model import Body, Location, Param
from generator.plan.naming import identifier
from generator.plan.parsed import renamed, resolve, text, type_string

# Names a generated method body refers to; an argument of the same name would shadow them.
RESERVED_PARAMS = {"self", "request_options", "query_params", "header_values", "encode_path", "jsonable",
                    "cookie_header", "ParamStyle", "raw_body", "multipart_files", "as_file", "as_files", "as_model",
                    "as_models", "warnings", "builtins", "isinstance", "httpx", "UNSET", "Unset"}  # fmt: skip


def _param_description(doc: dict[str, Any], raw_params: list[Any], location: str, name: str) -> str:
    for raw in reversed(raw_params):  # operation-level parameters override path-level ones
        raw = resolve(doc, raw)
        if isinstance(raw, dict) and raw.get("in") == location and raw.get("name") == name:
            schema = resolve(doc, raw.get("schema") or {})
            found = raw.get("description") or (schema.get("description") if isinstance(schema, dict) else "")
            return str(found or "").strip()
    return ""


def _param_field(doc: dict[str, Any], raw_params: list[Any], location: str, name: str, key: str) -> Any:
    for raw in reversed(raw_params):
        raw = resolve(doc, raw)
        if isinstance(raw, dict) and raw.get("in") == location and raw.get("name") == name:
            return raw.get(key)
    return None


def _constant_header(doc: dict[str, Any], raw_params: list[Any], name: str) -> str | None:
    for raw in raw_params:
        raw = resolve(doc, raw)
        if isinstance(raw, dict) and raw.get("in") == "header" and raw.get("name") == name and raw.get("required"):
            schema = resolve(doc, raw.get("schema") or {})
            values = schema.get("enum") if isinstance(schema, dict) else None
            if isinstance(values, list) and len(values) == 1 and isinstance(values[0], str):
                return str(values[0])
            if isinstance(schema, dict) and isinstance(schema.get("const"), str):
                return str(schema["const"])
    return None


def in_declared_order(doc: dict[str, Any], params: list[Param], raw_params: list[Any]) -> list[Param]:
    """Parameters in the order the spec declares them (openapi-python-client lists path parameters in
    path order): `positional: required` makes that order the call's (civis-python's `get_instances(id, slug)`
    for `/apps/{slug}/instances/{id}`); sorted() is stable, so undeclared ones keep their place at the end."""
    declared: list[tuple[str, str]] = []
    for raw in raw_params:
        node = resolve(doc, raw)
        if isinstance(node, dict):
            declared.append((str(node.get("in")), str(node.get("name"))))
    rank: dict[tuple[str, str], int] = {}
    for i, key in enumerate(declared):
        rank.setdefault(key, i)
    return sorted(params, key=lambda p: rank.get((p.location, p.wire_name), len(rank)))


def plan_params(doc: dict[str, Any], endpoint: Endpoint, raw_params: list[Any], body: Body | None) -> list[Param]:
    params: list[Param] = []
    groups: tuple[tuple[Location, list[Property]], ...] = (
        ("path", endpoint.path_parameters),
        ("query", endpoint.query_parameters),
        ("header", endpoint.header_parameters),
        ("cookie", endpoint.cookie_parameters),
    )
    for location, props in groups:
        for prop in props:
            constant = _constant_header(doc, raw_params, text(prop.name)) if location == "header" else None
            params.append(
                Param(
                    python_name=identifier(text(prop.name)),
                    wire_name=_param_field(doc, raw_params, location, text(prop.name), WIRE_NAME) or text(prop.name),
                    location=location,
                    type_string=accept_header_list(
                        accept_str_for_uuid(type_string(prop)),
                        _param_field(doc, raw_params, location, text(prop.name), ARRAY_ITEMS),
                    ),
                    required=bool(prop.required),
                    description=_param_description(doc, raw_params, location, text(prop.name)),
                    deprecated=_param_field(doc, raw_params, location, text(prop.name), "deprecated") is True,
                    prop=prop,
                    constant=constant,
                )
            )
    body_names = {f.python_name for f in body.fields} if body else set()
    if body and not body.flattened:
        body_names.add(body.param_name)
    taken = set(body_names)
    for param in params:
        name = param.python_name if param.python_name.isascii() else identifier(param.wire_name)
        if name in body_names or name in RESERVED_PARAMS:
            base = name.rstrip("_")
            name = base + "_" if param.location == "path" else f"{base}_{param.location}"
        if name in taken and param.location != "path" and f"{name}_{param.location}" not in taken:
            name = f"{name}_{param.location}"  # `fooBar` and `foo_bar`: foo_bar, foo_bar_query
        while name in taken:
            name += "_"
        if name != param.python_name:
            param.python_name = name
            param.prop = renamed(param.prop, name) if param.prop is not None else None
        taken.add(name)
    return params


def plan_serializations(doc: dict[str, Any], path: str, method: str, params: list[Param]) -> list[str]:
    """Each parameter's style/explode/allowReserved (generator/plan/param_styles.py), and the warnings for what
    the style table cannot express, `content`-described parameters included."""
    raws = {
        (str(r.node.get("in")), str(r.node.get(WIRE_NAME) or r.node.get("name"))): r
        for r in param_styles.raw_parameters(doc, path, method)
    }
    warnings = param_styles.content_parameter_warnings(doc, path, method)
    for param in params:
        raw = raws.get((param.location, param.wire_name))
        if raw is not None:
            param.serialization, found = param_styles.plan_serialization(doc, raw, param.location)
            warnings.extend(found)
    return warnings
