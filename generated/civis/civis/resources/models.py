"""Operations on `client.models`."""

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
from ..models.get_models_order_dir import GetModelsOrderDir
from ..models.model import Model
from ..models.model_summary import ModelSummary
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> list[ModelSummary]:
    _response_200 = response.json()
    response_200: list[ModelSummary]
    if isinstance(_response_200, list):
        response_200 = []
        for response_200_index, response_200_item_data in enumerate(_response_200):
            with decode.at(None, response_200_index):
                response_200_item = decode.model(ModelSummary.from_dict, response_200_item_data)

            response_200.append(response_200_item)
    else:
        response_200 = decode.mismatch("an array", _response_200)

    return response_200


def _parse_get(response: httpx.Response) -> Model:
    return Model.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Error.from_dict,
    401: Error.from_dict,
    403: Error.from_dict,
    404: Error.from_dict,
    429: Error.from_dict,
}


class ModelsResource:
    """Operations on `client.models`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ModelsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return ModelsResourceWithRawResponse(self)

    def list(
        self,
        *,
        model_name: str | Unset = UNSET,
        status: str | Unset = UNSET,
        author: str | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        archived: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetModelsOrderDir | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[ModelSummary]:
        """List models.

        `GET /models/`

        Args:
            model_name: Filter by model name.
            status: Filter by latest build state.
            author: Comma-separated user ids whose objects to keep.
            hidden: Return hidden (system-created) objects instead of visible ones.
            archived: `true`, `false` or `all`; default `false`.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `ModelSummary`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[ModelSummary]` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/models/",
                params=query_params(
                    {
                        "model_name": model_name,
                        "status": status,
                        "author": author,
                        "hidden": hidden,
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
            cast=_parse_list,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    def get(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> Model:
        """Get a model.

        `GET /models/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Model

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/models/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get,
        )


class ModelsResourceWithRawResponse:
    """`models` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: ModelsResource) -> None:
        self.list = to_raw_response(resource.list)
        self.get = to_raw_response(resource.get)


class AsyncModelsResource:
    """Operations on `client.models`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncModelsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncModelsResourceWithRawResponse(self)

    def list(
        self,
        *,
        model_name: str | Unset = UNSET,
        status: str | Unset = UNSET,
        author: str | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        archived: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetModelsOrderDir | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[ModelSummary]:
        """List models.

        `GET /models/`

        Args:
            model_name: Filter by model name.
            status: Filter by latest build state.
            author: Comma-separated user ids whose objects to keep.
            hidden: Return hidden (system-created) objects instead of visible ones.
            archived: `true`, `false` or `all`; default `false`.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `ModelSummary`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[ModelSummary]` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/models/",
                params=query_params(
                    {
                        "model_name": model_name,
                        "status": status,
                        "author": author,
                        "hidden": hidden,
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
            cast=_parse_list,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    async def get(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> Model:
        """Get a model.

        `GET /models/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Model

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/models/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get,
        )


class AsyncModelsResourceWithRawResponse:
    """`models` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncModelsResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.get = to_async_raw_response(resource.get)
