"""Raw request bodies (`application/octet-stream`, images, text types): bytes, or a file streamed in chunks.

httpx streams an iterable `content=` only from a sync client, and reads it once: a retry would send
what is left of the file. `UploadStream` is a sync and an async byte stream at once, starts every
attempt (and a 307/308 redirect) from where the file stood when the call began, and knows the
length, so the request carries `Content-Length` rather than chunked encoding, which presigned upload
URLs and many servers refuse. Hand-written: httpx has no rewinding file stream; a few dozen lines.
"""

from __future__ import annotations

import io
import os
from collections.abc import AsyncIterator, Iterator
from typing import IO, Any

import httpx

from ._types import File, PathReader, as_file

__all__ = ["UploadStream", "raw_body"]

_CHUNK = 64 * 1024


class UploadStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A binary file sent as a request body in 64 KiB chunks, from its position when the call began.

    A file that cannot seek (a pipe, a socket) is sent once; retrying it raises `httpx.StreamConsumed`.
    """

    def __init__(self, file: IO[bytes]) -> None:
        self._file = file
        self._start: int | None
        try:
            self._start = file.tell() if file.seekable() else None
        except (AttributeError, OSError):
            self._start = None
        self._sent = False

    @property
    def length(self) -> int | None:
        """The bytes left to send, when the file can tell (``None``: sent with chunked encoding)."""
        if self._start is None:
            return None
        raw = getattr(self._file, "raw", None)
        if isinstance(raw, PathReader):
            return raw.size() - self._start
        try:
            return os.fstat(self._file.fileno()).st_size - self._start
        except (AttributeError, OSError):
            pass
        end = self._file.seek(0, io.SEEK_END)
        self._file.seek(self._start)
        return end - self._start

    def _rewind(self) -> None:
        if self._start is not None:
            self._file.seek(self._start)
        elif self._sent:
            raise httpx.StreamConsumed()
        self._sent = True

    def __iter__(self) -> Iterator[bytes]:
        self._rewind()
        while chunk := self._file.read(_CHUNK):
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        self._rewind()
        while chunk := self._file.read(_CHUNK):
            yield chunk


def raw_body(value: Any, charset: str = "utf-8") -> bytes | UploadStream:
    """A raw body: text encoded in ``charset``; bytes as they are; a `File`, an open binary file or a path
    (`os.PathLike`) streamed from the file, never read whole."""
    if isinstance(value, str):
        return value.encode(charset)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    upload: File = as_file(value)
    payload = upload.payload
    if isinstance(payload, io.BytesIO):
        return payload.getvalue()[payload.tell() :]
    return UploadStream(payload)
