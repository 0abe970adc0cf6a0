"""The one value encoder: how Python values become path segments, query items, headers, form fields and JSON.

Parameters follow OpenAPI `style` and `explode` through one table (`_RULES`, read by `serialize`): generated
methods pass each parameter's `ParamStyle` (decided by the generator's plan) to `encode_path`, `header_values`
and `cookie_header`, and put query styles on the request, which the HTTP client serialises with `encode_query`.
Bodies go through `jsonable`/`dumps`, `form_fields` and `multipart_files`. Every scalar goes through `text`,
every JSON value through `jsonable`, so a date, an enum or a boolean reads the same wherever it is sent.

Hand-written because httpx and the standard library encode a query as form data (`,` `|` `[` `]` escaped, no
styles), which is not what the style table sends.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime
import decimal
import enum
import json
import os
import uuid
from collections.abc import Callable, Mapping
from typing import Any, Literal
from urllib.parse import quote

from ._types import File, FileTypes, RequestFiles, as_file
from .request_options import NOT_GIVEN

__all__ = [
    "FORM",
    "SIMPLE",
    "ParamStyle",
    "Style",
    "cookie_header",
    "dumps",
    "encode_path",
    "encode_query",
    "form_fields",
    "header_values",
    "is_omitted",
    "jsonable",
    "multipart_files",
    "query_params",
    "rfc3339",
    "serialize",
    "text",
]


def is_omitted(value: object) -> bool:
    """Whether ``value`` means "not given" (:data:`NOT_GIVEN`, which is also the models' ``UNSET``)."""
    return value is NOT_GIVEN


def rfc3339(value: datetime.datetime) -> str:
    """A date-time as RFC 3339, always with an offset: a naive datetime is taken as UTC (``+00:00``)."""
    if value.utcoffset() is None:
        value = value.replace(tzinfo=datetime.UTC)
    return value.isoformat()


def text(value: object) -> str:
    """One scalar as text: enums by value, booleans ``true``/``false``, date-times in RFC 3339 with an
    offset (:func:`rfc3339`), dates and times in ISO 8601."""
    if isinstance(value, enum.Enum):
        return text(value.value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.datetime):
        return rfc3339(value)
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    return str(value)


def jsonable(value: Any) -> Any:
    """A JSON-ready copy of a value: models (``to_dict``), enums, dates, UUIDs, decimals, bytes (base64),
    sets, dataclasses, lists and dicts. ``UNSET`` stays ``UNSET`` at the top (no body) and is dropped inside."""
    if value is None or is_omitted(value) or isinstance(value, (bool, int, float, str)):
        return value.value if isinstance(value, enum.Enum) else value
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, enum.Enum):
        return jsonable(value.value)
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return text(value)
    if isinstance(value, (uuid.UUID, decimal.Decimal)):
        return str(value)
    if isinstance(value, (bytes, bytearray)):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items() if not is_omitted(v)}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [jsonable(v) for v in value if not is_omitted(v)]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return jsonable(dataclasses.asdict(value))
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def dumps(value: Any) -> bytes:
    """Compact UTF-8 JSON of :func:`jsonable` ``(value)``."""
    return json.dumps(jsonable(value), ensure_ascii=False, separators=(",", ":")).encode()


# -- parameters: OpenAPI `style` / `explode` ------------------------------------------------------------------------

Style = Literal["form", "spaceDelimited", "pipeDelimited", "deepObject", "simple", "label", "matrix"]


@dataclasses.dataclass(frozen=True)
class ParamStyle:
    """How one parameter is serialised: its OpenAPI ``style``, ``explode`` and (query only) ``allowReserved``."""

    style: Style = "form"
    explode: bool = True
    allow_reserved: bool = False


FORM = ParamStyle()
"""The default of query and cookie parameters (``style: form, explode: true``)."""
SIMPLE = ParamStyle("simple", explode=False)
"""The default of path and header parameters (``style: simple, explode: false``)."""


@dataclasses.dataclass(frozen=True)
class _Rule:
    """One row of the style table (RFC 6570 operators): what comes before the value, whether items are named
    (``name=``), what joins items when not exploded, and what joins them (or ``key=value`` pairs) when exploded."""

    prefix: str
    named: bool
    join: str
    explode_join: str


# OpenAPI 3.0.4 "Style Examples" (RFC 6570); delimiters are written as the table writes them (`,` `|` `[` `]` stay
# literal, a space is %20), while everything inside a name, key or value is percent-encoded, so a `,` or `|` in a
# value (%2C, %7C) never reads as a delimiter. 3.0.3's table shows label/explode=false as `.blue.black.brown`; RFC
# 6570 and 3.0.4 say `.blue,black,brown`, which is what is sent.
_RULES: dict[str, _Rule] = {
    "simple": _Rule("", named=False, join=",", explode_join=","),
    "label": _Rule(".", named=False, join=",", explode_join="."),
    "matrix": _Rule(";", named=True, join=",", explode_join=";"),
    "form": _Rule("", named=True, join=",", explode_join="&"),
    "spaceDelimited": _Rule("", named=True, join="%20", explode_join="&"),
    "pipeDelimited": _Rule("", named=True, join="|", explode_join="&"),
}
_RESERVED_KEPT = ":/?[]@!$'()*,;"  # allowReserved: RFC 3986 reserved characters sent as they are, except & = # +
_COOKIE_SAFE = "!#$'()*+-./:<=>?@[]^_`{|}~"  # cookie-octets (RFC 6265) other than %


def _plain_value(value: Any) -> Any:
    """A model as its ``to_dict()``; anything else as it is."""
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


def _item_text(value: Any) -> str:
    """One item of a parameter: a scalar through :func:`text`; a nested object or array (which no style
    defines) as compact JSON."""
    value = _plain_value(value)
    if isinstance(value, (Mapping, list, tuple, set, frozenset)):
        return dumps(value).decode()
    return text(value)


def serialize(name: str, value: Any, style: ParamStyle, escape: Callable[[str], str]) -> str | None:
    """One parameter by the style table: ``ids=a,b`` (query), ``;color=blue`` (path), ``blue,black`` (header).

    ``escape`` percent-encodes a name, key or value for where the text goes. ``None``, ``UNSET`` and an empty
    array or object (undefined in RFC 6570) give ``None``: the parameter is not sent. Items that are ``None``
    or ``UNSET`` are left out."""
    value = _plain_value(value)
    if value is None or is_omitted(value):
        return None
    if isinstance(value, Mapping):
        pairs = [(text(k), _item_text(v)) for k, v in value.items() if v is not None and not is_omitted(v)]
        if not pairs:
            return None
        if style.style == "deepObject":
            parts = (_deep_object(f"{escape(name)}[{escape(text(k))}]", v, escape) for k, v in value.items())
            return "&".join(part for part in parts if part) or None
        rule = _RULES[style.style]
        if style.explode:
            return rule.prefix + rule.explode_join.join(f"{escape(k)}={escape(v)}" for k, v in pairs)
        joined = rule.join.join(f"{escape(k)}{rule.join}{escape(v)}" for k, v in pairs)
        return rule.prefix + (f"{escape(name)}={joined}" if rule.named else joined)
    rule = _RULES["form" if style.style == "deepObject" else style.style]  # deepObject defines objects only
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [escape(_item_text(v)) for v in value if v is not None and not is_omitted(v)]
        if not items:
            return None
        if style.explode:
            named = [f"{escape(name)}={item}" for item in items] if rule.named else items
            return rule.prefix + rule.explode_join.join(named)
        joined = rule.join.join(items)
        return rule.prefix + (f"{escape(name)}={joined}" if rule.named else joined)
    item = escape(_item_text(value))
    if not rule.named:
        return rule.prefix + item
    if style.style == "matrix" and not item:
        return f";{escape(name)}"  # RFC 6570: an empty matrix value has no `=`
    return f"{rule.prefix}{escape(name)}={item}"


def _deep_object(key: str, value: Any, escape: Callable[[str], str]) -> str:
    """``key=value`` pairs of a deepObject member; nested objects as ``name[a][b]=v`` and arrays as repeated
    keys (the common reading of what the style table leaves undefined)."""
    value = _plain_value(value)
    if value is None or is_omitted(value):
        return ""
    if isinstance(value, Mapping):
        parts = (_deep_object(f"{key}[{escape(text(k))}]", v, escape) for k, v in value.items())
        return "&".join(part for part in parts if part)
    if isinstance(value, (list, tuple, set, frozenset)):
        return "&".join(f"{key}={escape(_item_text(v))}" for v in value if v is not None and not is_omitted(v))
    return f"{key}={escape(text(value))}"


def _escape_query(allow_reserved: bool) -> Callable[[str], str]:
    safe = _RESERVED_KEPT if allow_reserved else ""
    return lambda part: quote(part, safe=safe)


def encode_query(params: Mapping[str, Any], styles: Mapping[str, ParamStyle] | None = None) -> str:
    """The query string (without ``?``) of query parameters, each serialised by its style in ``styles``
    (``form``/``explode`` when not listed): ``None``, ``UNSET`` and empty arrays and objects are not sent."""
    parts: list[str] = []
    for name, value in params.items():
        style = (styles or {}).get(name, FORM)
        part = serialize(str(name), value, style, _escape_query(style.allow_reserved))
        if part is not None:
            parts.append(part)
    return "&".join(parts)


def query_params(values: Mapping[str, Any]) -> dict[str, Any]:
    """Query parameters of an operation by wire name: ``UNSET`` and ``None`` dropped, models as their
    ``to_dict()``; the client serialises each by its style (``ApiRequest.query_styles``)."""
    return {name: _plain_value(value) for name, value in values.items() if value is not None and not is_omitted(value)}


def encode_path(value: object, style: ParamStyle = SIMPLE, name: str = "") -> str:
    """One path parameter by its style (``simple``, ``label`` or ``matrix``; ``name`` is needed by ``matrix``):
    every item percent-encoded with nothing left safe, the style's delimiters as they are."""
    return serialize(name, value, style, lambda part: quote(part, safe="")) or ""


def header_values(values: Mapping[str, Any], styles: Mapping[str, ParamStyle] | None = None) -> dict[str, str]:
    """Header parameters as text, ``style: simple`` (``explode`` from ``styles``, else false): arrays
    ``a,b``, objects ``k,v,k2,v2`` (exploded ``k=v,k2=v2``); ``UNSET``, ``None`` and empty values dropped."""
    headers: dict[str, str] = {}
    for name, value in values.items():
        part = serialize(name, value, (styles or {}).get(name, SIMPLE), str)
        if part is not None:
            headers[name] = part
    return headers


def cookie_header(values: Mapping[str, Any], styles: Mapping[str, ParamStyle] | None = None) -> str | None:
    """The ``Cookie`` header of cookie parameters, ``style: form``: ``name=value`` pairs joined by ``; ``.

    Exploded arrays and objects give one pair per item (``color=blue; color=black``, ``R=100; G=200``), the
    RFC 6265 form of the style table's ``&``; values are percent-encoded where a cookie-octet cannot hold
    them. ``None`` when no cookie is given."""
    pairs: list[str] = []
    for name, value in values.items():
        part = serialize(name, value, (styles or {}).get(name, FORM), lambda s: quote(s, safe=_COOKIE_SAFE))
        if part is not None:
            pairs.append(part.replace("&", "; ") if (styles or {}).get(name, FORM).explode else part)
    return "; ".join(pairs) or None


def _form_value(value: Any) -> Any:
    if isinstance(value, (bytes, str)):
        return value
    if isinstance(value, (list, tuple)) and not any(isinstance(item, (Mapping, list, tuple)) for item in value):
        return [_form_value(item) for item in value if item is not None]
    if isinstance(value, (Mapping, list, tuple)) or hasattr(value, "to_dict"):
        return dumps(value).decode()
    return text(value)


def form_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    """Form fields for httpx's ``data=``: scalars as text, lists of scalars repeated, objects as JSON."""
    return {name: _form_value(value) for name, value in fields.items() if value is not None and not is_omitted(value)}


def _file_part(value: Any) -> FileTypes | None:
    """A multipart file part, for a `File` (or its tuple), bytes, an open binary file or a path; else None."""
    if isinstance(value, tuple):  # File.to_tuple()
        return value
    if isinstance(value, (File, bytes, bytearray, memoryview, os.PathLike)) or callable(getattr(value, "read", None)):
        part: FileTypes = as_file(value).to_tuple()
        return part
    return None


def multipart_files(fields: Any) -> RequestFiles:
    """multipart/form-data parts from a body model (or its ``to_dict()``, or a plain dict): files (a `File`,
    bytes, an open binary file or a path, alone or in a list) are file parts streamed by httpx, objects and
    arrays of non-files are JSON parts, everything else a text part; ``UNSET`` and ``None`` are left out."""
    to_dict = getattr(fields, "to_dict", None)
    items: Mapping[str, Any] = to_dict() if callable(to_dict) else fields
    parts: RequestFiles = []
    for name, value in items.items():
        if value is None or is_omitted(value):
            continue
        many = isinstance(value, list) and all(_file_part(v) is not None for v in value)
        for item in value if many else [value]:
            file = _file_part(item)
            if file is not None:
                parts.append((name, file))
            elif isinstance(item, (Mapping, list)) or hasattr(item, "to_dict"):
                parts.append((name, (None, dumps(item), "application/json")))
            else:
                parts.append((name, (None, text(item).encode(), "text/plain")))
    return parts
