"""Operations on `client.tags`."""

from __future__ import annotations

import builtins
from collections.abc import Callable
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import query_params
from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.pagination import (
    AsyncPager,
    OffsetStrategy,
    SyncPager,
)
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.forbidden_error_rep import ForbiddenErrorRep
from ..models.invalid_request_error_rep import InvalidRequestErrorRep
from ..models.rate_limited_error_rep import RateLimitedErrorRep
from ..models.tags_collection import TagsCollection
from ..models.unauthorized_error_rep import UnauthorizedErrorRep
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> TagsCollection:
    return TagsCollection.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


class TagsResource:
    """Operations on `client.tags`."""

    def __init__(self, client: SyncHttpClient, async_client: Callable[[], AsyncHttpClient]) -> None:
        self._client = client
        self._async_client = async_client

    @cached_property
    def with_raw_response(self) -> TagsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return TagsResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> TagsResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def list(
        self,
        *,
        kind: list[str] | Unset = UNSET,
        pre: str | Unset = UNSET,
        archived: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        as_of: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[str]:
        """Tags in use.

        `GET /api/v2/tags`

        Args:
            kind: Only tags used on these resource kinds.
            pre: Only tags starting with this prefix.
            archived: Include archived items when true.
            limit: Page size: at most this many items come back.
            offset: Number of items to skip before the page starts.
            as_of: Report tags as they were at this time.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `str`: iterating it yields every item across pages, fetching them as needed;
            `iter_pages()` yields each page (its items, the parsed `TagsCollection` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/api/v2/tags",
                params=query_params(
                    {
                        "kind": kind,
                        "pre": pre,
                        "archived": archived,
                        "limit": limit,
                        "offset": offset,
                        "asOf": as_of,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
            strategy=OffsetStrategy(offset_param="offset", limit_param="limit", total_field="totalCount"),
            items=("items",),
            max_items=max_items,
        )

    async def alist(
        self,
        *,
        kind: builtins.list[str] | Unset = UNSET,
        pre: str | Unset = UNSET,
        archived: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        as_of: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[str]:
        """Coroutine twin of `list`: same arguments, same result, awaitable."""
        return await AsyncTagsResource(self._async_client()).list(
            kind=kind,
            pre=pre,
            archived=archived,
            limit=limit,
            offset=offset,
            as_of=as_of,
            max_items=max_items,
            request_options=request_options,
        )


class TagsResourceWithRawResponse:
    """`tags` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: TagsResource) -> None:
        self.list = to_raw_response(resource.list)


class AsyncTagsResource:
    """Operations on `client.tags`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncTagsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncTagsResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AsyncTagsResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def list(
        self,
        *,
        kind: list[str] | Unset = UNSET,
        pre: str | Unset = UNSET,
        archived: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        as_of: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[str]:
        """Tags in use.

        `GET /api/v2/tags`

        Args:
            kind: Only tags used on these resource kinds.
            pre: Only tags starting with this prefix.
            archived: Include archived items when true.
            limit: Page size: at most this many items come back.
            offset: Number of items to skip before the page starts.
            as_of: Report tags as they were at this time.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `str`: iterating it yields every item across pages, fetching them as needed;
            `iter_pages()` yields each page (its items, the parsed `TagsCollection` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/api/v2/tags",
                params=query_params(
                    {
                        "kind": kind,
                        "pre": pre,
                        "archived": archived,
                        "limit": limit,
                        "offset": offset,
                        "asOf": as_of,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
            strategy=OffsetStrategy(offset_param="offset", limit_param="limit", total_field="totalCount"),
            items=("items",),
            max_items=max_items,
        )


class AsyncTagsResourceWithRawResponse:
    """`tags` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncTagsResource) -> None:
        self.list = to_async_raw_response(resource.list)
