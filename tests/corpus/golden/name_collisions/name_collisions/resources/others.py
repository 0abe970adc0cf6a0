"""Operations on `client.others`."""

from __future__ import annotations

from functools import cached_property

import httpx

from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions


def _parse_list_things_2(response: httpx.Response) -> None:
    return None


class OthersResource:
    """Operations on `client.others`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> OthersResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return OthersResourceWithRawResponse(self)

    def list_things_2(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """List things 2 (others).

        The same operationId again (invalid, but common in published specs).

        `GET /others/things`

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
                "/others/things",
                options=request_options,
            ),
            cast=_parse_list_things_2,
        )


class OthersResourceWithRawResponse:
    """`others` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: OthersResource) -> None:
        self.list_things_2 = to_raw_response(resource.list_things_2)


class AsyncOthersResource:
    """Operations on `client.others`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncOthersResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncOthersResourceWithRawResponse(self)

    async def list_things_2(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """List things 2 (others).

        The same operationId again (invalid, but common in published specs).

        `GET /others/things`

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
                "/others/things",
                options=request_options,
            ),
            cast=_parse_list_things_2,
        )


class AsyncOthersResourceWithRawResponse:
    """`others` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncOthersResource) -> None:
        self.list_things_2 = to_async_raw_response(resource.list_things_2)
