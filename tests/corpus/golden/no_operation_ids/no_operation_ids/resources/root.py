"""Operations on `client.root`."""

from __future__ import annotations

from functools import cached_property

import httpx

from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions


def _parse_list(response: httpx.Response) -> None:
    return None


class RootResource:
    """Operations on `client.root`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> RootResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return RootResourceWithRawResponse(self)

    def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """List (root).

        `GET /`

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
                "/",
                options=request_options,
            ),
            cast=_parse_list,
        )


class RootResourceWithRawResponse:
    """`root` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: RootResource) -> None:
        self.list = to_raw_response(resource.list)


class AsyncRootResource:
    """Operations on `client.root`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncRootResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncRootResourceWithRawResponse(self)

    async def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """List (root).

        `GET /`

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
                "/",
                options=request_options,
            ),
            cast=_parse_list,
        )


class AsyncRootResourceWithRawResponse:
    """`root` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncRootResource) -> None:
        self.list = to_async_raw_response(resource.list)
