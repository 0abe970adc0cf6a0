"""Value helpers shared by generated code: the UNSET sentinel, files, and wire serialisation."""

from __future__ import annotations

import datetime
import enum
import uuid
from collections.abc import Mapping
from typing import IO, Any, BinaryIO

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


def query_params(values: Mapping[str, Any]) -> dict[str, Any]:
    """Query parameters ready for httpx: UNSET and None dropped, lists repeated, enums and dates as text."""
    params: dict[str, Any] = {}
    for name, value in values.items():
        if isinstance(value, Unset) or value is None:
            continue
        if isinstance(value, (list, tuple)):
            params[name] = [_query_value(v) for v in value]
        elif isinstance(value, Mapping):  # deepObject-style: name[key]=value
            for key, item in value.items():
                if not isinstance(item, Unset) and item is not None:
                    params[f"{name}[{key}]"] = _query_value(item)
        else:
            params[name] = _query_value(value)
    return params


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
