"""Operations on `client.insights_repositories_beta`."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import header_values, query_params
from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.forbidden_error_rep import ForbiddenErrorRep
from ..models.insights_item_collection import InsightsItemCollection
from ..models.invalid_request_error_rep import InvalidRequestErrorRep
from ..models.not_found_error_rep import NotFoundErrorRep
from ..models.rate_limited_error_rep import RateLimitedErrorRep
from ..models.unauthorized_error_rep import UnauthorizedErrorRep
from ..types import UNSET, Unset


def _parse_list_repositories(response: httpx.Response) -> InsightsItemCollection:
    return InsightsItemCollection.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


class InsightsRepositoriesBetaResource:
    """Operations on `client.insights_repositories_beta`."""

    def __init__(self, client: SyncHttpClient, async_client: Callable[[], AsyncHttpClient]) -> None:
        self._client = client
        self._async_client = async_client

    @cached_property
    def with_raw_response(self) -> InsightsRepositoriesBetaResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return InsightsRepositoriesBetaResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> InsightsRepositoriesBetaResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def list_repositories(
        self,
        *,
        expand: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> InsightsItemCollection:
        """List insights repositories.

        `GET /api/v2/engineering-insights/repositories`

        Args:
            expand: Comma-separated list of optional fields to include.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            InsightsItemCollection

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/engineering-insights/repositories",
                params=query_params(
                    {
                        "expand": expand,
                    }
                ),
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_repositories,
        )

    async def alist_repositories(
        self,
        *,
        expand: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> InsightsItemCollection:
        """Coroutine twin of `list_repositories`: same arguments, same result, awaitable."""
        return await AsyncInsightsRepositoriesBetaResource(self._async_client()).list_repositories(
            expand=expand,
            request_options=request_options,
        )


class InsightsRepositoriesBetaResourceWithRawResponse:
    """`insights_repositories_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: InsightsRepositoriesBetaResource) -> None:
        self.list_repositories = to_raw_response(resource.list_repositories)


class AsyncInsightsRepositoriesBetaResource:
    """Operations on `client.insights_repositories_beta`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncInsightsRepositoriesBetaResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncInsightsRepositoriesBetaResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AsyncInsightsRepositoriesBetaResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    async def list_repositories(
        self,
        *,
        expand: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> InsightsItemCollection:
        """List insights repositories.

        `GET /api/v2/engineering-insights/repositories`

        Args:
            expand: Comma-separated list of optional fields to include.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            InsightsItemCollection

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/engineering-insights/repositories",
                params=query_params(
                    {
                        "expand": expand,
                    }
                ),
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_repositories,
        )


class AsyncInsightsRepositoriesBetaResourceWithRawResponse:
    """`insights_repositories_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncInsightsRepositoriesBetaResource) -> None:
        self.list_repositories = to_async_raw_response(resource.list_repositories)
