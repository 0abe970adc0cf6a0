"""Operations on `client.items`."""

from __future__ import annotations

from functools import cached_property

import httpx

from .._core._encode import encode_path, query_params
from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.items_update_body import ItemsUpdateBody
from ..types import UNSET, Unset


def _parse_get_item(response: httpx.Response) -> None:
    return None


def _parse_get_items(response: httpx.Response) -> None:
    return None


def _parse_update(response: httpx.Response) -> None:
    return None


class ItemsResource:
    """Operations on `client.items`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ItemsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return ItemsResourceWithRawResponse(self)

    def get_item(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Get item (items).

        `GET /items`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/items",
                options=request_options,
            ),
            cast=_parse_get_item,
        )

    def get_items(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Get items (items).

        `GET /items/all`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/items/all",
                options=request_options,
            ),
            cast=_parse_get_items,
        )

    def update(
        self,
        id_: str,
        *,
        request: str | Unset = UNSET,
        id: str | Unset = UNSET,
        user_name: str | Unset = UNSET,
        user_name_: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Update (items).

        `POST /items/{id}`

        Args:
            id_: The `id` path parameter.
            request: The `request` query parameter.
            id: The `id` field of the request body.
            user_name: The `userName` field of the request body.
            user_name_: The `user_name` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/items/{encode_path(id_)}",
                params=query_params(
                    {
                        "request": request,
                    }
                ),
                json=ItemsUpdateBody(id=id, userName=user_name, user_name=user_name_).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        id,
                        user_name,
                        user_name_,
                    )
                )
                else UNSET,
                options=request_options,
            ),
            cast=_parse_update,
        )


class ItemsResourceWithRawResponse:
    """`items` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: ItemsResource) -> None:
        self.get_item = to_raw_response(resource.get_item)
        self.get_items = to_raw_response(resource.get_items)
        self.update = to_raw_response(resource.update)


class AsyncItemsResource:
    """Operations on `client.items`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncItemsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncItemsResourceWithRawResponse(self)

    async def get_item(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Get item (items).

        `GET /items`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/items",
                options=request_options,
            ),
            cast=_parse_get_item,
        )

    async def get_items(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Get items (items).

        `GET /items/all`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/items/all",
                options=request_options,
            ),
            cast=_parse_get_items,
        )

    async def update(
        self,
        id_: str,
        *,
        request: str | Unset = UNSET,
        id: str | Unset = UNSET,
        user_name: str | Unset = UNSET,
        user_name_: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Update (items).

        `POST /items/{id}`

        Args:
            id_: The `id` path parameter.
            request: The `request` query parameter.
            id: The `id` field of the request body.
            user_name: The `userName` field of the request body.
            user_name_: The `user_name` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/items/{encode_path(id_)}",
                params=query_params(
                    {
                        "request": request,
                    }
                ),
                json=ItemsUpdateBody(id=id, userName=user_name, user_name=user_name_).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        id,
                        user_name,
                        user_name_,
                    )
                )
                else UNSET,
                options=request_options,
            ),
            cast=_parse_update,
        )


class AsyncItemsResourceWithRawResponse:
    """`items` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncItemsResource) -> None:
        self.get_item = to_async_raw_response(resource.get_item)
        self.get_items = to_async_raw_response(resource.get_items)
        self.update = to_async_raw_response(resource.update)
