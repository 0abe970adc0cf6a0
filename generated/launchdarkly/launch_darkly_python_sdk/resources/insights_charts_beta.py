"""Operations on `client.insights_charts_beta`."""

from __future__ import annotations

import datetime
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


def _parse_deployment_frequency_chart_data(response: httpx.Response) -> InsightsChart:
    return InsightsChart.from_dict(response.json())


def _parse_stale_flags_chart_data(response: httpx.Response) -> InsightsChart:
    return InsightsChart.from_dict(response.json())


def _parse_get_flag_status_chart_data(response: httpx.Response) -> InsightsChart:
    return InsightsChart.from_dict(response.json())


def _parse_lead_time_chart_data(response: httpx.Response) -> InsightsChart:
    return InsightsChart.from_dict(response.json())


def _parse_release_frequency_data(response: httpx.Response) -> InsightsChart:
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

    def deployment_frequency_chart_data(
        self,
        *,
        project_key: str | Unset = UNSET,
        environment_key: str | Unset = UNSET,
        application_key: str | Unset = UNSET,
        from_: datetime.datetime | Unset = UNSET,
        to: datetime.datetime | Unset = UNSET,
        bucket_type: str | Unset = UNSET,
        bucket_ms: int | Unset = UNSET,
        group_by: str | Unset = UNSET,
        expand: str | Unset = UNSET,
        _from: datetime.datetime | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> InsightsChart:
        """Fetch deployment frequency chart.

        `GET /api/v2/engineering-insights/charts/deployments/frequency`

        Args:
            project_key: The `projectKey` query parameter.
            environment_key: The `environmentKey` query parameter.
            application_key: The `applicationKey` query parameter.
            from_: The `from` query parameter.
            to: The `to` query parameter.
            bucket_type: The `bucketType` query parameter.
            bucket_ms: The `bucketMs` query parameter.
            group_by: The `groupBy` query parameter.
            expand: The `expand` query parameter.
            _from: Another name for `from_` (give one of the two).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            InsightsChart

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        if not isinstance(_from, Unset):
            from_ = _from
        return self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/engineering-insights/charts/deployments/frequency",
                params=query_params(
                    {
                        "projectKey": project_key,
                        "environmentKey": environment_key,
                        "applicationKey": application_key,
                        "from": from_,
                        "to": to,
                        "bucketType": bucket_type,
                        "bucketMs": bucket_ms,
                        "groupBy": group_by,
                        "expand": expand,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_deployment_frequency_chart_data,
        )

    def stale_flags_chart_data(
        self,
        *,
        project_key: str,
        environment_key: str,
        application_key: str | Unset = UNSET,
        group_by: str | Unset = UNSET,
        maintainer_id: str | Unset = UNSET,
        maintainer_team_key: str | Unset = UNSET,
        expand: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> InsightsChart:
        """Fetch stale flags chart.

        `GET /api/v2/engineering-insights/charts/flags/stale`

        Args:
            project_key: The `projectKey` query parameter.
            environment_key: The `environmentKey` query parameter.
            application_key: The `applicationKey` query parameter.
            group_by: The `groupBy` query parameter.
            maintainer_id: The `maintainerId` query parameter.
            maintainer_team_key: The `maintainerTeamKey` query parameter.
            expand: The `expand` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            InsightsChart

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/engineering-insights/charts/flags/stale",
                params=query_params(
                    {
                        "projectKey": project_key,
                        "environmentKey": environment_key,
                        "applicationKey": application_key,
                        "groupBy": group_by,
                        "maintainerId": maintainer_id,
                        "maintainerTeamKey": maintainer_team_key,
                        "expand": expand,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_stale_flags_chart_data,
        )

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

    def lead_time_chart_data(
        self,
        *,
        project_key: str,
        environment_key: str | Unset = UNSET,
        application_key: str | Unset = UNSET,
        from_: int | Unset = UNSET,
        to: int | Unset = UNSET,
        bucket_type: str | Unset = UNSET,
        bucket_ms: int | Unset = UNSET,
        group_by: str | Unset = UNSET,
        expand: str | Unset = UNSET,
        _from: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> InsightsChart:
        """Fetch lead time chart.

        `GET /api/v2/engineering-insights/charts/lead-time`

        Args:
            project_key: The `projectKey` query parameter.
            environment_key: The `environmentKey` query parameter.
            application_key: The `applicationKey` query parameter.
            from_: The `from` query parameter.
            to: The `to` query parameter.
            bucket_type: The `bucketType` query parameter.
            bucket_ms: The `bucketMs` query parameter.
            group_by: The `groupBy` query parameter.
            expand: The `expand` query parameter.
            _from: Another name for `from_` (give one of the two).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            InsightsChart

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        if not isinstance(_from, Unset):
            from_ = _from
        return self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/engineering-insights/charts/lead-time",
                params=query_params(
                    {
                        "projectKey": project_key,
                        "environmentKey": environment_key,
                        "applicationKey": application_key,
                        "from": from_,
                        "to": to,
                        "bucketType": bucket_type,
                        "bucketMs": bucket_ms,
                        "groupBy": group_by,
                        "expand": expand,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_lead_time_chart_data,
        )

    def release_frequency_data(
        self,
        *,
        project_key: str,
        environment_key: str,
        application_key: str | Unset = UNSET,
        has_experiments: bool | Unset = UNSET,
        global_: str | Unset = UNSET,
        group_by: str | Unset = UNSET,
        from_: datetime.datetime | Unset = UNSET,
        to: datetime.datetime | Unset = UNSET,
        bucket_type: str | Unset = UNSET,
        bucket_ms: int | Unset = UNSET,
        expand: str | Unset = UNSET,
        _from: datetime.datetime | Unset = UNSET,
        _global: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> InsightsChart:
        """Fetch release frequency chart.

        `GET /api/v2/engineering-insights/charts/releases/frequency`

        Args:
            project_key: The `projectKey` query parameter.
            environment_key: The `environmentKey` query parameter.
            application_key: The `applicationKey` query parameter.
            has_experiments: The `hasExperiments` query parameter.
            global_: The `global` query parameter.
            group_by: The `groupBy` query parameter.
            from_: The `from` query parameter.
            to: The `to` query parameter.
            bucket_type: The `bucketType` query parameter.
            bucket_ms: The `bucketMs` query parameter.
            expand: The `expand` query parameter.
            _from: Another name for `from_` (give one of the two).
            _global: Another name for `global_` (give one of the two).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            InsightsChart

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        if not isinstance(_from, Unset):
            from_ = _from
        if not isinstance(_global, Unset):
            global_ = _global
        return self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/engineering-insights/charts/releases/frequency",
                params=query_params(
                    {
                        "projectKey": project_key,
                        "environmentKey": environment_key,
                        "applicationKey": application_key,
                        "hasExperiments": has_experiments,
                        "global": global_,
                        "groupBy": group_by,
                        "from": from_,
                        "to": to,
                        "bucketType": bucket_type,
                        "bucketMs": bucket_ms,
                        "expand": expand,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_release_frequency_data,
        )

    async def adeployment_frequency_chart_data(
        self,
        *,
        project_key: str | Unset = UNSET,
        environment_key: str | Unset = UNSET,
        application_key: str | Unset = UNSET,
        from_: datetime.datetime | Unset = UNSET,
        to: datetime.datetime | Unset = UNSET,
        bucket_type: str | Unset = UNSET,
        bucket_ms: int | Unset = UNSET,
        group_by: str | Unset = UNSET,
        expand: str | Unset = UNSET,
        _from: datetime.datetime | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> InsightsChart:
        """Coroutine twin of `deployment_frequency_chart_data`: same arguments, same result, awaitable."""
        return await AsyncInsightsChartsBetaResource(self._async_client()).deployment_frequency_chart_data(
            project_key=project_key,
            environment_key=environment_key,
            application_key=application_key,
            from_=from_,
            to=to,
            bucket_type=bucket_type,
            bucket_ms=bucket_ms,
            group_by=group_by,
            expand=expand,
            _from=_from,
            request_options=request_options,
        )

    async def astale_flags_chart_data(
        self,
        *,
        project_key: str,
        environment_key: str,
        application_key: str | Unset = UNSET,
        group_by: str | Unset = UNSET,
        maintainer_id: str | Unset = UNSET,
        maintainer_team_key: str | Unset = UNSET,
        expand: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> InsightsChart:
        """Coroutine twin of `stale_flags_chart_data`: same arguments, same result, awaitable."""
        return await AsyncInsightsChartsBetaResource(self._async_client()).stale_flags_chart_data(
            project_key=project_key,
            environment_key=environment_key,
            application_key=application_key,
            group_by=group_by,
            maintainer_id=maintainer_id,
            maintainer_team_key=maintainer_team_key,
            expand=expand,
            request_options=request_options,
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

    async def alead_time_chart_data(
        self,
        *,
        project_key: str,
        environment_key: str | Unset = UNSET,
        application_key: str | Unset = UNSET,
        from_: int | Unset = UNSET,
        to: int | Unset = UNSET,
        bucket_type: str | Unset = UNSET,
        bucket_ms: int | Unset = UNSET,
        group_by: str | Unset = UNSET,
        expand: str | Unset = UNSET,
        _from: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> InsightsChart:
        """Coroutine twin of `lead_time_chart_data`: same arguments, same result, awaitable."""
        return await AsyncInsightsChartsBetaResource(self._async_client()).lead_time_chart_data(
            project_key=project_key,
            environment_key=environment_key,
            application_key=application_key,
            from_=from_,
            to=to,
            bucket_type=bucket_type,
            bucket_ms=bucket_ms,
            group_by=group_by,
            expand=expand,
            _from=_from,
            request_options=request_options,
        )

    async def arelease_frequency_data(
        self,
        *,
        project_key: str,
        environment_key: str,
        application_key: str | Unset = UNSET,
        has_experiments: bool | Unset = UNSET,
        global_: str | Unset = UNSET,
        group_by: str | Unset = UNSET,
        from_: datetime.datetime | Unset = UNSET,
        to: datetime.datetime | Unset = UNSET,
        bucket_type: str | Unset = UNSET,
        bucket_ms: int | Unset = UNSET,
        expand: str | Unset = UNSET,
        _from: datetime.datetime | Unset = UNSET,
        _global: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> InsightsChart:
        """Coroutine twin of `release_frequency_data`: same arguments, same result, awaitable."""
        return await AsyncInsightsChartsBetaResource(self._async_client()).release_frequency_data(
            project_key=project_key,
            environment_key=environment_key,
            application_key=application_key,
            has_experiments=has_experiments,
            global_=global_,
            group_by=group_by,
            from_=from_,
            to=to,
            bucket_type=bucket_type,
            bucket_ms=bucket_ms,
            expand=expand,
            _from=_from,
            _global=_global,
            request_options=request_options,
        )


class InsightsChartsBetaResourceWithRawResponse:
    """`insights_charts_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: InsightsChartsBetaResource) -> None:
        self.deployment_frequency_chart_data = to_raw_response(resource.deployment_frequency_chart_data)
        self.stale_flags_chart_data = to_raw_response(resource.stale_flags_chart_data)
        self.get_flag_status_chart_data = to_raw_response(resource.get_flag_status_chart_data)
        self.lead_time_chart_data = to_raw_response(resource.lead_time_chart_data)
        self.release_frequency_data = to_raw_response(resource.release_frequency_data)


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

    async def deployment_frequency_chart_data(
        self,
        *,
        project_key: str | Unset = UNSET,
        environment_key: str | Unset = UNSET,
        application_key: str | Unset = UNSET,
        from_: datetime.datetime | Unset = UNSET,
        to: datetime.datetime | Unset = UNSET,
        bucket_type: str | Unset = UNSET,
        bucket_ms: int | Unset = UNSET,
        group_by: str | Unset = UNSET,
        expand: str | Unset = UNSET,
        _from: datetime.datetime | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> InsightsChart:
        """Fetch deployment frequency chart.

        `GET /api/v2/engineering-insights/charts/deployments/frequency`

        Args:
            project_key: The `projectKey` query parameter.
            environment_key: The `environmentKey` query parameter.
            application_key: The `applicationKey` query parameter.
            from_: The `from` query parameter.
            to: The `to` query parameter.
            bucket_type: The `bucketType` query parameter.
            bucket_ms: The `bucketMs` query parameter.
            group_by: The `groupBy` query parameter.
            expand: The `expand` query parameter.
            _from: Another name for `from_` (give one of the two).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            InsightsChart

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        if not isinstance(_from, Unset):
            from_ = _from
        return await self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/engineering-insights/charts/deployments/frequency",
                params=query_params(
                    {
                        "projectKey": project_key,
                        "environmentKey": environment_key,
                        "applicationKey": application_key,
                        "from": from_,
                        "to": to,
                        "bucketType": bucket_type,
                        "bucketMs": bucket_ms,
                        "groupBy": group_by,
                        "expand": expand,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_deployment_frequency_chart_data,
        )

    async def stale_flags_chart_data(
        self,
        *,
        project_key: str,
        environment_key: str,
        application_key: str | Unset = UNSET,
        group_by: str | Unset = UNSET,
        maintainer_id: str | Unset = UNSET,
        maintainer_team_key: str | Unset = UNSET,
        expand: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> InsightsChart:
        """Fetch stale flags chart.

        `GET /api/v2/engineering-insights/charts/flags/stale`

        Args:
            project_key: The `projectKey` query parameter.
            environment_key: The `environmentKey` query parameter.
            application_key: The `applicationKey` query parameter.
            group_by: The `groupBy` query parameter.
            maintainer_id: The `maintainerId` query parameter.
            maintainer_team_key: The `maintainerTeamKey` query parameter.
            expand: The `expand` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            InsightsChart

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/engineering-insights/charts/flags/stale",
                params=query_params(
                    {
                        "projectKey": project_key,
                        "environmentKey": environment_key,
                        "applicationKey": application_key,
                        "groupBy": group_by,
                        "maintainerId": maintainer_id,
                        "maintainerTeamKey": maintainer_team_key,
                        "expand": expand,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_stale_flags_chart_data,
        )

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

    async def lead_time_chart_data(
        self,
        *,
        project_key: str,
        environment_key: str | Unset = UNSET,
        application_key: str | Unset = UNSET,
        from_: int | Unset = UNSET,
        to: int | Unset = UNSET,
        bucket_type: str | Unset = UNSET,
        bucket_ms: int | Unset = UNSET,
        group_by: str | Unset = UNSET,
        expand: str | Unset = UNSET,
        _from: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> InsightsChart:
        """Fetch lead time chart.

        `GET /api/v2/engineering-insights/charts/lead-time`

        Args:
            project_key: The `projectKey` query parameter.
            environment_key: The `environmentKey` query parameter.
            application_key: The `applicationKey` query parameter.
            from_: The `from` query parameter.
            to: The `to` query parameter.
            bucket_type: The `bucketType` query parameter.
            bucket_ms: The `bucketMs` query parameter.
            group_by: The `groupBy` query parameter.
            expand: The `expand` query parameter.
            _from: Another name for `from_` (give one of the two).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            InsightsChart

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        if not isinstance(_from, Unset):
            from_ = _from
        return await self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/engineering-insights/charts/lead-time",
                params=query_params(
                    {
                        "projectKey": project_key,
                        "environmentKey": environment_key,
                        "applicationKey": application_key,
                        "from": from_,
                        "to": to,
                        "bucketType": bucket_type,
                        "bucketMs": bucket_ms,
                        "groupBy": group_by,
                        "expand": expand,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_lead_time_chart_data,
        )

    async def release_frequency_data(
        self,
        *,
        project_key: str,
        environment_key: str,
        application_key: str | Unset = UNSET,
        has_experiments: bool | Unset = UNSET,
        global_: str | Unset = UNSET,
        group_by: str | Unset = UNSET,
        from_: datetime.datetime | Unset = UNSET,
        to: datetime.datetime | Unset = UNSET,
        bucket_type: str | Unset = UNSET,
        bucket_ms: int | Unset = UNSET,
        expand: str | Unset = UNSET,
        _from: datetime.datetime | Unset = UNSET,
        _global: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> InsightsChart:
        """Fetch release frequency chart.

        `GET /api/v2/engineering-insights/charts/releases/frequency`

        Args:
            project_key: The `projectKey` query parameter.
            environment_key: The `environmentKey` query parameter.
            application_key: The `applicationKey` query parameter.
            has_experiments: The `hasExperiments` query parameter.
            global_: The `global` query parameter.
            group_by: The `groupBy` query parameter.
            from_: The `from` query parameter.
            to: The `to` query parameter.
            bucket_type: The `bucketType` query parameter.
            bucket_ms: The `bucketMs` query parameter.
            expand: The `expand` query parameter.
            _from: Another name for `from_` (give one of the two).
            _global: Another name for `global_` (give one of the two).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            InsightsChart

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        if not isinstance(_from, Unset):
            from_ = _from
        if not isinstance(_global, Unset):
            global_ = _global
        return await self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/engineering-insights/charts/releases/frequency",
                params=query_params(
                    {
                        "projectKey": project_key,
                        "environmentKey": environment_key,
                        "applicationKey": application_key,
                        "hasExperiments": has_experiments,
                        "global": global_,
                        "groupBy": group_by,
                        "from": from_,
                        "to": to,
                        "bucketType": bucket_type,
                        "bucketMs": bucket_ms,
                        "expand": expand,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_release_frequency_data,
        )


class AsyncInsightsChartsBetaResourceWithRawResponse:
    """`insights_charts_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncInsightsChartsBetaResource) -> None:
        self.deployment_frequency_chart_data = to_async_raw_response(resource.deployment_frequency_chart_data)
        self.stale_flags_chart_data = to_async_raw_response(resource.stale_flags_chart_data)
        self.get_flag_status_chart_data = to_async_raw_response(resource.get_flag_status_chart_data)
        self.lead_time_chart_data = to_async_raw_response(resource.lead_time_chart_data)
        self.release_frequency_data = to_async_raw_response(resource.release_frequency_data)
