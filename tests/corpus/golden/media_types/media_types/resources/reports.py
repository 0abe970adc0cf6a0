"""Operations on `client.reports`."""

from __future__ import annotations

from functools import cached_property

import httpx

from .._core import _decode as decode
from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions


def _parse_export(response: httpx.Response) -> str:
    response_200 = response.text
    if type(response_200) is not str:
        response_200 = decode.expect(response_200, str)

    return response_200


def _parse_options(response: httpx.Response) -> None:
    return None


def _parse_head(response: httpx.Response) -> None:
    return None


class ReportsResource:
    """Operations on `client.reports`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ReportsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return ReportsResourceWithRawResponse(self)

    def export(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> str:
        """Export (reports).

        `GET /reports`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            str

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/reports",
                options=request_options,
            ),
            cast=_parse_export,
        )

    def options(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Options (reports).

        `OPTIONS /reports`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "OPTIONS",
                "/reports",
                options=request_options,
            ),
            cast=_parse_options,
        )

    def head(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Head (reports).

        `HEAD /reports`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "HEAD",
                "/reports",
                options=request_options,
            ),
            cast=_parse_head,
        )


class ReportsResourceWithRawResponse:
    """`reports` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: ReportsResource) -> None:
        self.export = to_raw_response(resource.export)
        self.options = to_raw_response(resource.options)
        self.head = to_raw_response(resource.head)


class AsyncReportsResource:
    """Operations on `client.reports`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncReportsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncReportsResourceWithRawResponse(self)

    async def export(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> str:
        """Export (reports).

        `GET /reports`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            str

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/reports",
                options=request_options,
            ),
            cast=_parse_export,
        )

    async def options(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Options (reports).

        `OPTIONS /reports`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "OPTIONS",
                "/reports",
                options=request_options,
            ),
            cast=_parse_options,
        )

    async def head(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Head (reports).

        `HEAD /reports`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "HEAD",
                "/reports",
                options=request_options,
            ),
            cast=_parse_head,
        )


class AsyncReportsResourceWithRawResponse:
    """`reports` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncReportsResource) -> None:
        self.export = to_async_raw_response(resource.export)
        self.options = to_async_raw_response(resource.options)
        self.head = to_async_raw_response(resource.head)
