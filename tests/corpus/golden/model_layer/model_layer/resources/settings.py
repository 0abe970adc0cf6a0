"""Operations on `client.settings`."""

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
from ..models.settings import Settings


def _parse_update(response: httpx.Response) -> Settings:
    return Settings.from_dict(response.json())


class SettingsResource:
    """Operations on `client.settings`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SettingsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return SettingsResourceWithRawResponse(self)

    def update(
        self,
        *,
        request: Settings | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> Settings:
        """Update (settings).

        `PUT /settings`

        Args:
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Settings

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                "/settings",
                json=jsonable(as_model(Settings, request)),
                options=request_options,
            ),
            cast=_parse_update,
        )


class SettingsResourceWithRawResponse:
    """`settings` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: SettingsResource) -> None:
        self.update = to_raw_response(resource.update)


class AsyncSettingsResource:
    """Operations on `client.settings`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSettingsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncSettingsResourceWithRawResponse(self)

    async def update(
        self,
        *,
        request: Settings | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> Settings:
        """Update (settings).

        `PUT /settings`

        Args:
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Settings

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                "/settings",
                json=jsonable(as_model(Settings, request)),
                options=request_options,
            ),
            cast=_parse_update,
        )


class AsyncSettingsResourceWithRawResponse:
    """`settings` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncSettingsResource) -> None:
        self.update = to_async_raw_response(resource.update)
