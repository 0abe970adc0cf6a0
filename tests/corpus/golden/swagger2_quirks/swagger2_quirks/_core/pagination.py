"""Pagers: iterate the items of a paginated list operation across every page, lazily.

A paginated sync method fetches its first page when it is called (so errors raise at the call) and
returns a :class:`SyncPager`. An async one returns an :class:`AsyncPager` at once: ``async for`` over it
directly, or ``await`` it first to fetch the first page (and raise there). Iterating a pager yields
items, fetching the following pages on demand through the client's ``request()`` with the call's one
:class:`ApiRequest` (so retries, auth and typed errors apply to every page). ``iter_pages()`` yields
:class:`Page` objects with the items, the parsed page model and the raw :class:`httpx.Response`.

How the next page is requested is a small strategy object: :class:`CursorStrategy`,
:class:`OffsetStrategy`, :class:`PageNumberStrategy` or :class:`NextLinkStrategy`. Whatever the
strategy says, a pager never loops forever: it stops on an empty page, on a request it already made
(a repeated cursor, offset or link), on a page identical to the previous one, and after
``max_pages`` pages.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator
from typing import Any, TypeVar, Unpack

import httpx

from ._async_pagination import AsyncPagerBase
from ._paging import (
    DEFAULT_MAX_PAGES,
    CursorStrategy,
    NextLinkStrategy,
    NoNextPageError,
    OffsetStrategy,
    Page,
    PageNumberStrategy,
    PagerOptions,
    PaginationStrategy,
)
from ._request import ApiRequest
from ._sync_pagination import SyncPagerBase
from .http_client import SyncHttpClient

__all__ = [
    "DEFAULT_MAX_PAGES",
    "AsyncPager",
    "CursorStrategy",
    "NextLinkStrategy",
    "NoNextPageError",
    "OffsetStrategy",
    "Page",
    "PageNumberStrategy",
    "PaginationStrategy",
    "SyncPager",
]

T = TypeVar("T")


class SyncPager(SyncPagerBase[T]):
    """Items of a paginated list across all pages, fetched lazily.

    ``for item in pager`` yields every item (at most ``max_items``); ``iter_pages()`` yields
    :class:`Page` objects; ``has_next_page()`` / ``next_page()`` step through pages by hand.
    """

    _item_iterator: Iterator[T] | None = None

    @classmethod
    def start(
        cls,
        client: SyncHttpClient,
        request: ApiRequest,
        *,
        cast: Callable[[httpx.Response], Any],
        strategy: PaginationStrategy,
        **options: Unpack[PagerOptions],
    ) -> SyncPager[Any]:
        """Fetch the first page and return the pager (a :class:`RawResponse` of it in raw mode).

        ``cast`` parses one page's response; ``items`` is the attribute path from the parsed page to
        its list of items. With ``from_start``, the caller's position parameters are dropped.
        """
        pager: SyncPager[Any] = cls(client, request, cast=cast, strategy=strategy, **options)
        return pager._start()

    def __next__(self) -> T:
        """The next item of one shared iteration (so a pager can be used as an iterator)."""
        if self._item_iterator is None:
            self._item_iterator = iter(self)
        return next(self._item_iterator)


class AsyncPager(AsyncPagerBase[T]):
    """Async twin of :class:`SyncPager`, returned by the method without a request.

    ``async for item in client.things.list()`` fetches pages as it goes; ``pager = await
    client.things.list()`` fetches the first page (raising there) and returns the pager.
    ``async for page in pager.iter_pages()`` walks whole pages.
    """

    def __await__(self) -> Generator[Any, None, AsyncPager[T]]:
        """Fetch the first page (once) and return the pager (a `RawResponse` of it in raw mode)."""
        return self._start().__await__()
