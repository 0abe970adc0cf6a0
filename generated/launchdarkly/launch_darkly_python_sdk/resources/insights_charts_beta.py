"""Operations on `client.insights_charts_beta`."""

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
from ..models.insights_chart import InsightsChart
from ..models.invalid_request_error_rep import InvalidRequestErrorRep
from ..models.not_found_error_rep import NotFoundErrorRep
from ..models.rate_limited_error_rep import RateLimitedErrorRep
from ..models.unauthorized_error_rep import UnauthorizedErrorRep
from ..types import UNSET, Unset


def _parse_get_flag_status_chart_data(response: httpx.Response) -> InsightsChart:
    return InsightsChart.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


class InsightsChartsBetaResource:
    """Operations on `client.insights_charts_beta`."""

    def __init__(self, client: SyncHttpClient, async_client: Callable[[], AsyncHttpClient]) -> None:
        self._client = client
        self._async_client = async_client

    @cached_property
    def with_raw_response(self) -> InsightsChartsBetaResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return InsightsChartsBetaResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> InsightsChartsBetaResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def get_flag_status_chart_data(
        self,
        *,
        project_key: str,
        environment_key: str,
        application_key: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> InsightsChart:
        """Flag status chart.

        `GET /api/v2/engineering-insights/charts/flags/status`

        Args:
            project_key: Key of the project to report on.
            environment_key: Key of the environment to report on.
            application_key: Only data for this application.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            InsightsChart

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/engineering-insights/charts/flags/status",
                params=query_params(
                    {
                        "projectKey": project_key,
                        "environmentKey": environment_key,
                        "applicationKey": application_key,
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
            cast=_parse_get_flag_status_chart_data,
        )

    async def aget_flag_status_chart_data(
        self,
        *,
        project_key: str,
        environment_key: str,
        application_key: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> InsightsChart:
        """Coroutine twin of `get_flag_status_chart_data`: same arguments, same result, awaitable."""
        return await AsyncInsightsChartsBetaResource(self._async_client()).get_flag_status_chart_data(
            project_key=project_key,
            environment_key=environment_key,
            application_key=application_key,
            request_options=request_options,
        )


class InsightsChartsBetaResourceWithRawResponse:
    """`insights_charts_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: InsightsChartsBetaResource) -> None:
        self.get_flag_status_chart_data = to_raw_response(resource.get_flag_status_chart_data)


class AsyncInsightsChartsBetaResource:
    """Operations on `client.insights_charts_beta`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncInsightsChartsBetaResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncInsightsChartsBetaResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AsyncInsightsChartsBetaResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    async def get_flag_status_chart_data(
        self,
        *,
        project_key: str,
        environment_key: str,
        application_key: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> InsightsChart:
        """Flag status chart.

        `GET /api/v2/engineering-insights/charts/flags/status`

        Args:
            project_key: Key of the project to report on.
            environment_key: Key of the environment to report on.
            application_key: Only data for this application.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            InsightsChart

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/engineering-insights/charts/flags/status",
                params=query_params(
                    {
                        "projectKey": project_key,
                        "environmentKey": environment_key,
                        "applicationKey": application_key,
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
            cast=_parse_get_flag_status_chart_data,
        )


class AsyncInsightsChartsBetaResourceWithRawResponse:
    """`insights_charts_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncInsightsChartsBetaResource) -> None:
        self.get_flag_status_chart_data = to_async_raw_response(resource.get_flag_status_chart_data)
