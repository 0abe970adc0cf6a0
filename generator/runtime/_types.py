"""Value helpers shared by generated code: the UNSET sentinel, files, and wire serialisation."""

from __future__ import annotations

import datetime
import enum
import io
import json
import os
import typing
import uuid
from collections.abc import Callable, Mapping
from typing import IO, Any, BinaryIO

import httpx
from attrs import define

from .request_options import NOT_GIVEN, NotGiven

# One sentinel for "not given": models, method arguments and the HTTP client all use the same object,
# so an optional argument the caller omitted is never sent.
Unset = NotGiven
UNSET: Unset = NOT_GIVEN

FileContent = IO[bytes] | bytes | str
FileTypes = tuple[str | None, FileContent, str | None] | tuple[str | None, FileContent, str | None, Mapping[str, str]]
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """A file to upload in a multipart body, or a downloaded binary body."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """The tuple form httpx accepts for multipart/form-data."""
        return self.file_name, self.payload, self.mime_type


def jsonable(value: Any) -> Any:
    """A JSON-ready copy of a body value: attrs models, enums, dates, UUIDs, lists and dicts; UNSET stays UNSET."""
    if isinstance(value, Unset) or value is None or isinstance(value, (bool, int, float, str)):
        return value.value if isinstance(value, enum.Enum) else value
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items() if not isinstance(v, Unset)}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [jsonable(v) for v in value]
    return value


def as_file(value: Any) -> Any:
    """An upload given as bytes, a path (`pathlib.Path`) or an open binary file becomes a `File`."""
    if isinstance(value, (File, Unset)) or value is None:
        return value
    if isinstance(value, (bytes, bytearray)):
        return File(payload=io.BytesIO(bytes(value)), file_name="upload")
    if isinstance(value, os.PathLike):
        path = os.fspath(value)
        return File(payload=open(path, "rb"), file_name=os.path.basename(path))  # noqa: SIM115 - httpx reads it
    name = getattr(value, "name", None)
    return File(payload=value, file_name=os.path.basename(name) if isinstance(name, str) else None)


DownloadTarget = str | os.PathLike[str] | IO[bytes]


def save_to(target: DownloadTarget) -> Callable[[httpx.Response], File]:
    """A `cast` that streams a binary response body into `target` (a path or an open binary file), chunk by
    chunk, and returns a `File` reading it back (for a path: the file reopened; for a file object: itself)."""

    def cast(response: httpx.Response) -> File:
        if isinstance(target, (str, os.PathLike)):
            path = os.fspath(target)
            with open(path, "wb") as out:
                for chunk in response.iter_bytes():
                    out.write(chunk)
            return File(payload=open(path, "rb"), file_name=os.path.basename(path))  # noqa: SIM115 - the caller's
        for chunk in response.iter_bytes():
            target.write(chunk)
        if target.seekable():
            target.seek(0)
        name = getattr(target, "name", None)
        return File(payload=typing.cast(BinaryIO, target), file_name=name if isinstance(name, str) else None)

    return cast


def as_model(cls: Any, value: Any) -> Any:
    """A model argument given as a plain mapping becomes the model (validated by its `from_dict`)."""
    if isinstance(value, Mapping):
        return cls.from_dict(value)
    return value


def as_models(cls: Any, value: Any) -> Any:
    """`as_model` for each item of a list argument; UNSET stays UNSET."""
    if isinstance(value, Unset) or value is None:
        return value
    return [as_model(cls, item) for item in value]


def _query_value(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def query_params(values: Mapping[str, Any], *, deep_object: frozenset[str] = frozenset()) -> dict[str, Any]:
    """Query parameters ready for httpx: UNSET and None dropped, lists repeated, enums and dates as text.

    An object value (a dict or a model) is spread into its keys (`style: form, explode: true`, the
    OpenAPI default) or, for the names in `deep_object`, sent as `name[key]=value`.
    """
    params: dict[str, Any] = {}
    for name, value in values.items():
        if isinstance(value, Unset) or value is None:
            continue
        to_dict = getattr(value, "to_dict", None)
        if callable(to_dict):
            value = to_dict()
        if isinstance(value, (list, tuple)):
            params[name] = [_query_value(v) for v in value]
        elif isinstance(value, Mapping):
            for key, item in value.items():
                if not isinstance(item, Unset) and item is not None:
                    params[f"{name}[{key}]" if name in deep_object else str(key)] = _query_value(item)
        else:
            params[name] = _query_value(value)
    return params


def _form_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    return str(value)


def multipart_files(fields: Mapping[str, Any]) -> RequestFiles:
    """multipart/form-data parts from a body model's `to_dict()`: file tuples stay files, booleans are
    `true`/`false`, objects and arrays of non-files are JSON parts, UNSET and None are left out."""
    parts: RequestFiles = []
    for name, value in fields.items():
        if isinstance(value, Unset) or value is None:
            continue
        items = value if isinstance(value, list) and all(isinstance(v, tuple) for v in value) else [value]
        for item in items:
            if isinstance(item, tuple):  # File.to_tuple()
                parts.append((name, item))
            elif isinstance(item, (dict, list)):
                parts.append((name, (None, json.dumps(jsonable(item)).encode(), "application/json")))
            else:
                parts.append((name, (None, _form_text(item).encode(), "text/plain")))
    return parts


def header_values(values: Mapping[str, Any]) -> dict[str, str]:
    """Header parameters as strings; UNSET and None dropped, lists comma-joined."""
    headers: dict[str, str] = {}
    for name, value in values.items():
        if isinstance(value, Unset) or value is None:
            continue
        if isinstance(value, (list, tuple)):
            headers[name] = ",".join(str(_query_value(v)) for v in value)
        else:
            headers[name] = str(_query_value(value))
    return headers
