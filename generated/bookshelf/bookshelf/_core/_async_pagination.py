"""The async pager's page walking; the source of `_sync_pagination.py`.

`python -m generator.runtime_unasync` writes `_sync_pagination.py` from this file (unasync: `async` and
`await` dropped, `AsyncPagerBase` -> `SyncPagerBase`, `AsyncIterator` -> `Iterator`, ...); edit this one
and regenerate. What only one of the two pagers has (`AsyncPager.__await__`, `SyncPager.start` and
`__next__`) is in `pagination.py`; what both share without I/O is in `_paging.py`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Self, TypeVar

from ._paging import Page, _PagerBase
from ._request import ApiRequest
from .http_client import AsyncHttpClient

__all__ = ["AsyncPagerBase"]

T = TypeVar("T")


class AsyncPagerBase(_PagerBase[T, AsyncHttpClient]):
    """Walks the pages through the client: fetches the first page once, then each following one."""

    async def _start(self) -> Self:
        """Fetch the first page (once); the pager, or a `RawResponse` of it in raw mode."""
        if self._first is not None:
            return self
        started: Self = self._started(await self._client.request(self._request, cast=self._page_cast))
        return started

    async def _fetch(self, request: ApiRequest) -> Page[T]:
        return self._make_page(request, await self._client.request(request, cast=self._page_cast))[0]

    async def iter_pages(self) -> AsyncIterator[Page[T]]:
        """Yield the current page, then fetch and yield each following page."""
        await self._start()
        page = self.current_page
        seen = {self._key(page.request)}
        pages = 1
        yield page
        while (following := self._should_follow(page, seen, pages)) is not None:
            fetched = await self._fetch(following)
            pages += 1
            if not self._accept(fetched, page):
                return
            page = fetched
            yield page

    async def _items(self) -> AsyncIterator[T]:
        count = 0
        async for page in self.iter_pages():
            wanted = self._take(page.items, count)
            for item in wanted:
                yield item
            count += len(wanted)
            if self.max_items is not None and count >= self.max_items:
                return

    def __aiter__(self) -> AsyncIterator[T]:
        """Yield every item of every page (at most ``max_items``), fetching pages as needed."""
        return self._items()

    async def next_page(self) -> Page[T]:
        """Fetch the page after the current one and make it current.

        Raises:
            NoNextPageError: when the current page is the last one.
        """
        await self._start()
        self._current = await self._fetch(self._next_page_request())
        return self._current

    async def to_list(self) -> list[T]:
        """Every item (at most ``max_items``) in one list."""
        return [item async for item in self]
