"""Operations on `client.media`."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import Any

import httpx

from .._core import _decode as decode
from .._core._encode import encode_path, query_params
from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.pagination import (
    AsyncPager,
    PageNumberStrategy,
    SyncPager,
)
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.error_model import Error
from ..models.get_media_optimizations_order_dir import (
    GetMediaOptimizationsOrderDir,
)
from ..models.optimization import Optimization
from ..models.optimization_summary import OptimizationSummary
from ..types import UNSET, Unset


def _parse_list_optimizations(response: httpx.Response) -> list[OptimizationSummary]:
    _response_200 = response.json()
    response_200: list[OptimizationSummary]
    if isinstance(_response_200, list):
        response_200 = []
        for response_200_index, response_200_item_data in enumerate(_response_200):
            with decode.at(None, response_200_index):
                response_200_item = decode.model(OptimizationSummary.from_dict, response_200_item_data)

            response_200.append(response_200_item)
    else:
        response_200 = decode.mismatch("an array", _response_200)

    return response_200


def _parse_get_optimizations(response: httpx.Response) -> Optimization:
    return Optimization.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Error.from_dict,
    401: Error.from_dict,
    403: Error.from_dict,
    404: Error.from_dict,
    429: Error.from_dict,
}


class MediaResource:
    """Operations on `client.media`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> MediaResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return MediaResourceWithRawResponse(self)

    def list_optimizations(
        self,
        *,
        archived: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetMediaOptimizationsOrderDir | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[OptimizationSummary]:
        """List media optimisations.

        `GET /media/optimizations`

        Args:
            archived: `true`, `false` or `all`; default `false`.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `OptimizationSummary`: iterating it yields every item across pages, fetching them
            as needed; `iter_pages()` yields each page (its items, the parsed
            `list[OptimizationSummary]` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/media/optimizations",
                params=query_params(
                    {
                        "archived": archived,
                        "limit": limit,
                        "page_num": page_num,
                        "order": order,
                        "order_dir": order_dir,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_optimizations,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    def get_optimizations(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> Optimization:
        """Get a media optimisation.

        `GET /media/optimizations/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Optimization

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/media/optimizations/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_optimizations,
        )


class MediaResourceWithRawResponse:
    """`media` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: MediaResource) -> None:
        self.list_optimizations = to_raw_response(resource.list_optimizations)
        self.get_optimizations = to_raw_response(resource.get_optimizations)


class AsyncMediaResource:
    """Operations on `client.media`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncMediaResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncMediaResourceWithRawResponse(self)

    def list_optimizations(
        self,
        *,
        archived: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetMediaOptimizationsOrderDir | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[OptimizationSummary]:
        """List media optimisations.

        `GET /media/optimizations`

        Args:
            archived: `true`, `false` or `all`; default `false`.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `OptimizationSummary`: iterating it yields every item across pages, fetching them
            as needed; `iter_pages()` yields each page (its items, the parsed
            `list[OptimizationSummary]` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/media/optimizations",
                params=query_params(
                    {
                        "archived": archived,
                        "limit": limit,
                        "page_num": page_num,
                        "order": order,
                        "order_dir": order_dir,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_optimizations,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    async def get_optimizations(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> Optimization:
        """Get a media optimisation.

        `GET /media/optimizations/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Optimization

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/media/optimizations/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_optimizations,
        )


class AsyncMediaResourceWithRawResponse:
    """`media` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncMediaResource) -> None:
        self.list_optimizations = to_async_raw_response(resource.list_optimizations)
        self.get_optimizations = to_async_raw_response(resource.get_optimizations)
