"""Value types shared by generated code: the ``UNSET`` sentinel, ``File`` for uploads and downloads, and the
coercions generated methods apply to their arguments (a path or bytes to a ``File``, a dict to a model)."""

from __future__ import annotations

import importlib
import io
import os
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
"""Where ``to_file=`` streams a binary download: a path, or an open binary file."""


def as_model(cls: Any, value: Any) -> Any:
    """A model argument given as a plain mapping becomes the model (validated by its `from_dict`).

    The mapping may use the fields' Python names or their wire names, at any depth of nested models;
    the model is built (and later sent) with wire names."""
    if isinstance(value, Mapping):
        return cls.from_dict(_wire_keys(cls, value))
    return value


def _wire_table(cls: Any) -> tuple[dict[str, str], dict[str, str]] | None:
    package = str(getattr(cls, "__module__", "")).rpartition(".")[0]
    try:
        table: dict[str, tuple[dict[str, str], dict[str, str]]] = importlib.import_module(
            package + "._wire_names"
        ).TABLE
    except ImportError:
        return None
    return table.get(getattr(cls, "__name__", ""))


def _wire_keys(cls: Any, value: Mapping[str, Any]) -> dict[str, Any]:
    """`value` with Python field names turned into wire names, nested model values too."""
    table = _wire_table(cls)
    if table is None:
        return dict(value)
    renames, nested = table
    wires = set(renames.values())
    out: dict[str, Any] = {}
    for key, item in value.items():
        wire = key if key in wires else renames.get(key, key)
        inner = nested.get(wire)
        if inner is not None:
            inner_cls = getattr(importlib.import_module(str(cls.__module__).rpartition(".")[0]), inner)
            if isinstance(item, Mapping):
                item = _wire_keys(inner_cls, item)
            elif isinstance(item, list):
                item = [_wire_keys(inner_cls, i) if isinstance(i, Mapping) else i for i in item]
        out[wire] = item
    return out


def as_models(cls: Any, value: Any) -> Any:
    """`as_model` for each item of a list argument; UNSET stays UNSET."""
    if isinstance(value, Unset) or value is None:
        return value
    return [as_model(cls, item) for item in value]
