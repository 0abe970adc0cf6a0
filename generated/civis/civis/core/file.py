"""Normalisation of file arguments for multipart uploads."""

from __future__ import annotations

import mimetypes
import os
from collections.abc import Mapping, Sequence
from typing import IO

__all__ = ["FileContent", "FileInput", "HttpxFile", "to_httpx_file", "to_httpx_files"]

FileContent = IO[bytes] | bytes | str | os.PathLike[str]
"""The content of a file: an open binary file, bytes, text (sent UTF-8 encoded) or a path."""

FileInput = FileContent | tuple[str | None, FileContent] | tuple[str | None, FileContent, str | None]
"""What generated methods accept for a file: content alone, ``(filename, content)`` or
``(filename, content, content_type)``. A ``str`` is content, not a path: pass a :class:`pathlib.Path`
(any ``os.PathLike``) to upload a file from disk."""

HttpxFile = tuple[str | None, IO[bytes] | bytes, str | None]
"""What httpx takes for one multipart file: ``(filename, content, content_type)``."""


def _guess_type(filename: str | None) -> str | None:
    if not filename:
        return None
    return mimetypes.guess_type(filename)[0]


def _content(value: FileContent) -> tuple[str | None, IO[bytes] | bytes]:
    """Return (filename inferred from the content, content httpx accepts)."""
    if isinstance(value, bytes):
        return None, value
    if isinstance(value, str):
        return None, value.encode("utf-8")
    if isinstance(value, os.PathLike):
        path = os.fspath(value)
        with open(path, "rb") as handle:
            return os.path.basename(path), handle.read()
    name = getattr(value, "name", None)
    filename = os.path.basename(name) if isinstance(name, str) and name else None
    return filename, value


def to_httpx_file(value: FileInput) -> HttpxFile:
    """Return ``(filename, content, content_type)`` for any :data:`FileInput`.

    The filename comes from the tuple, else from a path or an open file's name; the content type from
    the tuple, else guessed from the filename (``None`` when unknown). Paths are read into memory;
    pass an open file to stream a large upload.
    """
    if isinstance(value, tuple):
        if len(value) == 2:
            given_name, raw = value
            given_type: str | None = None
        elif len(value) == 3:
            given_name, raw, given_type = value
        else:
            raise TypeError(f"a file tuple has 2 or 3 items, not {len(value)}")
        inferred, content = _content(raw)
        filename = given_name if given_name is not None else inferred
        return filename, content, given_type if given_type is not None else _guess_type(filename)
    filename, content = _content(value)
    return filename, content, _guess_type(filename)


def to_httpx_files(files: Mapping[str, FileInput | Sequence[FileInput] | None]) -> list[tuple[str, HttpxFile]]:
    """Convert a mapping of field name to file (or list of files) into httpx's ``files=`` list.

    ``None`` values are dropped; a list sends several parts under the same field name.
    """
    result: list[tuple[str, HttpxFile]] = []
    for field, value in files.items():
        if value is None:
            continue
        if isinstance(value, list):
            result.extend((field, to_httpx_file(item)) for item in value)
        else:
            result.append((field, to_httpx_file(value)))  # type: ignore[arg-type]
    return result
