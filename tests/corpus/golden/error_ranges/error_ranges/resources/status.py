"""Operations on `client.status`."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import Any

import httpx

from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.status import Status


def _parse_get(response: httpx.Response) -> Status:
    return Status.from_dict(response.json())


_ERRORS: dict[int | str, Callable[[Any], object]] = {
    "default": Status.from_dict,
}


class StatusResource:
    """Operations on `client.status`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> StatusResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return StatusResourceWithRawResponse(self)

    def get(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> Status:
        """Get (status).

        `GET /status`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Status

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/status",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get,
        )


class StatusResourceWithRawResponse:
    """`status` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: StatusResource) -> None:
        self.get = to_raw_response(resource.get)


class AsyncStatusResource:
    """Operations on `client.status`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncStatusResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncStatusResourceWithRawResponse(self)

    async def get(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> Status:
        """Get (status).

        `GET /status`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Status

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/status",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get,
        )


class AsyncStatusResourceWithRawResponse:
    """`status` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncStatusResource) -> None:
        self.get = to_async_raw_response(resource.get)
