"""Operations on `client.items`."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import cached_property
from io import BytesIO
from typing import Any

import httpx

from .. import models as _models
from .._core import _decode as decode
from .._core._encode import encode_path, jsonable, query_params
from .._core._request import ApiRequest
from .._core._types import DownloadTarget, as_models
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.pagination import (
    AsyncPager,
    PageNumberStrategy,
    SyncPager,
)
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.error import Error
from ..models.item import Item
from ..types import UNSET, File, Unset


def _parse_list(response: httpx.Response) -> list[Item]:
    response_200 = decode.model_array(_models.Item.from_dict, response.json())

    return response_200


def _parse_replace_all(response: httpx.Response) -> None:
    return None


def _parse_pdf(response: httpx.Response) -> File:
    response_200 = File(payload=BytesIO(response.content))

    return response_200


def _parse_xml(response: httpx.Response) -> File:
    response_200 = File(payload=BytesIO(response.content))

    return response_200


_ERRORS: dict[int, Callable[[Any], object]] = {
    404: Error.from_dict,
}


class ItemsResource:
    """Operations on `client.items`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ItemsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return ItemsResourceWithRawResponse(self)

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        ids: list[int] | Unset = UNSET,
        empty: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[Item]:
        """List (items).

        `GET /items`

        Args:
            page: The `page` query parameter.
            ids: The `ids` query parameter.
            empty: The `empty` query parameter.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `Item`: iterating it yields every item across pages, fetching them as needed;
            `iter_pages()` yields each page (its items, the parsed `list[Item]` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 404.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/items",
                params=query_params(
                    {
                        "page": page,
                        "ids": ids,
                        "empty": empty,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
            strategy=PageNumberStrategy(page_param="page"),
            items=(),
            max_items=max_items,
        )

    def replace_all(
        self,
        *,
        request: Sequence[Item | Mapping[str, Any]] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Replace all (items).

        `PUT /items`

        Args:
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                "/items",
                json=jsonable(as_models(Item, request)),
                options=request_options,
            ),
            cast=_parse_replace_all,
        )

    def pdf(
        self,
        id: str,
        *,
        to_file: DownloadTarget | None = None,
        request_options: RequestOptions | None = None,
    ) -> File:
        """Pdf (items).

        `GET /items/{id}/file`

        Args:
            id: The `id` path parameter.
            to_file: A path or an open binary file to stream the downloaded body into.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            File

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/items/{encode_path(id)}/file",
                options=request_options,
                to_file=to_file,
            ),
            cast=_parse_pdf,
        )

    def xml(
        self,
        id: str,
        *,
        to_file: DownloadTarget | None = None,
        request_options: RequestOptions | None = None,
    ) -> File:
        """Xml (items).

        `GET /items/{id}/xml`

        Args:
            id: The `id` path parameter.
            to_file: A path or an open binary file to stream the downloaded body into.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            File

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/items/{encode_path(id)}/xml",
                options=request_options,
                to_file=to_file,
            ),
            cast=_parse_xml,
        )


class ItemsResourceWithRawResponse:
    """`items` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: ItemsResource) -> None:
        self.list = to_raw_response(resource.list)
        self.replace_all = to_raw_response(resource.replace_all)
        self.pdf = to_raw_response(resource.pdf)
        self.xml = to_raw_response(resource.xml)


class AsyncItemsResource:
    """Operations on `client.items`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncItemsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncItemsResourceWithRawResponse(self)

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        ids: list[int] | Unset = UNSET,
        empty: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Item]:
        """List (items).

        `GET /items`

        Args:
            page: The `page` query parameter.
            ids: The `ids` query parameter.
            empty: The `empty` query parameter.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `Item`: iterating it yields every item across pages, fetching them as needed;
            `iter_pages()` yields each page (its items, the parsed `list[Item]` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 404.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/items",
                params=query_params(
                    {
                        "page": page,
                        "ids": ids,
                        "empty": empty,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
            strategy=PageNumberStrategy(page_param="page"),
            items=(),
            max_items=max_items,
        )

    async def replace_all(
        self,
        *,
        request: Sequence[Item | Mapping[str, Any]] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Replace all (items).

        `PUT /items`

        Args:
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                "/items",
                json=jsonable(as_models(Item, request)),
                options=request_options,
            ),
            cast=_parse_replace_all,
        )

    async def pdf(
        self,
        id: str,
        *,
        to_file: DownloadTarget | None = None,
        request_options: RequestOptions | None = None,
    ) -> File:
        """Pdf (items).

        `GET /items/{id}/file`

        Args:
            id: The `id` path parameter.
            to_file: A path or an open binary file to stream the downloaded body into.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            File

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/items/{encode_path(id)}/file",
                options=request_options,
                to_file=to_file,
            ),
            cast=_parse_pdf,
        )

    async def xml(
        self,
        id: str,
        *,
        to_file: DownloadTarget | None = None,
        request_options: RequestOptions | None = None,
    ) -> File:
        """Xml (items).

        `GET /items/{id}/xml`

        Args:
            id: The `id` path parameter.
            to_file: A path or an open binary file to stream the downloaded body into.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            File

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/items/{encode_path(id)}/xml",
                options=request_options,
                to_file=to_file,
            ),
            cast=_parse_xml,
        )


class AsyncItemsResourceWithRawResponse:
    """`items` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncItemsResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.replace_all = to_async_raw_response(resource.replace_all)
        self.pdf = to_async_raw_response(resource.pdf)
        self.xml = to_async_raw_response(resource.xml)
