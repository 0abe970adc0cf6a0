"""Operations on `client.shelves.books`."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cached_property
from typing import Any

import httpx

from .. import models as _models
from .._core import _decode as decode
from .._core._encode import encode_path, jsonable, query_params
from .._core._request import ApiRequest
from .._core._types import as_model
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.book import Book
from ..models.book_input import BookInput
from ..models.error import Error
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> list[Book]:
    response_200 = decode.model_array(_models.Book.from_dict, response.json())

    return response_200


def _parse_add(response: httpx.Response) -> Book:
    return Book.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Error.from_dict,
}


class ShelvesBooksResource:
    """Operations on `client.shelves.books`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ShelvesBooksResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return ShelvesBooksResourceWithRawResponse(self)

    def list(
        self,
        shelf_id: str,
        *,
        author: str | Unset = UNSET,
        for_: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> list[Book]:
        """List the books on a shelf.

        `GET /shelves/{shelfId}/books`

        Args:
            shelf_id: The `shelfId` path parameter.
            author: Only books by this author.
            for_: Reader the listing is prepared for.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[Book]

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/shelves/{encode_path(shelf_id)}/books",
                params=query_params(
                    {
                        "author": author,
                        "for": for_,
                    }
                ),
                options=request_options,
            ),
            cast=_parse_list,
        )

    def add(
        self,
        shelf_id: str,
        *,
        request: BookInput | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> Book:
        """Put a book on a shelf.

        `POST /shelves/{shelfId}/books`

        Args:
            shelf_id: The `shelfId` path parameter.
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Book

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/shelves/{encode_path(shelf_id)}/books",
                json=jsonable(as_model(BookInput, request)),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_add,
        )


class ShelvesBooksResourceWithRawResponse:
    """`shelves.books` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: ShelvesBooksResource) -> None:
        self.list = to_raw_response(resource.list)
        self.add = to_raw_response(resource.add)


class AsyncShelvesBooksResource:
    """Operations on `client.shelves.books`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncShelvesBooksResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncShelvesBooksResourceWithRawResponse(self)

    async def list(
        self,
        shelf_id: str,
        *,
        author: str | Unset = UNSET,
        for_: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> list[Book]:
        """List the books on a shelf.

        `GET /shelves/{shelfId}/books`

        Args:
            shelf_id: The `shelfId` path parameter.
            author: Only books by this author.
            for_: Reader the listing is prepared for.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[Book]

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/shelves/{encode_path(shelf_id)}/books",
                params=query_params(
                    {
                        "author": author,
                        "for": for_,
                    }
                ),
                options=request_options,
            ),
            cast=_parse_list,
        )

    async def add(
        self,
        shelf_id: str,
        *,
        request: BookInput | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> Book:
        """Put a book on a shelf.

        `POST /shelves/{shelfId}/books`

        Args:
            shelf_id: The `shelfId` path parameter.
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Book

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/shelves/{encode_path(shelf_id)}/books",
                json=jsonable(as_model(BookInput, request)),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_add,
        )


class AsyncShelvesBooksResourceWithRawResponse:
    """`shelves.books` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncShelvesBooksResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.add = to_async_raw_response(resource.add)
