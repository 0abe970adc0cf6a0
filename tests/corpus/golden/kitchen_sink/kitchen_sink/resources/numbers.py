"""Operations on `client.numbers`."""

from __future__ import annotations

from functools import cached_property

import httpx

from .._core import _decode as decode
from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.numbers_list_response_200_item import NumbersListResponse200Item, check_numbers_list_response_200_item


def _parse_list(response: httpx.Response) -> list[NumbersListResponse200Item | int]:
    _response_200_array = response.json()
    response_200: list[NumbersListResponse200Item | int]
    if isinstance(_response_200_array, list):
        response_200 = []
        with decode.in_array(None, response_200):
            for response_200_item_data in _response_200_array:
                response_200_item = check_numbers_list_response_200_item(response_200_item_data)

                response_200.append(response_200_item)
    else:
        response_200 = decode.mismatch("an array", _response_200_array)

    return response_200


class NumbersResource:
    """Operations on `client.numbers`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> NumbersResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return NumbersResourceWithRawResponse(self)

    def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> list[NumbersListResponse200Item | int]:
        """List (numbers).

        `GET /numbers`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[NumbersListResponse200Item | int]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 404.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/numbers",
                options=request_options,
            ),
            cast=_parse_list,
        )


class NumbersResourceWithRawResponse:
    """`numbers` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: NumbersResource) -> None:
        self.list = to_raw_response(resource.list)


class AsyncNumbersResource:
    """Operations on `client.numbers`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncNumbersResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncNumbersResourceWithRawResponse(self)

    async def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> list[NumbersListResponse200Item | int]:
        """List (numbers).

        `GET /numbers`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[NumbersListResponse200Item | int]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 404.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/numbers",
                options=request_options,
            ),
            cast=_parse_list,
        )


class AsyncNumbersResourceWithRawResponse:
    """`numbers` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncNumbersResource) -> None:
        self.list = to_async_raw_response(resource.list)
