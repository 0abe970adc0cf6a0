"""Request bodies: which media type is sent, its kind, and whether its fields become keyword arguments.

JSON is preferred when an operation offers several media types; sdk.yaml `content_types` makes a
second media type its own method (`media_type_variants`). An object body is flattened into keyword
arguments under `body_style: flatten` (a named schema only with `flatten_named`, multipart always),
leaving out read-only fields and requiring required write-only ones; otherwise it is one argument
(`request=`, `data=`, ...). A text body (normalize `text_request_bodies`) is a `str` sent in the
media type's charset, or the bytes.
"""

from __future__ import annotations

import codecs
import dataclasses
import email.message
from typing import Any

from openapi_python_client.parser.bodies import BodyType
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties import ModelProperty

from generator.config import SdkConfig
from generator.normalize.text_bodies import TEXT_BODY_MARK
from generator.plan import constants
from generator.plan.annotations import accept_mappings, coerce_kind, model_class, required_type
from generator.plan.model import Body, BodyKind, Operation, Param
from generator.plan.naming import identifier
from generator.plan.params import RESERVED_PARAMS, plan_params
from generator.plan.parsed import resolve, text, type_string

_BODY_KINDS: dict[BodyType, BodyKind] = {
    BodyType.JSON: "json",
    BodyType.FILES: "multipart",
    BodyType.DATA: "form",
    BodyType.CONTENT: "binary",
}


def plan_body(
    doc: dict[str, Any], config: SdkConfig, endpoint: Endpoint, raw_op: dict[str, Any], media_type: str | None = None
) -> Body | None:
    if not endpoint.bodies:
        return None
    chosen = endpoint.bodies[0]
    for candidate in endpoint.bodies:  # prefer JSON when several media types are offered
        if candidate.body_type == BodyType.JSON:
            chosen = candidate
            break
    raw_body = resolve(doc, raw_op.get("requestBody") or {})
    raw_content = raw_body.get("content") or {}
    if media_type is not None:  # a media-type variant declared in sdk.yaml `content_types`
        matches = [b for b in endpoint.bodies if _declared_type(raw_content, text(b.content_type)) == media_type]
        if not matches:
            return None
        chosen = matches[0]
    prop = chosen.prop
    kind = _BODY_KINDS[chosen.body_type]
    content_key = text(chosen.content_type)
    content_type = _declared_type(raw_content, content_key)
    raw_schema = (raw_content.get(content_key) or {}).get("schema") or {}
    if TEXT_BODY_MARK in (raw_content.get(content_key) or {}):  # normalize `text_request_bodies`: a str, or the bytes
        return Body(
            content_type=content_type,
            kind="text",
            flattened=False,
            param_name=config.body_param,
            type_string=("str | " + accept_mappings(prop, type_string(prop))),
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
            if text(field_prop.name) in read_only and not field_prop.required:
                continue  # set by the server; not an input
            name = identifier(text(field_prop.name))
            while name in taken or name in RESERVED_PARAMS:  # `userName` and `user_name`; `self`
                name += "_"
            taken.add(name)
            fields.append(
                Param(
                    python_name=name,
                    attr_name=str(field_prop.python_name),
                    wire_name=text(field_prop.name),
                    location="body",
                    type_string=accept_mappings(
                        field_prop, required_type(type_string(field_prop), text(field_prop.name) in write_only_required)
                    ),
                    coerce=coerce_kind(field_prop),
                    required=bool(field_prop.required) or text(field_prop.name) in write_only_required,
                    default=fixed[0] if (fixed := constants.fixed_value(field_prop)) else None,
                    description=text(field_prop.description or ""),
                    prop=field_prop,
                    deprecated=text(field_prop.name) in deprecated,
                )
            )
    return Body(
        content_type=content_type,
        kind=kind,
        flattened=flattened,
        param_name=config.body_param,
        type_string=accept_mappings(prop, type_string(prop)),
        model_class=model_class(prop),
        required=bool(prop.required),
        fields=fields,
        prop=prop,
        coerce=coerce_kind(prop),
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
    schema = resolve(doc, schema)
    if not isinstance(schema, dict) or depth > 20:
        return set()
    names = {
        str(name)
        for name, prop in (schema.get("properties") or {}).items()
        if isinstance(resolve(doc, prop), dict) and resolve(doc, prop).get(flag) is True
    }
    for part in schema.get("allOf") or []:
        names |= _flagged_names(doc, part, flag, depth + 1)
    return names


def _read_only_names(doc: dict[str, Any], schema: object) -> set[str]:
    return _flagged_names(doc, schema, "readOnly")


def _required_write_only_names(doc: dict[str, Any], schema: object, depth: int = 0) -> set[str]:
    """Required writeOnly properties (recorded by normalize `relax_read_write_only_required`)."""
    schema = resolve(doc, schema)
    if not isinstance(schema, dict) or depth > 20:
        return set()
    names = {str(n) for n in schema.get("x-sdk-required-write-only") or []}
    for part in schema.get("allOf") or []:
        names |= _required_write_only_names(doc, part, depth + 1)
    return names


def _has_only_additional_properties(prop: ModelProperty) -> bool:
    return not prop.required_properties and not prop.optional_properties


def media_type_variants(
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
        body = plan_body(doc, config, op.endpoint, raw_op, media_type)
        if body is None:
            warnings.append(
                f"{op.key}: sdk.yaml content_types names {media_type!r}, which the operation does not accept"
            )
            continue
        params = plan_params(doc, op.endpoint, raw_params, body)
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
