"""Operations on `client.uploads`."""

from __future__ import annotations

import os
from functools import cached_property
from typing import IO

import httpx

from .._core import _decode as decode
from .._core._encode import header_values
from .._core._request import ApiRequest
from .._core._upload import raw_body
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..types import UNSET, File, Unset


def _parse_put(response: httpx.Response) -> str:
    response_200 = response.text
    if type(response_200) is not str:
        response_200 = decode.expect(response_200, str)

    return response_200


class UploadsResource:
    """Operations on `client.uploads`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> UploadsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return UploadsResourceWithRawResponse(self)

    def put(
        self,
        *,
        request: File | bytes | IO[bytes] | os.PathLike[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> str:
        """Put (uploads).

        `PUT /uploads`

        Args:
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            str

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                "/uploads",
                headers=header_values(
                    {
                        "Content-Type": "application/octet-stream" if not isinstance(request, Unset) else None,
                    }
                ),
                content=raw_body(request) if not isinstance(request, Unset) else None,
                options=request_options,
            ),
            cast=_parse_put,
        )


class UploadsResourceWithRawResponse:
    """`uploads` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: UploadsResource) -> None:
        self.put = to_raw_response(resource.put)


class AsyncUploadsResource:
    """Operations on `client.uploads`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncUploadsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncUploadsResourceWithRawResponse(self)

    async def put(
        self,
        *,
        request: File | bytes | IO[bytes] | os.PathLike[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> str:
        """Put (uploads).

        `PUT /uploads`

        Args:
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            str

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                "/uploads",
                headers=header_values(
                    {
                        "Content-Type": "application/octet-stream" if not isinstance(request, Unset) else None,
                    }
                ),
                content=raw_body(request) if not isinstance(request, Unset) else None,
                options=request_options,
            ),
            cast=_parse_put,
        )


class AsyncUploadsResourceWithRawResponse:
    """`uploads` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncUploadsResource) -> None:
        self.put = to_async_raw_response(resource.put)
