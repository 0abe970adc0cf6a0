"""Operations on `client.entitlements`."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import query_params
from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.errors_model import Errors
from ..models.list_entitlements_response import ListEntitlementsResponse


def _parse_list(response: httpx.Response) -> ListEntitlementsResponse:
    return ListEntitlementsResponse.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
    403: Errors.from_dict,
}


class EntitlementsResource:
    """Operations on `client.entitlements`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> EntitlementsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return EntitlementsResourceWithRawResponse(self)

    def list(
        self,
        *,
        resource_id: str,
        request_options: RequestOptions | None = None,
    ) -> ListEntitlementsResponse:
        """List entitlements.

        Returns the features a resource is entitled to use.

        `GET /entitlements`

        Args:
            resource_id: Account, environment or space to check.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ListEntitlementsResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/entitlements",
                params=query_params(
                    {
                        "resourceId": resource_id,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
        )


class EntitlementsResourceWithRawResponse:
    """`entitlements` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: EntitlementsResource) -> None:
        self.list = to_raw_response(resource.list)


class AsyncEntitlementsResource:
    """Operations on `client.entitlements`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncEntitlementsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncEntitlementsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        resource_id: str,
        request_options: RequestOptions | None = None,
    ) -> ListEntitlementsResponse:
        """List entitlements.

        Returns the features a resource is entitled to use.

        `GET /entitlements`

        Args:
            resource_id: Account, environment or space to check.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ListEntitlementsResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/entitlements",
                params=query_params(
                    {
                        "resourceId": resource_id,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
        )


class AsyncEntitlementsResourceWithRawResponse:
    """`entitlements` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncEntitlementsResource) -> None:
        self.list = to_async_raw_response(resource.list)
