"""The async stream's reading; the source of `_sync_streaming.py`.

`python -m generator.runtime_unasync` writes `_sync_streaming.py` from this file (unasync: `async` and
`await` dropped, `AsyncStreamBase` -> `SyncStreamBase`, `aiter_raw` -> `iter_raw`, `aclose` -> `close`,
...); edit this one and regenerate. What only one of the two streams has (`AsyncStream.__await__`,
`Stream.open`) is in `_streaming.py`; the parsing and the state both share are in `_events.py`.
"""

from __future__ import annotations

import typing
from collections.abc import AsyncGenerator, AsyncIterator
from types import TracebackType
from typing import Self, TypeVar

import httpx

from ._body import left_to_httpx
from ._events import Events, _Reader, _StreamApi
from ._request import ApiRequest
from .http_client import AsyncHttpClient
from .raw_response import RawResponse, consume_raw_mode

__all__ = ["AsyncStreamBase", "read_items"]

T = TypeVar("T")


async def read_items(reader: _Reader[T], client: AsyncHttpClient) -> AsyncIterator[T]:
    """The items of ``reader``'s response, reconnecting where it may; the response is closed at the end.

    It holds the reader and not the stream object, so a stream the caller lets go is freed (and closed)
    at once. It connects first when the stream is not connected yet.
    """
    try:
        if reader._response is None:
            reader._restart_window()
            reader._opened(await client.open_stream(reader._call))
        while True:
            response = reader.response
            try:
                async for chunk in response.aiter_bytes() if left_to_httpx(response) else response.aiter_raw():
                    for item in reader._take(chunk):
                        yield item
                for item in reader._take(b"", end=True):
                    yield item
                return
            except httpx.TransportError as exc:
                await response.aclose()
                delay = reader._resume(exc, client)
            await client._sleep(delay)
            reader._opened(await client.open_stream(reader._call))
    finally:
        await reader.aclose()


class AsyncStreamBase(_StreamApi[T]):
    """Reads one streaming response through the client, an item at a time."""

    def __init__(self, client: AsyncHttpClient, request: ApiRequest, *, events: Events[T]) -> None:
        """Prepare the stream; nothing is sent until it is started, entered or iterated."""
        self._reader = _Reader(client, request, events)
        self._client = client
        self._iterator: AsyncIterator[T] | None = None
        self._raw = consume_raw_mode()

    async def _start(self) -> Self:
        """Connect (once); the stream, or a `RawResponse` of it in raw mode (once)."""
        reader = self._reader
        if reader._response is None:
            reader._restart_window()
            reader._opened(await self._client.open_stream(reader._call))
        if self._raw:
            self._raw = False
            return typing.cast(Self, RawResponse.from_response(self, self.response))
        return self

    def __aiter__(self) -> AsyncIterator[T]:
        """Yield each item as it arrives (once: a stream cannot be read twice)."""
        if self._iterator is None:
            self._iterator = read_items(self._reader, self._client)
        return self._iterator

    async def __anext__(self) -> T:
        """The next item."""
        return await self.__aiter__().__anext__()

    async def aclose(self) -> None:
        """Close the connection (the server sees the client leave)."""
        if isinstance(self._iterator, AsyncGenerator):
            await self._iterator.aclose()
        await self._reader.aclose()

    async def __aenter__(self) -> Self:
        """Connect (once) and return the stream."""
        await self._start()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        """Close the connection."""
        await self.aclose()
