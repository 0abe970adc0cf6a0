"""The one value encoder: how Python values become path segments, query items, headers, form fields and JSON.

Generated methods call the OpenAPI-specific helpers (`query_params` for `style`/`explode`, `header_values`,
`multipart_files`, `jsonable` for bodies); the HTTP client finishes the job with `encode_query`,
`form_fields` and `dumps`. Every scalar goes through `text`, every JSON value through `jsonable`, so a
date, an enum or a boolean reads the same wherever it is sent.
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
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ._types import File, FileTypes, RequestFiles, as_file
from .request_options import NOT_GIVEN

__all__ = [
    "QueryItems",
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
    "text",
]

QueryItems = list[tuple[str, str | int | float | bool | None]]


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


def encode_path(value: object) -> str:
    """One path segment: :func:`text` percent-encoded with nothing left safe."""
    return quote(text(value), safe="")


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


def _add_query_item(items: QueryItems, key: str, value: Any) -> None:
    if value is None or is_omitted(value):
        return
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        value = to_dict()
    if isinstance(value, Mapping):
        for sub_key, sub_value in value.items():
            _add_query_item(items, f"{key}[{sub_key}]", sub_value)
    elif isinstance(value, (list, tuple, set, frozenset)):
        items.extend((key, text(item)) for item in value if item is not None and not is_omitted(item))
    else:
        items.append((key, text(value)))


def encode_query(params: Mapping[str, Any]) -> QueryItems:
    """Flatten query parameters: ``None`` and ``UNSET`` dropped, lists repeated, objects as ``key[sub]``."""
    items: QueryItems = []
    for key, value in params.items():
        _add_query_item(items, key, value)
    return items


def query_params(values: Mapping[str, Any], *, deep_object: frozenset[str] = frozenset()) -> dict[str, Any]:
    """Query parameters of an operation, by OpenAPI style: an object value (a dict or a model) is spread into
    its keys (``style: form, explode: true``, the default), or for the names in ``deep_object`` kept whole,
    to be sent as ``name[key]=value``. ``UNSET`` and ``None`` are dropped."""
    params: dict[str, Any] = {}
    for name, value in values.items():
        if value is None or is_omitted(value):
            continue
        to_dict = getattr(value, "to_dict", None)
        if callable(to_dict):
            value = to_dict()
        if isinstance(value, Mapping) and name not in deep_object:
            params.update((str(key), item) for key, item in value.items())
        else:
            params[name] = value
    return params


def header_values(values: Mapping[str, Any]) -> dict[str, str]:
    """Header parameters as text; ``UNSET`` and ``None`` dropped, lists comma-joined."""
    headers: dict[str, str] = {}
    for name, value in values.items():
        if value is None or is_omitted(value):
            continue
        if isinstance(value, (list, tuple)):
            headers[name] = ",".join(text(v) for v in value)
        else:
            headers[name] = text(value)
    return headers


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
