"""Operations on `client.legacy`."""

from __future__ import annotations

import os
from functools import cached_property
from io import BytesIO
from typing import IO

import httpx

from .._core._encode import header_values
from .._core._request import ApiRequest
from .._core._types import DownloadTarget
from .._core._upload import raw_body
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..types import File


def _parse_create_order(response: httpx.Response) -> File:
    response_200 = File(payload=BytesIO(response.content))

    return response_200


class LegacyResource:
    """Operations on `client.legacy`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> LegacyResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return LegacyResourceWithRawResponse(self)

    def create_order(
        self,
        *,
        request: str | File | bytes | IO[bytes] | os.PathLike[str],
        to_file: DownloadTarget | None = None,
        request_options: RequestOptions | None = None,
    ) -> File:
        """Create order (legacy).

        `POST /legacy/orders`

        Args:
            request: The request body.
            to_file: A path or an open binary file to stream the downloaded body into.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            File

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/legacy/orders",
                headers=header_values(
                    {
                        "Content-Type": "application/xml",
                    }
                ),
                content=raw_body(request, "utf-8"),
                options=request_options,
                to_file=to_file,
            ),
            cast=_parse_create_order,
        )


class LegacyResourceWithRawResponse:
    """`legacy` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: LegacyResource) -> None:
        self.create_order = to_raw_response(resource.create_order)


class AsyncLegacyResource:
    """Operations on `client.legacy`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncLegacyResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncLegacyResourceWithRawResponse(self)

    async def create_order(
        self,
        *,
        request: str | File | bytes | IO[bytes] | os.PathLike[str],
        to_file: DownloadTarget | None = None,
        request_options: RequestOptions | None = None,
    ) -> File:
        """Create order (legacy).

        `POST /legacy/orders`

        Args:
            request: The request body.
            to_file: A path or an open binary file to stream the downloaded body into.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            File

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/legacy/orders",
                headers=header_values(
                    {
                        "Content-Type": "application/xml",
                    }
                ),
                content=raw_body(request, "utf-8"),
                options=request_options,
                to_file=to_file,
            ),
            cast=_parse_create_order,
        )


class AsyncLegacyResourceWithRawResponse:
    """`legacy` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncLegacyResource) -> None:
        self.create_order = to_async_raw_response(resource.create_order)
