"""Operations on `client.integrations_beta`."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import header_values
from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.big_segment_store_integration_collection import BigSegmentStoreIntegrationCollection
from ..models.forbidden_error_rep import ForbiddenErrorRep
from ..models.not_found_error_rep import NotFoundErrorRep
from ..models.rate_limited_error_rep import RateLimitedErrorRep
from ..models.unauthorized_error_rep import UnauthorizedErrorRep


def _parse_list_big_segment_store_integrations(response: httpx.Response) -> BigSegmentStoreIntegrationCollection:
    return BigSegmentStoreIntegrationCollection.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


class IntegrationsBetaResource:
    """Operations on `client.integrations_beta`."""

    def __init__(self, client: SyncHttpClient, async_client: Callable[[], AsyncHttpClient]) -> None:
        self._client = client
        self._async_client = async_client

    @cached_property
    def with_raw_response(self) -> IntegrationsBetaResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return IntegrationsBetaResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> IntegrationsBetaResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def list_big_segment_store_integrations(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> BigSegmentStoreIntegrationCollection:
        """List persistent store integrations.

        `GET /api/v2/integration-capabilities/big-segment-store`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            BigSegmentStoreIntegrationCollection

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/integration-capabilities/big-segment-store",
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_big_segment_store_integrations,
        )

    async def alist_big_segment_store_integrations(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> BigSegmentStoreIntegrationCollection:
        """Coroutine twin of `list_big_segment_store_integrations`: same arguments, same result, awaitable."""
        return await AsyncIntegrationsBetaResource(self._async_client()).list_big_segment_store_integrations(
            request_options=request_options,
        )


class IntegrationsBetaResourceWithRawResponse:
    """`integrations_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: IntegrationsBetaResource) -> None:
        self.list_big_segment_store_integrations = to_raw_response(resource.list_big_segment_store_integrations)


class AsyncIntegrationsBetaResource:
    """Operations on `client.integrations_beta`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncIntegrationsBetaResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncIntegrationsBetaResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AsyncIntegrationsBetaResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    async def list_big_segment_store_integrations(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> BigSegmentStoreIntegrationCollection:
        """List persistent store integrations.

        `GET /api/v2/integration-capabilities/big-segment-store`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            BigSegmentStoreIntegrationCollection

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/integration-capabilities/big-segment-store",
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_big_segment_store_integrations,
        )


class AsyncIntegrationsBetaResourceWithRawResponse:
    """`integrations_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncIntegrationsBetaResource) -> None:
        self.list_big_segment_store_integrations = to_async_raw_response(resource.list_big_segment_store_integrations)
