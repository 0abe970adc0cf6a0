"""Stage 3, plan: turn the parsed spec (openapi-python-client's GeneratorData) into an SdkPlan."""

from __future__ import annotations

import codecs
import dataclasses
import email.message
import re
from typing import Any

import attr
from openapi_python_client.parser.bodies import BodyType
from openapi_python_client.parser.openapi import Endpoint, GeneratorData
from openapi_python_client.parser.properties import ModelProperty, Property
from openapi_python_client.parser.properties.file import FileProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.parser.responses import Response
from openapi_python_client.strings import PythonIdentifier

from generator.config import SdkConfig
from generator.errors import PlanError, pointer
from generator.normalize.headers import ARRAY_ITEMS
from generator.normalize.text_bodies import TEXT_BODY_MARK
from generator.plan import auth as auth_plan
from generator.plan import calls as calls_plan
from generator.plan import constants, decoding, emission, param_styles
from generator.plan import lro as lro_plan
from generator.plan import pagination as pagination_plan
from generator.plan import streaming as streaming_plan
from generator.plan.collisions import disambiguate_method_names
from generator.plan.model import (
    Body,
    BodyKind,
    Coercion,
    ErrorRange,
    ErrorResponse,
    Location,
    Operation,
    Param,
    Resource,
    SdkPlan,
    Skip,
)
from generator.plan.naming import RESERVED_MEMBERS, identifier, operation_name
from generator.plan.reexports import enum_members, plan_type_modules
from generator.refs import resolve


def _resolve(doc: dict[str, Any], node: object) -> Any:
    return resolve(doc, node, empty_if_missing=True)


HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Names a generated method body refers to; an argument of the same name would shadow them.
_RESERVED_PARAMS = {"self", "request_options", "query_params", "header_values", "encode_path", "jsonable",
                    "cookie_header", "ParamStyle", "raw_body", "multipart_files", "as_file", "as_files", "as_model",
                    "as_models", "warnings", "builtins", "isinstance", "httpx", "UNSET", "Unset"}  # fmt: skip
# Names a generated class body refers to (decorators, qualified annotations); no member may take them.
_MEMBER_SHADOWS = {"builtins", "cached_property", "datetime"}
_RESOURCE_MEMBERS = {"with_raw_response"}  # what every resource class defines (and sdk.yaml raw_alias)
_CLIENT_MEMBERS = {"close", "aclose"}  # what the client defines besides its resources
# Names openapi-python-client's model code uses as locals or globals; a field of the same name would shadow them.
_RESERVED_FIELDS = {"self", "cls", "d", "src_dict", "field_dict", "T", "UNSET", "Unset", "Any", "TypeVar", "Mapping",
                    "cast", "datetime", "isoparse", "File", "BytesIO", "json", "additional_properties", "decode",
                    "rfc3339", "jsonable"}  # fmt: skip


_OBJECT_REPR = re.compile(r"<[\w.]+ object at 0x[0-9a-f]+>")


def _text(value: object) -> str:
    """Plain text of a spec string or a parser message; object reprs (with memory addresses) never leak."""
    if value is None:
        return ""
    getter = getattr(value, "get_untrusted_value", None)
    return _OBJECT_REPR.sub("<value>", str(getter() if getter else value))


def _type(prop: Property, *, no_optional: bool = False) -> str:
    return str(prop.get_type_string(no_optional=no_optional).as_unembedded_code())


def _rename(prop: Property, new_name: str) -> Property:
    return attr.evolve(prop, python_name=PythonIdentifier(new_name, prefix="field_"))


def _param_description(doc: dict[str, Any], raw_params: list[Any], location: str, name: str) -> str:
    for raw in reversed(raw_params):  # operation-level parameters override path-level ones
        raw = _resolve(doc, raw)
        if isinstance(raw, dict) and raw.get("in") == location and raw.get("name") == name:
            schema = _resolve(doc, raw.get("schema") or {})
            text = raw.get("description") or (schema.get("description") if isinstance(schema, dict) else "")
            return str(text or "").strip()
    return ""


def _param_field(doc: dict[str, Any], raw_params: list[Any], location: str, name: str, key: str) -> Any:
    for raw in reversed(raw_params):
        raw = _resolve(doc, raw)
        if isinstance(raw, dict) and raw.get("in") == location and raw.get("name") == name:
            return raw.get(key)
    return None


def _constant_header(doc: dict[str, Any], raw_params: list[Any], name: str) -> str | None:
    for raw in raw_params:
        raw = _resolve(doc, raw)
        if isinstance(raw, dict) and raw.get("in") == "header" and raw.get("name") == name and raw.get("required"):
            schema = _resolve(doc, raw.get("schema") or {})
            values = schema.get("enum") if isinstance(schema, dict) else None
            if isinstance(values, list) and len(values) == 1 and isinstance(values[0], str):
                return str(values[0])
            if isinstance(schema, dict) and isinstance(schema.get("const"), str):
                return str(schema["const"])
    return None


def _shape(path: str) -> str:
    """The path with parameter names blanked: openapi-python-client rewrites them to Python names."""
    return re.sub(r"\{[^}]*\}", "{}", path)


_BODY_KINDS: dict[BodyType, BodyKind] = {
    BodyType.JSON: "json",
    BodyType.FILES: "multipart",
    BodyType.DATA: "form",
    BodyType.CONTENT: "binary",
}


def _plan_body(
    doc: dict[str, Any], config: SdkConfig, endpoint: Endpoint, raw_op: dict[str, Any], media_type: str | None = None
) -> Body | None:
    if not endpoint.bodies:
        return None
    chosen = endpoint.bodies[0]
    for candidate in endpoint.bodies:  # prefer JSON when several media types are offered
        if candidate.body_type == BodyType.JSON:
            chosen = candidate
            break
    raw_body = _resolve(doc, raw_op.get("requestBody") or {})
    raw_content = raw_body.get("content") or {}
    if media_type is not None:  # a media-type variant declared in sdk.yaml `content_types`
        matches = [b for b in endpoint.bodies if _declared_type(raw_content, _text(b.content_type)) == media_type]
        if not matches:
            return None
        chosen = matches[0]
    prop = chosen.prop
    kind = _BODY_KINDS[chosen.body_type]
    content_key = _text(chosen.content_type)
    content_type = _declared_type(raw_content, content_key)
    raw_schema = (raw_content.get(content_key) or {}).get("schema") or {}
    if TEXT_BODY_MARK in (raw_content.get(content_key) or {}):  # normalize `text_request_bodies`: a str, or the bytes
        return Body(
            content_type=content_type,
            kind="text",
            flattened=False,
            param_name=config.body_param,
            type_string=("str | " + _accept_mappings(prop, _type(prop))),
            model_class=None,
            required=bool(prop.required),
            prop=prop,
            content_key=content_key,
            charset=_charset(content_type),
        )
    named = isinstance(raw_schema, dict) and "$ref" in raw_schema
    flattened = (
        config.body_style == "flatten"
        and isinstance(prop, ModelProperty)
        and (config.flatten_named or not named or kind == "multipart")
        and not _has_only_additional_properties(prop)
    )
    fields: list[Param] = []
    if flattened and isinstance(prop, ModelProperty):
        read_only = _read_only_names(doc, raw_schema)
        write_only_required = _required_write_only_names(doc, raw_schema)
        deprecated = _flagged_names(doc, raw_schema, "deprecated")
        taken: set[str] = set()
        for field_prop in [*(prop.required_properties or []), *(prop.optional_properties or [])]:
            if _text(field_prop.name) in read_only and not field_prop.required:
                continue  # set by the server; not an input
            name = identifier(_text(field_prop.name))
            while name in taken or name in _RESERVED_PARAMS:  # `userName` and `user_name`; `self`
                name += "_"
            taken.add(name)
            fields.append(
                Param(
                    python_name=name,
                    attr_name=str(field_prop.python_name),
                    wire_name=_text(field_prop.name),
                    location="body",
                    type_string=_accept_mappings(
                        field_prop, _required_type(_type(field_prop), _text(field_prop.name) in write_only_required)
                    ),
                    coerce=_coerce_kind(field_prop),
                    required=bool(field_prop.required) or _text(field_prop.name) in write_only_required,
                    default=fixed[0] if (fixed := constants.fixed_value(field_prop)) else None,
                    description=_text(field_prop.description or ""),
                    prop=field_prop,
                    deprecated=_text(field_prop.name) in deprecated,
                )
            )
    return Body(
        content_type=content_type,
        kind=kind,
        flattened=flattened,
        param_name=config.body_param,
        type_string=_accept_mappings(prop, _type(prop)),
        model_class=_model_class(prop),
        required=bool(prop.required),
        fields=fields,
        prop=prop,
        coerce=_coerce_kind(prop),
        content_key=content_key,
    )


def _declared_type(raw_content: dict[str, Any], key: str) -> str:
    """The media type a request body declares: normalize `text_request_bodies` may have re-keyed a text
    body for the parser and recorded the declared type under `x-sdk-text-body`."""
    media = raw_content.get(key)
    declared = media.get(TEXT_BODY_MARK) if isinstance(media, dict) else None
    return str(declared) if isinstance(declared, str) else key


def _charset(media_type: str) -> str:
    """The charset a text body is encoded in: the media type's own `charset` parameter, else UTF-8."""
    message = email.message.Message()
    message["Content-Type"] = media_type
    charset = message.get_content_charset()
    try:
        return codecs.lookup(charset).name if charset else "utf-8"
    except LookupError:
        return "utf-8"


def _flagged_names(doc: dict[str, Any], schema: object, flag: str, depth: int = 0) -> set[str]:
    """Names of the properties of an object schema that set `flag` (readOnly, deprecated), through `$ref` and `allOf`."""
    schema = _resolve(doc, schema)
    if not isinstance(schema, dict) or depth > 20:
        return set()
    names = {
        str(name)
        for name, prop in (schema.get("properties") or {}).items()
        if isinstance(_resolve(doc, prop), dict) and _resolve(doc, prop).get(flag) is True
    }
    for part in schema.get("allOf") or []:
        names |= _flagged_names(doc, part, flag, depth + 1)
    return names


def _read_only_names(doc: dict[str, Any], schema: object) -> set[str]:
    return _flagged_names(doc, schema, "readOnly")


_PYTHON_ITEM_TYPES = {"integer": "int", "number": "float", "boolean": "bool"}


def _accept_header_list(type_string: str, items: object) -> str:
    """An array header (a string for the parser: normalize.headers) also takes a list, which the runtime
    joins by the header's style: `str | list[int] | Unset`."""
    if not isinstance(items, str):
        return type_string
    listed = f"list[{_PYTHON_ITEM_TYPES.get(items, 'str')}]"
    return " | ".join(f"str | {listed}" if part == "str" else part for part in type_string.split(" | "))


def _accept_str_for_uuid(type_string: str) -> str:
    """Path, query and header parameters typed `UUID` also take the id as a string, as users hold it."""
    parts = [p.strip() for p in type_string.split("|")]
    if "UUID" in parts and "str" not in parts:
        parts.insert(parts.index("UUID"), "str")
    return " | ".join(parts)


def _required_write_only_names(doc: dict[str, Any], schema: object, depth: int = 0) -> set[str]:
    """Required writeOnly properties (recorded by normalize `relax_read_write_only_required`)."""
    schema = _resolve(doc, schema)
    if not isinstance(schema, dict) or depth > 20:
        return set()
    names = {str(n) for n in schema.get("x-sdk-required-write-only") or []}
    for part in schema.get("allOf") or []:
        names |= _required_write_only_names(doc, part, depth + 1)
    return names


def _model_class(prop: Property) -> str | None:
    return str(prop.class_info.name) if isinstance(prop, ModelProperty) else None


def _model_classes(prop: PropertyProtocol) -> list[str]:
    """The model classes a value of this property may be: the model, or a union's models, in spec order."""
    if isinstance(prop, ModelProperty):
        return [str(prop.class_info.name)]
    if isinstance(prop, UnionProperty):
        return [c for inner in prop.inner_properties for c in _model_classes(inner)]
    return []


def _is_file(prop: PropertyProtocol) -> bool:
    if isinstance(prop, UnionProperty):
        return any(_is_file(inner) for inner in prop.inner_properties)
    return isinstance(prop, FileProperty)


def _coerce_kind(prop: Property) -> tuple[Coercion, str] | None:
    """How a plain value becomes the field's type: a dict for a model (or for one of a union's models),
    alone ("model") or in a list ("list"), with the class expression; bytes / a path / an open file
    for a `File`, alone ("file") or in a list ("files")."""
    if _is_file(prop):
        return ("file", "File")
    if isinstance(prop, ListProperty) and _is_file(prop.inner_property):
        return ("files", "File")
    inner = prop.inner_property if isinstance(prop, ListProperty) else prop
    classes = _model_classes(inner)
    if not classes:
        return None
    expression = classes[0] if len(classes) == 1 else "(" + ", ".join(classes) + ")"
    return ("list" if isinstance(prop, ListProperty) else "model", expression)


_UPLOAD = "File | bytes | IO[bytes] | os.PathLike[str]"


def _union_parts(type_string: str) -> list[str]:
    """The top-level members of a `A | B[C | D] | None` annotation."""
    parts: list[str] = []
    depth, start = 0, 0
    for i, char in enumerate(type_string):
        depth += char == "["
        depth -= char == "]"
        if char == "|" and depth == 0:
            parts.append(type_string[start:i].strip())
            start = i + 1
    parts.append(type_string[start:].strip())
    return parts


def _with_mapping(parts: list[str], classes: set[str]) -> list[str]:
    """`Mapping[str, Any]` added after the last model class of a union."""
    last = max((i for i, part in enumerate(parts) if part in classes), default=None)
    if last is None:
        return parts
    return [*parts[: last + 1], "Mapping[str, Any]", *parts[last + 1 :]]


def _accept_mappings(prop: Property, type_string: str) -> str:
    """Arguments typed with a model (or a union of models, or a list of either) also take plain dicts
    (`data={"name": ...}`, `instructions=[{"kind": ...}]`); uploads also take bytes, an open binary file
    or a path. The rest of the annotation (`| None`, `| Unset`) is kept."""
    kind = _coerce_kind(prop)
    if kind is None:
        return type_string
    classes = {c.strip() for c in kind[1].strip("()").split(",")}
    out: list[str] = []
    for part in _union_parts(type_string):
        if kind[0] == "file" and part == "File":
            out.append(_UPLOAD)
        elif kind[0] in ("files", "list") and part.startswith("list[") and part.endswith("]"):
            inner = _union_parts(part[5:-1])
            inner = (
                [_UPLOAD if p == "File" else p for p in inner] if kind[0] == "files" else _with_mapping(inner, classes)
            )
            out.append("Sequence[" + " | ".join(inner) + "]")
        else:
            out.append(part)
    if kind[0] == "model":
        out = _with_mapping(out, classes)
    return " | ".join(out)


def _required_type(type_string: str, required: bool) -> str:
    """A field the caller must pass is not typed `| Unset`."""
    if not required:
        return type_string
    return " | ".join(p for p in (part.strip() for part in type_string.split("|")) if p != "Unset")


def _has_only_additional_properties(prop: ModelProperty) -> bool:
    return not prop.required_properties and not prop.optional_properties


def _in_declared_order(doc: dict[str, Any], params: list[Param], raw_params: list[Any]) -> list[Param]:
    """Parameters in the order the spec declares them (openapi-python-client lists path parameters in
    path order): `positional: required` makes that order the call's (civis-python's `get_instances(id, slug)`
    for `/apps/{slug}/instances/{id}`); sorted() is stable, so undeclared ones keep their place at the end."""
    declared: list[tuple[str, str]] = []
    for raw in raw_params:
        node = _resolve(doc, raw)
        if isinstance(node, dict):
            declared.append((str(node.get("in")), str(node.get("name"))))
    rank: dict[tuple[str, str], int] = {}
    for i, key in enumerate(declared):
        rank.setdefault(key, i)
    return sorted(params, key=lambda p: rank.get((p.location, p.wire_name), len(rank)))


def _plan_params(doc: dict[str, Any], endpoint: Endpoint, raw_params: list[Any], body: Body | None) -> list[Param]:
    params: list[Param] = []
    groups: tuple[tuple[Location, list[Property]], ...] = (
        ("path", endpoint.path_parameters),
        ("query", endpoint.query_parameters),
        ("header", endpoint.header_parameters),
        ("cookie", endpoint.cookie_parameters),
    )
    for location, props in groups:
        for prop in props:
            constant = _constant_header(doc, raw_params, _text(prop.name)) if location == "header" else None
            params.append(
                Param(
                    python_name=identifier(_text(prop.name)),
                    wire_name=_text(prop.name),
                    location=location,
                    type_string=_accept_header_list(
                        _accept_str_for_uuid(_type(prop)),
                        _param_field(doc, raw_params, location, _text(prop.name), ARRAY_ITEMS),
                    ),
                    required=bool(prop.required),
                    description=_param_description(doc, raw_params, location, _text(prop.name)),
                    deprecated=_param_field(doc, raw_params, location, _text(prop.name), "deprecated") is True,
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
        if name in body_names or name in _RESERVED_PARAMS:
            base = name.rstrip("_")
            name = base + "_" if param.location == "path" else f"{base}_{param.location}"
        if name in taken and param.location != "path" and f"{name}_{param.location}" not in taken:
            name = f"{name}_{param.location}"  # `fooBar` and `foo_bar`: foo_bar, foo_bar_query
        while name in taken:
            name += "_"
        if name != param.python_name:
            param.python_name = name
            param.prop = _rename(param.prop, name) if param.prop is not None else None
        taken.add(name)
    return params


def _plan_serializations(doc: dict[str, Any], path: str, method: str, params: list[Param]) -> list[str]:
    """Each parameter's style/explode/allowReserved (generator/plan/param_styles.py), and the warnings for what
    the style table cannot express, `content`-described parameters included."""
    raws = {(str(r.node.get("in")), str(r.node.get("name"))): r for r in param_styles.raw_parameters(doc, path, method)}
    warnings = param_styles.content_parameter_warnings(doc, path, method)
    for param in params:
        raw = raws.get((param.location, param.wire_name))
        if raw is not None:
            param.serialization, found = param_styles.plan_serialization(doc, raw, param.location)
            warnings.extend(found)
    return warnings


def _media_type_variants(
    doc: dict[str, Any],
    config: SdkConfig,
    op: Operation,
    raw_op: dict[str, Any],
    raw_params: list[Any],
    warnings: list[str],
) -> list[Operation]:
    """Extra methods for a second request media type of one operation, declared in sdk.yaml `content_types`.

    LaunchDarkly's PATCH of a flag takes a JSON Patch document or, under the media type
    `application/json; domain-model=launchdarkly.semanticpatch`, a list of instructions: two bodies, two
    methods (`update_feature_flag` and `update_feature_flag_semantic`), each sending its own Content-Type.
    """
    variants: list[Operation] = []
    for entry in config.content_types:
        if entry.method != op.method or entry.path != op.path:
            continue
        media_type, name = entry.content_type, entry.name
        body = _plan_body(doc, config, op.endpoint, raw_op, media_type)
        if body is None:
            warnings.append(
                f"{op.key}: sdk.yaml content_types names {media_type!r}, which the operation does not accept"
            )
            continue
        params = _plan_params(doc, op.endpoint, raw_params, body)
        planned = {(p.location, p.wire_name): p.serialization for p in op.params}
        for param in params:
            param.serialization = planned.get((param.location, param.wire_name), param.serialization)
        variants.append(
            dataclasses.replace(
                op,
                key=f"{op.key} ({media_type})",
                name=name,
                body=body,
                params=params,
                variant_of=op.key,
                pagination=None,
            )  # fmt: skip
        )
    return variants


def _success_and_errors(endpoint: Endpoint) -> tuple[list[Response], list[ErrorResponse], list[ErrorRange]]:
    """2xx responses; exact error statuses; `4XX`/`5XX` ranges and `default`, which parse the error body of
    every status they cover (exact > range > default, in the runtime). An operation documenting only
    `default` returns it on 2xx too."""
    successes: list[Response] = []
    errors: list[ErrorResponse] = []
    ranges: list[ErrorRange] = []
    for response in endpoint.responses.patterns:
        if response.status_code.range is None:
            continue
        low, high = response.status_code.range
        description = _text(getattr(response.data, "description", ""))
        if low >= 200 and high < 300:
            successes.append(response)
        elif low >= 400 and low == high:
            errors.append(ErrorResponse(status=low, model_class=_model_class(response.prop), description=description))
        elif low >= 400:
            ranges.append(ErrorRange(f"{low // 100}XX", _model_class(response.prop), description))
    default = endpoint.responses.default
    if default is not None:
        if not successes:
            successes.append(default)
        description = _text(getattr(default.data, "description", ""))
        ranges.append(ErrorRange("default", _model_class(default.prop), description))
    return successes, errors, ranges


def _omitted_status_codes(raw_op: dict[str, Any], endpoint: Endpoint) -> list[str]:
    """Status codes of the spec's responses the parser left out, in spec order (valid patterns only)."""
    parsed = {str(r.status_code.pattern) for r in endpoint.responses.patterns}
    if endpoint.responses.default is not None:
        parsed.add("default")
    codes = [str(c) for c in (raw_op.get("responses") or {})]
    return [c for c in codes if c not in parsed and re.fullmatch(r"default|\d(\d\d|XX)", c)]


def _return_type(successes: list[Response]) -> str:
    types: list[str] = []
    for response in successes:
        if response.source["attribute"] == "None":
            text = "None"
        else:
            text = _type(response.prop)
        if text not in types:
            types.append(text)
    return " | ".join(types) if types else "None"


def build_plan(doc: dict[str, Any], config: SdkConfig, data: GeneratorData, *, file: str = "spec") -> SdkPlan:
    """Decide names, signatures, bodies, returns and auth for every operation the parser produced."""
    models = emission.inline_literals(data, doc)
    constants.fill_constants(data)  # after: inline single-value enums are what it fills
    decoding.open_response_types(data)
    decoding.open_model_enums(data)
    _sanitize_model_fields(data)
    endpoints: dict[tuple[str, str], Endpoint] = {}
    for collection in data.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            endpoints[(endpoint.method.lower(), _shape(_text(endpoint.path)))] = endpoint

    skips: list[Skip] = []
    warnings: list[str] = []
    operations: list[Operation] = []
    accepted = {(s.method, s.path): s.reason for s in config.accepted_skips}
    paging_decisions: list[pagination_plan.Decision] = []
    for path, path_item in (doc.get("paths") or {}).items():
        if not isinstance(path_item, dict):
            continue
        for method in HTTP_METHODS:
            raw_op = path_item.get(method)
            if not isinstance(raw_op, dict):
                continue
            key = f"{method.upper()} {path}"
            where = pointer("paths", path, method)
            found = endpoints.get((method, _shape(path)))
            if found is None:
                reason = _parse_error_for(data, method, path) or "openapi-python-client did not generate it"
                skips.append(Skip("operation", key, where, reason, (method, path) in accepted))
                continue
            endpoint = found
            omitted = _omitted_status_codes(raw_op, endpoint)
            for error in endpoint.errors:
                detail = _text(error.detail)
                if "status code <value>" in detail and omitted:  # the parser formats the code's object repr
                    detail = detail.replace("status code <value>", f"status code {omitted.pop(0)}", 1)
                warnings.append(f"{key}: {detail}")
            if raw_op.get("requestBody") and not endpoint.bodies:
                reason = "request body has no supported media type: " + "; ".join(
                    _text(e.detail) for e in endpoint.errors
                )
                skips.append(Skip("operation", key, where + "/requestBody", reason, (method, path) in accepted))
                continue
            override = config.override_for(method, path)
            resource, name = operation_name(
                config.naming,
                method=method,
                path=path,
                operation_id=raw_op.get("operationId"),
                tags=[str(t) for t in raw_op.get("tags") or []],
            )
            # `tickets.close` is fine (resources have no close()); a top-level `close` would hide the client's.
            resource = tuple(
                part + "_"
                if part in _MEMBER_SHADOWS | _RESOURCE_MEMBERS or (not i and part in _CLIENT_MEMBERS)
                else part
                for i, part in enumerate(resource)
            )
            if name in _MEMBER_SHADOWS | _RESOURCE_MEMBERS or name == config.raw_alias:
                name += "_"
            if override and override.resource:
                resource = tuple(override.resource.split("."))
            if override and override.name:
                name = override.name
            raw_params = [*(path_item.get("parameters") or []), *(raw_op.get("parameters") or [])]
            body = _plan_body(doc, config, endpoint, raw_op)
            params = _plan_params(doc, endpoint, raw_params, body)
            warnings.extend(_plan_serializations(doc, path, method, params))
            if config.positional == "required":
                params = _in_declared_order(doc, params, raw_params)
            successes, errors, error_ranges = _success_and_errors(endpoint)
            return_type = _return_type(successes)
            stream = streaming_plan.plan_stream(doc, raw_op, successes, return_type)
            rate_limit = raw_op.get("x-rate-limit") or _rate_limit_from_text(str(raw_op.get("description") or ""))
            operations.append(
                Operation(
                    key=key,
                    method=method,
                    path=path,
                    pointer=where,
                    resource=resource,
                    name=name,
                    summary=str(raw_op.get("summary") or "").strip(),
                    description=str(raw_op.get("description") or "").strip(),
                    deprecated=bool(raw_op.get("deprecated")),
                    endpoint=endpoint,
                    params=params,
                    body=body,
                    return_type=stream.item_type if stream else return_type,
                    success_responses=successes,
                    errors=errors,
                    error_ranges=error_ranges,
                    operation_id=raw_op.get("operationId"),
                    rate_limit=str(rate_limit) if rate_limit else None,
                    extensions={k: v for k, v in raw_op.items() if k.startswith("x-")},
                    aliases=override.aliases if override else (),
                    param_aliases={**config.param_aliases, **(override.param_aliases if override else {})},
                    stream=stream,
                )
            )
            pagination_plan.plan_for(doc, config, data, operations[-1], path_item, raw_op, paging_decisions)
            operations.extend(_media_type_variants(doc, config, operations[-1], raw_op, raw_params, warnings))
    for error in data.errors:
        skips.append(Skip("schema", _text(error.header), "/components/schemas", _removals_sorted(_text(error.detail))))
    if config.inferred:  # no sdk.yaml: colliding method names are told apart and warned about
        warnings.extend(disambiguate_method_names(operations))
    resources = _resource_tree(operations)
    emission.omit_unreachable(data, [op.endpoint for op in operations], models)
    plan = SdkPlan(
        config=config,
        title=_text(data.title),
        description=_text(data.description),
        api_version=_text(data.version),
        resources=resources,
        operations=operations,
        auth=auth_plan.plan_auth(doc, config),
        environments=auth_plan.plan_environments(doc, config),
        spec=doc,
        skips=skips,
        pagination=paging_decisions,
        lros=lro_plan.plan_lros(config.lros, operations, data),
        warnings=warnings,
        models=models,
    )
    calls_plan.plan_calls(plan)
    plan.client_mixins = {
        "sync": [(e.module, e.client) for e in config.extensions if e.client],
        "async": [(e.module, e.async_client) for e in config.extensions if e.async_client],
    }
    if config.type_modules:
        class_names = {_text(m.name).rsplit("/", 1)[-1]: str(m.class_info.name) for m in [*data.models, *data.enums]}
        schemas = (doc.get("components") or {}).get("schemas") or {}
        field_names = {
            (str(m.class_info.name), _text(p.name)): str(p.python_name)
            for m in data.models
            for p in [*(m.required_properties or []), *(m.optional_properties or [])]
        }
        plan.type_modules = plan_type_modules(config.type_modules, schemas, class_names, _PACKAGE_MEMBERS, field_names)
        if config.type_modules.get("enum_members") and plan.type_modules:
            plan.enum_members = enum_members(schemas, class_names)
        if config.type_modules.get("root") and plan.type_modules:
            plan.root_type_module = plan.type_modules[0].name
    return plan


# Names a package already uses for itself; a type module (sdk.yaml `type_modules`) never takes one.
_PACKAGE_MEMBERS = {"core", "_core", "models", "resources", "extensions", "types", "environment", "_client"}


def _sanitize_model_fields(data: GeneratorData) -> None:
    """Give every model field an ASCII Python name that shadows nothing and is unique in its model.

    openapi-python-client keeps non-ASCII names (Python folds `ﬁeld` into `field`, so two fields could
    become one) and, on a snake_case clash, the raw names (`UNSET`, or a model's own class name).
    """
    classes = {str(m.class_info.name) for m in [*data.models, *data.enums]}
    bodies = [b.prop for c in data.endpoint_collections_by_tag.values() for e in c.endpoints for b in e.bodies]
    for model in [*data.models, *(b for b in bodies if isinstance(b, ModelProperty))]:
        props = [*(model.required_properties or []), *(model.optional_properties or [])]
        taken: set[str] = set()
        for prop in props:
            name = str(prop.python_name)
            if not name.isascii():
                name = str(PythonIdentifier(identifier(_text(prop.name), fallback="field"), "field_", True))
            while name in _RESERVED_FIELDS or name in classes or name in taken:
                name += "_"
            taken.add(name)
            if name != str(prop.python_name):
                object.__setattr__(prop, "python_name", PythonIdentifier(name, "field_", True))


_RATE = re.compile(r"Rate Limits?:\s*([^<\n]+)", re.IGNORECASE)


def _rate_limit_from_text(text: str) -> str | None:
    match = _RATE.search(text)
    return match.group(1).strip().rstrip(".") if match else None


# openapi-python-client lists the schemas a failed schema took with it by walking a set (hash order):
# the failed schema comes first, the ones that depended on it follow, sorted here so the report is
# byte-identical under any PYTHONHASHSEED.
_REMOVAL_HEADING = "Failure to process schema has resulted in the removal of:"


def _removals_sorted(detail: str) -> str:
    head, heading, removed = detail.partition(_REMOVAL_HEADING)
    if not heading:
        return detail
    lines = removed.split("\n")  # "", the failed schema, then its dependents
    return head + heading + "\n".join([*lines[:2], *sorted(lines[2:])])


def _parse_error_for(data: GeneratorData, method: str, path: str) -> str | None:
    marker = f"{method.upper()} {path} "
    for collection in data.endpoint_collections_by_tag.values():
        for error in collection.parse_errors:
            if marker in _text(error.header) + " ":
                return _text(error.detail) or _text(error.header)
    return None


def _resource_tree(operations: list[Operation]) -> dict[str, Resource]:
    roots: dict[str, Resource] = {}
    seen: dict[tuple[str, ...], Operation] = {}
    for op in operations:
        full = (*op.resource, op.name)
        if full in seen:
            other = seen[full]
            raise PlanError(
                f"two operations map to the same method `client.{'.'.join(full)}`: {other.key} ({other.pointer}) "
                f"and {op.key} ({op.pointer}); add an `overrides` entry in sdk.yaml to name one of them"
            )
        seen[full] = op
        level = roots
        node: Resource | None = None
        for depth in range(len(op.resource)):
            part = op.resource[depth]
            node = level.setdefault(part, Resource(path=op.resource[: depth + 1]))
            level = node.children
        assert node is not None
        node.operations.append(op)
    for resource in [r for root in roots.values() for r in root.walk()]:
        names = {op.name for op in resource.operations}
        clash = names & (set(resource.children) | (RESERVED_MEMBERS - _CLIENT_MEMBERS - {"raw"}))
        if clash:
            name = sorted(clash)[0]
            raise PlanError(
                f"`client.{'.'.join(resource.path)}.{name}` is both a method and a sub-resource or reserved name; "
                "rename one with an `overrides` entry in sdk.yaml"
            )
    return roots
