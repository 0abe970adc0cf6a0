"""Reading a response body under the call's limits: a size cap on the decoded bytes and the call's deadline.

The body is read from httpx's raw stream (`iter_raw`/`aiter_raw`) and decoded here, a bounded piece
at a time, so that a compression bomb stops at the cap without ever being held whole: httpx's own
decoders inflate each network chunk at once (64 KiB of gzip can become 64 MiB), and they offer no
output limit. gzip and deflate, the encodings httpx asks for by default, are decoded with the standard
library's zlib and its `max_length`; any other encoding (br, zstd) is left to httpx's decoder and only
counted. Hand-written for that reason; a few dozen lines.
"""

from __future__ import annotations

import time
import zlib
from collections.abc import Callable, Iterator

import httpx

from .errors import ApiTimeoutError, ResponseTooLargeError

__all__ = ["DEFAULT_MAX_RESPONSE_BYTES", "BodyReader", "bounded_decoder"]

DEFAULT_MAX_RESPONSE_BYTES = 100 * 1024 * 1024
"""The largest decoded response body held in memory unless the client or the call says otherwise (100 MiB)."""

_PIECE = 64 * 1024
"""The most bytes one decoding step produces."""


class _ZlibDecoder:
    """gzip or deflate with a bounded output per step (deflate: zlib-wrapped, or raw as some servers send)."""

    def __init__(self, encoding: str) -> None:
        self._gzip = encoding == "gzip"
        self._first = True
        self._inflate = zlib.decompressobj(zlib.MAX_WBITS | 16 if self._gzip else zlib.MAX_WBITS)

    def decode(self, data: bytes) -> Iterator[bytes]:
        if self._first and not self._gzip and data:
            self._first = False
            try:
                zlib.decompressobj().decompress(data[:2])
            except zlib.error:  # raw deflate without the zlib header
                self._inflate = zlib.decompressobj(-zlib.MAX_WBITS)
        while data:
            piece = self._inflate.decompress(data, _PIECE)
            data = self._inflate.unconsumed_tail
            if not piece:  # the input is used up (output stops short of max_length only then)
                break
            yield piece

    def flush(self) -> bytes:
        return self._inflate.flush()

    def pieces(self, chunk: bytes, *, end: bool, request: httpx.Request, what: str) -> Iterator[bytes]:
        """The decoded bytes of one raw chunk, a bounded piece at a time, then (``end``) the decoder's rest;
        corrupt data is an `httpx.DecodingError` ("the <what> could not be decoded")."""
        try:
            yield from self.decode(chunk)
            if end:
                yield self.flush()
        except zlib.error as exc:
            raise httpx.DecodingError(f"the {what} could not be decoded: {exc}", request=request) from exc


def _decoding(response: httpx.Response) -> tuple[_ZlibDecoder | None, bool]:
    """(a bounded decoder for the body's ``Content-Encoding`` or ``None``, whether httpx must decode it):
    gzip and deflate are decoded here, identity needs nothing, anything else (br, zstd) is left to httpx."""
    encoding = response.headers.get("content-encoding", "").strip().lower()
    if encoding in ("gzip", "deflate", "x-gzip"):
        return _ZlibDecoder(encoding), False
    return None, encoding not in ("", "identity")


def bounded_decoder(response: httpx.Response) -> _ZlibDecoder | None:
    """A bounded decoder for the response's ``Content-Encoding`` (``None``: identity, or left to httpx)."""
    return _decoding(response)[0]


def left_to_httpx(response: httpx.Response) -> bool:
    """Whether httpx must decode this body (an encoding other than identity, gzip and deflate)."""
    return _decoding(response)[1]


class BodyReader:
    """Decodes raw chunks into ``sink`` while checking the size cap and the deadline.

    Args:
        response: the response being read (its request names the call in errors).
        sink: where decoded bytes go: a file's ``write``, or ``None`` to keep them in memory.
        max_bytes: the cap on decoded bytes kept in memory (``None``: no cap).
        deadline: the call's deadline on the ``time.monotonic`` clock (``None``: none).
        budget: the call's whole time budget in seconds, for the error message.
        describe: returns the request line for error messages (credentials redacted); called only
            when an error is raised.

    Attributes:
        left_to_httpx: whether the chunks must come from httpx's decoder (`iter_bytes`) rather than the
            raw stream (`iter_raw`): an encoding other than identity, gzip and deflate.
    """

    def __init__(
        self,
        response: httpx.Response,
        *,
        sink: Callable[[bytes], object] | None,
        max_bytes: int | None,
        deadline: float | None,
        budget: float | None,
        describe: Callable[[], str],
    ) -> None:
        self._response = response
        self._chunks: list[bytes] = []
        self._sink = sink if sink is not None else self._chunks.append
        self._max_bytes = max_bytes if sink is None else None
        self._deadline = deadline
        self._budget = budget
        self._describe = describe
        self._decoder, self.left_to_httpx = _decoding(response)  # one header lookup for both
        self.size = 0

    def _take(self, piece: bytes) -> None:
        self.size += len(piece)
        if self._max_bytes is not None and self.size > self._max_bytes:
            raise ResponseTooLargeError(
                limit=self._max_bytes, status_code=self._response.status_code, request_line=self._describe()
            )
        self._sink(piece)

    def feed(self, chunk: bytes) -> None:
        """Take one chunk of the stream (raw, or already decoded by httpx for other encodings)."""
        if self._decoder is not None:
            for piece in self._decoder.pieces(chunk, end=False, request=self._response.request, what="body"):
                self._take(piece)
        elif chunk:
            self._take(chunk)
        if self._deadline is not None and time.monotonic() > self._deadline:
            raise ApiTimeoutError.deadline(self._budget, self._describe())

    def finish(self) -> bytes:
        """The end of the stream: the body kept in memory (``b""`` when it went to a sink)."""
        if self._decoder is not None:
            for piece in self._decoder.pieces(b"", end=True, request=self._response.request, what="body"):
                if piece:
                    self._take(piece)
        chunks = self._chunks
        return chunks[0] if len(chunks) == 1 else b"".join(chunks)
