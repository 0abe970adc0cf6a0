"""Operations on `client.search`."""

from __future__ import annotations

import builtins
from collections.abc import Callable
from functools import cached_property
from typing import Any

import httpx

from .. import models as _models
from .._core import _decode as decode
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
from ..models.error_model import Error
from ..models.search_result import SearchResult
from ..models.search_results import SearchResults
from ..models.search_type import SearchType
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> SearchResults:
    return SearchResults.from_dict(response.json())


def _parse_list_types(response: httpx.Response) -> list[SearchType]:
    response_200 = decode.model_array(_models.SearchType.from_dict, response.json())

    return response_200


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Error.from_dict,
    401: Error.from_dict,
    403: Error.from_dict,
    404: Error.from_dict,
    429: Error.from_dict,
}


class SearchResource:
    """Operations on `client.search`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SearchResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return SearchResourceWithRawResponse(self)

    def list(
        self,
        *,
        query: str | Unset = UNSET,
        type: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        order: str | Unset = UNSET,
        owner: str | Unset = UNSET,
        archived: str | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[SearchResult]:
        """Search Civis objects.

        Uses offset/limit paging rather than page numbers.

        `GET /search/`

        Args:
            query: Search text.
            type: Comma-separated object kinds.
            offset: Hits to skip.
            limit: Most hits to return.
            order: The `order` query parameter.
            owner: The `owner` query parameter.
            archived: The `archived` query parameter.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `SearchResult`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `SearchResults` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/search/",
                params=query_params(
                    {
                        "query": query,
                        "type": type,
                        "offset": offset,
                        "limit": limit,
                        "order": order,
                        "owner": owner,
                        "archived": archived,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
            strategy=OffsetStrategy(offset_param="offset", limit_param="limit", total_field="totalResults"),
            items=("results",),
            max_items=max_items,
            from_start=iterator,
        )

    def list_types(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[SearchType]:
        """List searchable object kinds.

        `GET /search/types`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[SearchType]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/search/types",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_types,
        )


class SearchResourceWithRawResponse:
    """`search` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: SearchResource) -> None:
        self.list = to_raw_response(resource.list)
        self.list_types = to_raw_response(resource.list_types)


class AsyncSearchResource:
    """Operations on `client.search`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSearchResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncSearchResourceWithRawResponse(self)

    def list(
        self,
        *,
        query: str | Unset = UNSET,
        type: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        order: str | Unset = UNSET,
        owner: str | Unset = UNSET,
        archived: str | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[SearchResult]:
        """Search Civis objects.

        Uses offset/limit paging rather than page numbers.

        `GET /search/`

        Args:
            query: Search text.
            type: Comma-separated object kinds.
            offset: Hits to skip.
            limit: Most hits to return.
            order: The `order` query parameter.
            owner: The `owner` query parameter.
            archived: The `archived` query parameter.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `SearchResult`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `SearchResults` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/search/",
                params=query_params(
                    {
                        "query": query,
                        "type": type,
                        "offset": offset,
                        "limit": limit,
                        "order": order,
                        "owner": owner,
                        "archived": archived,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
            strategy=OffsetStrategy(offset_param="offset", limit_param="limit", total_field="totalResults"),
            items=("results",),
            max_items=max_items,
            from_start=iterator,
        )

    async def list_types(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[SearchType]:
        """List searchable object kinds.

        `GET /search/types`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[SearchType]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/search/types",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_types,
        )


class AsyncSearchResourceWithRawResponse:
    """`search` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncSearchResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.list_types = to_async_raw_response(resource.list_types)
