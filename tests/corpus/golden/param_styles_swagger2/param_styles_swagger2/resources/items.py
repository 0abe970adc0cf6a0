"""Operations on `client.items`."""

from __future__ import annotations

from functools import cached_property

import httpx

from .. import models as _models
from .._core import _decode as decode
from .._core._encode import encode_path, query_params
from .._core._request import ApiRequest, ParamStyle
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.item import Item
from ..types import UNSET, Unset


def _parse_search(response: httpx.Response) -> list[Item]:
    response_200 = decode.model_array(_models.Item.from_dict, response.json())

    return response_200


def _parse_get(response: httpx.Response) -> None:
    return None


class ItemsResource:
    """Operations on `client.items`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ItemsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return ItemsResourceWithRawResponse(self)

    def search(
        self,
        *,
        csv: list[str] | Unset = UNSET,
        ssv: list[str] | Unset = UNSET,
        tsv: list[str] | Unset = UNSET,
        pipes: list[str] | Unset = UNSET,
        multi: list[str] | Unset = UNSET,
        plain: list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> list[Item]:
        """Search (items).

        `GET /items`

        Args:
            csv: The `csv` query parameter.
            ssv: The `ssv` query parameter.
            tsv: The `tsv` query parameter.
            pipes: The `pipes` query parameter.
            multi: The `multi` query parameter.
            plain: The `plain` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[Item]

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/items",
                params=query_params(
                    {
                        "csv": csv,
                        "ssv": ssv,
                        "tsv": tsv,
                        "pipes": pipes,
                        "multi": multi,
                        "plain": plain,
                    }
                ),
                query_styles={
                    "csv": ParamStyle("form", explode=False),
                    "ssv": ParamStyle("spaceDelimited", explode=False),
                    "tsv": ParamStyle("form", explode=False),
                    "pipes": ParamStyle("pipeDelimited", explode=False),
                    "plain": ParamStyle("form", explode=False),
                },
                options=request_options,
            ),
            cast=_parse_search,
        )

    def get(
        self,
        keys: list[str],
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Get (items).

        `GET /items/{keys}`

        Args:
            keys: The `keys` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/items/{encode_path(keys)}",
                options=request_options,
            ),
            cast=_parse_get,
        )


class ItemsResourceWithRawResponse:
    """`items` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: ItemsResource) -> None:
        self.search = to_raw_response(resource.search)
        self.get = to_raw_response(resource.get)


class AsyncItemsResource:
    """Operations on `client.items`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncItemsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncItemsResourceWithRawResponse(self)

    async def search(
        self,
        *,
        csv: list[str] | Unset = UNSET,
        ssv: list[str] | Unset = UNSET,
        tsv: list[str] | Unset = UNSET,
        pipes: list[str] | Unset = UNSET,
        multi: list[str] | Unset = UNSET,
        plain: list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> list[Item]:
        """Search (items).

        `GET /items`

        Args:
            csv: The `csv` query parameter.
            ssv: The `ssv` query parameter.
            tsv: The `tsv` query parameter.
            pipes: The `pipes` query parameter.
            multi: The `multi` query parameter.
            plain: The `plain` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[Item]

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/items",
                params=query_params(
                    {
                        "csv": csv,
                        "ssv": ssv,
                        "tsv": tsv,
                        "pipes": pipes,
                        "multi": multi,
                        "plain": plain,
                    }
                ),
                query_styles={
                    "csv": ParamStyle("form", explode=False),
                    "ssv": ParamStyle("spaceDelimited", explode=False),
                    "tsv": ParamStyle("form", explode=False),
                    "pipes": ParamStyle("pipeDelimited", explode=False),
                    "plain": ParamStyle("form", explode=False),
                },
                options=request_options,
            ),
            cast=_parse_search,
        )

    async def get(
        self,
        keys: list[str],
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Get (items).

        `GET /items/{keys}`

        Args:
            keys: The `keys` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/items/{encode_path(keys)}",
                options=request_options,
            ),
            cast=_parse_get,
        )


class AsyncItemsResourceWithRawResponse:
    """`items` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncItemsResource) -> None:
        self.search = to_async_raw_response(resource.search)
        self.get = to_async_raw_response(resource.get)
