"""Operations on `client.pickups`."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import jsonable
from .._core._request import ApiRequest
from .._core._types import as_model
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.pickup import Pickup


def _parse_create(response: httpx.Response) -> None:
    return None


class PickupsResource:
    """Operations on `client.pickups`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PickupsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return PickupsResourceWithRawResponse(self)

    def create(
        self,
        *,
        request: Pickup | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> None:
        """Create (pickups).

        A named body passed whole; its type is a required single-value enum.

        `POST /pickups`

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
                "/pickups",
                json=jsonable(as_model(Pickup, request)),
                options=request_options,
            ),
            cast=_parse_create,
        )


class PickupsResourceWithRawResponse:
    """`pickups` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: PickupsResource) -> None:
        self.create = to_raw_response(resource.create)


class AsyncPickupsResource:
    """Operations on `client.pickups`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPickupsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncPickupsResourceWithRawResponse(self)

    async def create(
        self,
        *,
        request: Pickup | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> None:
        """Create (pickups).

        A named body passed whole; its type is a required single-value enum.

        `POST /pickups`

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
                "/pickups",
                json=jsonable(as_model(Pickup, request)),
                options=request_options,
            ),
            cast=_parse_create,
        )


class AsyncPickupsResourceWithRawResponse:
    """`pickups` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncPickupsResource) -> None:
        self.create = to_async_raw_response(resource.create)
