"""The sync stream's reading.

GENERATED from `_async_streaming.py` by `python -m generator.runtime_unasync`; edit that file, not this one.
"""

from __future__ import annotations

import typing
from collections.abc import Generator, Iterator
from types import TracebackType
from typing import Self, TypeVar

import httpx

from ._body import left_to_httpx
from ._events import Events, _Reader, _StreamApi
from ._request import ApiRequest
from .http_client import SyncHttpClient
from .raw_response import RawResponse, consume_raw_mode

__all__ = ["SyncStreamBase", "read_items"]

T = TypeVar("T")


def read_items(reader: _Reader[T], client: SyncHttpClient) -> Iterator[T]:
    """The items of ``reader``'s response, reconnecting where it may; the response is closed at the end.

    It holds the reader and not the stream object, so a stream the caller lets go is freed (and closed)
    at once. It connects first when the stream is not connected yet.
    """
    try:
        if reader._response is None:
            reader._restart_window()
            reader._opened(client.open_stream(reader._call))
        while True:
            response = reader.response
            try:
                for chunk in response.iter_bytes() if left_to_httpx(response) else response.iter_raw():
                    for item in reader._take(chunk):
                        yield item
                for item in reader._take(b"", end=True):
                    yield item
                return
            except httpx.TransportError as exc:
                response.close()
                delay = reader._resume(exc, client)
            client._sleep(delay)
            reader._opened(client.open_stream(reader._call))
    finally:
        reader.close()


class SyncStreamBase(_StreamApi[T]):
    """Reads one streaming response through the client, an item at a time."""

    def __init__(self, client: SyncHttpClient, request: ApiRequest, *, events: Events[T]) -> None:
        """Prepare the stream; nothing is sent until it is started, entered or iterated."""
        self._reader = _Reader(client, request, events)
        self._client = client
        self._iterator: Iterator[T] | None = None
        self._raw = consume_raw_mode()

    def _start(self) -> Self:
        """Connect (once); the stream, or a `RawResponse` of it in raw mode (once)."""
        reader = self._reader
        if reader._response is None:
            reader._restart_window()
            reader._opened(self._client.open_stream(reader._call))
        if self._raw:
            self._raw = False
            return typing.cast(Self, RawResponse.from_response(self, self.response))
        return self

    def __iter__(self) -> Iterator[T]:
        """Yield each item as it arrives (once: a stream cannot be read twice)."""
        if self._iterator is None:
            self._iterator = read_items(self._reader, self._client)
        return self._iterator

    def __next__(self) -> T:
        """The next item."""
        return self.__iter__().__next__()

    def close(self) -> None:
        """Close the connection (the server sees the client leave)."""
        if isinstance(self._iterator, Generator):
            self._iterator.close()
        self._reader.close()

    def __enter__(self) -> Self:
        """Connect (once) and return the stream."""
        self._start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        """Close the connection."""
        self.close()
