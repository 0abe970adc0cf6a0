"""Operations on `client.tickets`."""

from __future__ import annotations

import os
from functools import cached_property
from typing import IO

import httpx

from .._core._encode import header_values
from .._core._request import ApiRequest
from .._core._upload import raw_body
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..types import File


def _parse_create(response: httpx.Response) -> None:
    return None


class TicketsResource:
    """Operations on `client.tickets`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> TicketsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return TicketsResourceWithRawResponse(self)

    def create(
        self,
        *,
        request: str | File | bytes | IO[bytes] | os.PathLike[str],
        request_options: RequestOptions | None = None,
    ) -> None:
        """Create (tickets).

        An XML body (a schema, but the SDK cannot write XML) given as text or bytes.

        `POST /tickets`

        Args:
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/tickets",
                headers=header_values(
                    {
                        "Content-Type": "application/xml",
                    }
                ),
                content=raw_body(request, "utf-8"),
                options=request_options,
            ),
            cast=_parse_create,
        )


class TicketsResourceWithRawResponse:
    """`tickets` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: TicketsResource) -> None:
        self.create = to_raw_response(resource.create)


class AsyncTicketsResource:
    """Operations on `client.tickets`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncTicketsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncTicketsResourceWithRawResponse(self)

    async def create(
        self,
        *,
        request: str | File | bytes | IO[bytes] | os.PathLike[str],
        request_options: RequestOptions | None = None,
    ) -> None:
        """Create (tickets).

        An XML body (a schema, but the SDK cannot write XML) given as text or bytes.

        `POST /tickets`

        Args:
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/tickets",
                headers=header_values(
                    {
                        "Content-Type": "application/xml",
                    }
                ),
                content=raw_body(request, "utf-8"),
                options=request_options,
            ),
            cast=_parse_create,
        )


class AsyncTicketsResourceWithRawResponse:
    """`tickets` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncTicketsResource) -> None:
        self.create = to_async_raw_response(resource.create)
