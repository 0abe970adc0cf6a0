"""The sync pager's page walking.

GENERATED from `_async_pagination.py` by `python -m generator.runtime_unasync`; edit that file, not this one.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Self, TypeVar

from ._paging import Page, _PagerBase
from ._request import ApiRequest
from .http_client import SyncHttpClient

__all__ = ["SyncPagerBase"]

T = TypeVar("T")


class SyncPagerBase(_PagerBase[T, SyncHttpClient]):
    """Walks the pages through the client: fetches the first page once, then each following one."""

    def _start(self) -> Self:
        """Fetch the first page (once); the pager, or a `RawResponse` of it in raw mode."""
        if self._first is not None:
            return self
        started: Self = self._started(self._client.request(self._request, cast=self._page_cast))
        return started

    def _fetch(self, request: ApiRequest) -> Page[T]:
        return self._make_page(request, self._client.request(request, cast=self._page_cast))[0]

    def iter_pages(self) -> Iterator[Page[T]]:
        """Yield the current page, then fetch and yield each following page."""
        self._start()
        page = self.current_page
        seen = {self._key(page.request)}
        pages = 1
        yield page
        while (following := self._should_follow(page, seen, pages)) is not None:
            fetched = self._fetch(following)
            pages += 1
            if not self._accept(fetched, page):
                return
            page = fetched
            yield page

    def _items(self) -> Iterator[T]:
        count = 0
        for page in self.iter_pages():
            wanted = self._take(page.items, count)
            yield from wanted
            count += len(wanted)
            if self.max_items is not None and count >= self.max_items:
                return

    def __iter__(self) -> Iterator[T]:
        """Yield every item of every page (at most ``max_items``), fetching pages as needed."""
        return self._items()

    def next_page(self) -> Page[T]:
        """Fetch the page after the current one and make it current.

        Raises:
            NoNextPageError: when the current page is the last one.
        """
        self._start()
        self._current = self._fetch(self._next_page_request())
        return self._current

    def to_list(self) -> list[T]:
        """Every item (at most ``max_items``) in one list."""
        return [item for item in self]
