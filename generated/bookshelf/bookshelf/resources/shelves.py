"""Operations on `client.shelves`."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING, Any

import httpx

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
from ..models.error import Error
from ..models.shelf import Shelf
from ..models.shelf_list import ShelfList
from ..models.shelves_create_body import ShelvesCreateBody
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .shelves_books import AsyncShelvesBooksResource, ShelvesBooksResource


def _parse_list(response: httpx.Response) -> ShelfList:
    return ShelfList.from_dict(response.json())


def _parse_create(response: httpx.Response) -> Shelf:
    return Shelf.from_dict(response.json())


def _parse_get(response: httpx.Response) -> Shelf:
    return Shelf.from_dict(response.json())


def _parse_delete(response: httpx.Response) -> None:
    return None


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Error.from_dict,
}


_ERRORS_2: dict[int, Callable[[Any], object]] = {
    404: Error.from_dict,
}


class ShelvesResource:
    """Operations on `client.shelves`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ShelvesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return ShelvesResourceWithRawResponse(self)

    @cached_property
    def books(self) -> ShelvesBooksResource:
        from .shelves_books import ShelvesBooksResource

        return ShelvesBooksResource(self._client)

    def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[Shelf]:
        """List shelves.

        `GET /shelves`

        Args:
            page_size: The `pageSize` query parameter.
            page_number: The `pageNumber` query parameter.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `Shelf`: iterating it yields every item across pages, fetching them as needed;
            `iter_pages()` yields each page (its items, the parsed `ShelfList` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/shelves",
                params=query_params(
                    {
                        "pageSize": page_size,
                        "pageNumber": page_number,
                    }
                ),
                options=request_options,
            ),
            cast=_parse_list,
            strategy=PageNumberStrategy(
                page_param="pageNumber", size_param="pageSize", page_count_field="pagination.pageCount"
            ),
            items=("data",),
            max_items=max_items,
        )

    def create(
        self,
        *,
        name: str,
        description: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Shelf:
        """Create a shelf.

        `POST /shelves`

        Args:
            name: The `name` field of the request body.
            description: The `description` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Shelf

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/shelves",
                json=ShelvesCreateBody(name=name, description=description).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create,
        )

    def get(
        self,
        shelf_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Shelf:
        """Get a shelf.

        `GET /shelves/{shelfId}`

        Args:
            shelf_id: The `shelfId` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Shelf

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 404.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/shelves/{encode_path(shelf_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get,
        )

    def delete(
        self,
        shelf_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete a shelf.

        `DELETE /shelves/{shelfId}`

        Args:
            shelf_id: The `shelfId` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 404.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/shelves/{encode_path(shelf_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete,
        )


class ShelvesResourceWithRawResponse:
    """`shelves` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: ShelvesResource) -> None:
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.get = to_raw_response(resource.get)
        self.delete = to_raw_response(resource.delete)


class AsyncShelvesResource:
    """Operations on `client.shelves`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncShelvesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncShelvesResourceWithRawResponse(self)

    @cached_property
    def books(self) -> AsyncShelvesBooksResource:
        from .shelves_books import AsyncShelvesBooksResource

        return AsyncShelvesBooksResource(self._client)

    def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Shelf]:
        """List shelves.

        `GET /shelves`

        Args:
            page_size: The `pageSize` query parameter.
            page_number: The `pageNumber` query parameter.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `Shelf`: iterating it yields every item across pages, fetching them as needed;
            `iter_pages()` yields each page (its items, the parsed `ShelfList` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/shelves",
                params=query_params(
                    {
                        "pageSize": page_size,
                        "pageNumber": page_number,
                    }
                ),
                options=request_options,
            ),
            cast=_parse_list,
            strategy=PageNumberStrategy(
                page_param="pageNumber", size_param="pageSize", page_count_field="pagination.pageCount"
            ),
            items=("data",),
            max_items=max_items,
        )

    async def create(
        self,
        *,
        name: str,
        description: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Shelf:
        """Create a shelf.

        `POST /shelves`

        Args:
            name: The `name` field of the request body.
            description: The `description` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Shelf

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/shelves",
                json=ShelvesCreateBody(name=name, description=description).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create,
        )

    async def get(
        self,
        shelf_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Shelf:
        """Get a shelf.

        `GET /shelves/{shelfId}`

        Args:
            shelf_id: The `shelfId` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Shelf

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 404.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/shelves/{encode_path(shelf_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get,
        )

    async def delete(
        self,
        shelf_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete a shelf.

        `DELETE /shelves/{shelfId}`

        Args:
            shelf_id: The `shelfId` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 404.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/shelves/{encode_path(shelf_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete,
        )


class AsyncShelvesResourceWithRawResponse:
    """`shelves` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncShelvesResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.create = to_async_raw_response(resource.create)
        self.get = to_async_raw_response(resource.get)
        self.delete = to_async_raw_response(resource.delete)
