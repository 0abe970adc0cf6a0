"""Operations on `client.things`."""

from __future__ import annotations

from functools import cached_property

import httpx

from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions


def _parse_list_things(response: httpx.Response) -> None:
    return None


class ThingsResource:
    """Operations on `client.things`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ThingsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return ThingsResourceWithRawResponse(self)

    def list_things(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """List things (things).

        `GET /things`

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
                "/things",
                options=request_options,
            ),
            cast=_parse_list_things,
        )


class ThingsResourceWithRawResponse:
    """`things` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: ThingsResource) -> None:
        self.list_things = to_raw_response(resource.list_things)


class AsyncThingsResource:
    """Operations on `client.things`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncThingsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncThingsResourceWithRawResponse(self)

    async def list_things(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """List things (things).

        `GET /things`

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
                "/things",
                options=request_options,
            ),
            cast=_parse_list_things,
        )


class AsyncThingsResourceWithRawResponse:
    """`things` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncThingsResource) -> None:
        self.list_things = to_async_raw_response(resource.list_things)
