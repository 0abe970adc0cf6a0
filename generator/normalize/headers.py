"""Header parameters: arrays, which the parser refuses, given to it as strings (cookie arrays it takes);
`Content-Type` parameters, which OpenAPI says to ignore, removed."""

from __future__ import annotations

from typing import Any

from generator.normalize import Change
from generator.normalize.walk import iter_parameter_lists
from generator.refs import resolve

ARRAY_ITEMS = "x-sdk-array-items"  # the items' JSON type of an array header the parser is given as a string


def array_headers_as_strings(doc: dict[str, Any]) -> list[Change]:
    """Header parameters of array type become strings for the parser, marked with their items' type.

    openapi-python-client refuses non-scalar header parameters and skips the operation. The plan reads
    the mark (`x-sdk-array-items`) and types the argument `str | list[...]`: a list is joined by the
    runtime (`header_values`, style simple), a string sent as given. Cookie arrays the parser accepts, and
    `cookie_header` serialises them by their style, so they stay arrays.
    """
    changes: list[Change] = []
    seen: set[int] = set()
    for where, _owner, params in iter_parameter_lists(doc):
        for i, raw in enumerate(params):
            param = resolve(doc, raw)
            if not isinstance(param, dict) or param.get("in") != "header" or id(param) in seen:
                continue
            seen.add(id(param))
            schema = resolve(doc, param.get("schema"))
            if isinstance(schema, dict) and (schema.get("type") == "array" or "items" in schema):
                description = str(param.get("description") or "").strip()
                items = resolve(doc, schema.get("items"))
                kind = items.get("type") if isinstance(items, dict) else None
                param[ARRAY_ITEMS] = kind if isinstance(kind, str) else "string"
                param["schema"] = {"type": "string"}
                param["description"] = (
                    description + " " if description else ""
                ) + "A list, or its values comma-separated."
                changes.append(
                    Change("array_headers_as_strings", f"{where}/{i}", f"{param.get('name')}: array → string")
                )
    return changes


def content_type_parameters(doc: dict[str, Any]) -> list[Change]:
    """A header parameter named `Content-Type` is removed: the request body's media type says it.

    OpenAPI 3 (Parameter Object, `name`): a header parameter named `Accept`, `Content-Type` or
    `Authorization` "SHALL be ignored". Converted Swagger specs list `Content-Type` beside the body
    anyway, and the method then set it twice (from the argument and from the body). `Accept` and
    `Authorization` stay arguments: specs without security schemes use them to carry credentials or to
    choose a response format, and the SDK sets neither itself (except `Accept` on a streaming call).
    """
    changes: list[Change] = []
    for where, owner, params in iter_parameter_lists(doc):
        kept = []
        for i, raw in enumerate(params):
            param = resolve(doc, raw)
            if (
                isinstance(param, dict)
                and param.get("in") == "header"
                and str(param.get("name", "")).lower() == "content-type"
            ):
                changes.append(
                    Change("content_type_parameters", f"{where}/{i}", "ignored (OpenAPI 3: the body sets it)")
                )
            else:
                kept.append(raw)
        if len(kept) != len(params):
            owner["parameters"] = kept
    return changes
