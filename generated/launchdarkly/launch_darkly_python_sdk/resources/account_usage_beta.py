"""Operations on `client.account_usage_beta`."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import encode_path, header_values, query_params
from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.forbidden_error_rep import ForbiddenErrorRep
from ..models.invalid_request_error_rep import InvalidRequestErrorRep
from ..models.not_found_error_rep import NotFoundErrorRep
from ..models.rate_limited_error_rep import RateLimitedErrorRep
from ..models.sdk_version_list_rep import SdkVersionListRep
from ..models.series_list_rep import SeriesListRep
from ..models.unauthorized_error_rep import UnauthorizedErrorRep
from ..types import UNSET, Unset


def _parse_get_evaluations_usage(response: httpx.Response) -> SeriesListRep:
    return SeriesListRep.from_dict(response.json())


def _parse_get_mau_usage_data(response: httpx.Response) -> SeriesListRep:
    return SeriesListRep.from_dict(response.json())


def _parse_get_stream_usage(response: httpx.Response) -> SeriesListRep:
    return SeriesListRep.from_dict(response.json())


def _parse_list_sdk_versions(response: httpx.Response) -> SdkVersionListRep:
    return SdkVersionListRep.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_2: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_3: dict[int, Callable[[Any], object]] = {
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


class AccountUsageBetaResource:
    """Operations on `client.account_usage_beta`."""

    def __init__(self, client: SyncHttpClient, async_client: Callable[[], AsyncHttpClient]) -> None:
        self._client = client
        self._async_client = async_client

    @cached_property
    def with_raw_response(self) -> AccountUsageBetaResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AccountUsageBetaResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AccountUsageBetaResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def get_evaluations_usage(
        self,
        project_key: str,
        environment_key: str,
        feature_flag_key: str,
        *,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        tz: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SeriesListRep:
        """Evaluation counts for one flag.

        `GET /api/v2/usage/evaluations/{projectKey}/{environmentKey}/{featureFlagKey}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            feature_flag_key: Flag key.
            from_: Start of the period.
            to: End of the period.
            tz: Time zone used to bucket results.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SeriesListRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/usage/evaluations/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(feature_flag_key)}",
                params=query_params(
                    {
                        "from": from_,
                        "to": to,
                        "tz": tz,
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
            cast=_parse_get_evaluations_usage,
        )

    def get_mau_usage_data(
        self,
        *,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        project: str | Unset = UNSET,
        environment: str | Unset = UNSET,
        sdktype: str | Unset = UNSET,
        sdk: str | Unset = UNSET,
        anonymous: str | Unset = UNSET,
        groupby: str | Unset = UNSET,
        aggregation_type: str | Unset = UNSET,
        context_kind: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SeriesListRep:
        """Monthly active context counts.

        `GET /api/v2/usage/mau`

        Args:
            from_: Start of the period.
            to: End of the period.
            project: Project key to report on.
            environment: Environment key to report on.
            sdktype: SDK type to report on.
            sdk: SDK name to report on.
            anonymous: Restrict to anonymous or identified contexts.
            groupby: Dimension to split the series by.
            aggregation_type: How to combine values across time buckets.
            context_kind: Context kind to report on.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SeriesListRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/usage/mau",
                params=query_params(
                    {
                        "from": from_,
                        "to": to,
                        "project": project,
                        "environment": environment,
                        "sdktype": sdktype,
                        "sdk": sdk,
                        "anonymous": anonymous,
                        "groupby": groupby,
                        "aggregationType": aggregation_type,
                        "contextKind": context_kind,
                    }
                ),
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_mau_usage_data,
        )

    def get_stream_usage(
        self,
        source: str,
        *,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        tz: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SeriesListRep:
        """Streaming connection counts.

        `GET /api/v2/usage/streams/{source}`

        Args:
            source: Stream source to report on.
            from_: Start of the period.
            to: End of the period.
            tz: Time zone used to bucket results.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SeriesListRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/usage/streams/{encode_path(source)}",
                params=query_params(
                    {
                        "from": from_,
                        "to": to,
                        "tz": tz,
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
            cast=_parse_get_stream_usage,
        )

    def list_sdk_versions(
        self,
        source: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> SdkVersionListRep:
        """SDK versions seen on streams.

        `GET /api/v2/usage/streams/{source}/sdkversions`

        Args:
            source: Stream source to report on.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SdkVersionListRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/usage/streams/{encode_path(source)}/sdkversions",
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_list_sdk_versions,
        )

    async def aget_evaluations_usage(
        self,
        project_key: str,
        environment_key: str,
        feature_flag_key: str,
        *,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        tz: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SeriesListRep:
        """Coroutine twin of `get_evaluations_usage`: same arguments, same result, awaitable."""
        return await AsyncAccountUsageBetaResource(self._async_client()).get_evaluations_usage(
            project_key,
            environment_key,
            feature_flag_key,
            from_=from_,
            to=to,
            tz=tz,
            request_options=request_options,
        )

    async def aget_mau_usage_data(
        self,
        *,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        project: str | Unset = UNSET,
        environment: str | Unset = UNSET,
        sdktype: str | Unset = UNSET,
        sdk: str | Unset = UNSET,
        anonymous: str | Unset = UNSET,
        groupby: str | Unset = UNSET,
        aggregation_type: str | Unset = UNSET,
        context_kind: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SeriesListRep:
        """Coroutine twin of `get_mau_usage_data`: same arguments, same result, awaitable."""
        return await AsyncAccountUsageBetaResource(self._async_client()).get_mau_usage_data(
            from_=from_,
            to=to,
            project=project,
            environment=environment,
            sdktype=sdktype,
            sdk=sdk,
            anonymous=anonymous,
            groupby=groupby,
            aggregation_type=aggregation_type,
            context_kind=context_kind,
            request_options=request_options,
        )

    async def aget_stream_usage(
        self,
        source: str,
        *,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        tz: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SeriesListRep:
        """Coroutine twin of `get_stream_usage`: same arguments, same result, awaitable."""
        return await AsyncAccountUsageBetaResource(self._async_client()).get_stream_usage(
            source,
            from_=from_,
            to=to,
            tz=tz,
            request_options=request_options,
        )

    async def alist_sdk_versions(
        self,
        source: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> SdkVersionListRep:
        """Coroutine twin of `list_sdk_versions`: same arguments, same result, awaitable."""
        return await AsyncAccountUsageBetaResource(self._async_client()).list_sdk_versions(
            source,
            request_options=request_options,
        )


class AccountUsageBetaResourceWithRawResponse:
    """`account_usage_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AccountUsageBetaResource) -> None:
        self.get_evaluations_usage = to_raw_response(resource.get_evaluations_usage)
        self.get_mau_usage_data = to_raw_response(resource.get_mau_usage_data)
        self.get_stream_usage = to_raw_response(resource.get_stream_usage)
        self.list_sdk_versions = to_raw_response(resource.list_sdk_versions)


class AsyncAccountUsageBetaResource:
    """Operations on `client.account_usage_beta`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAccountUsageBetaResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncAccountUsageBetaResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AsyncAccountUsageBetaResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    async def get_evaluations_usage(
        self,
        project_key: str,
        environment_key: str,
        feature_flag_key: str,
        *,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        tz: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SeriesListRep:
        """Evaluation counts for one flag.

        `GET /api/v2/usage/evaluations/{projectKey}/{environmentKey}/{featureFlagKey}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            feature_flag_key: Flag key.
            from_: Start of the period.
            to: End of the period.
            tz: Time zone used to bucket results.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SeriesListRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/usage/evaluations/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(feature_flag_key)}",
                params=query_params(
                    {
                        "from": from_,
                        "to": to,
                        "tz": tz,
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
            cast=_parse_get_evaluations_usage,
        )

    async def get_mau_usage_data(
        self,
        *,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        project: str | Unset = UNSET,
        environment: str | Unset = UNSET,
        sdktype: str | Unset = UNSET,
        sdk: str | Unset = UNSET,
        anonymous: str | Unset = UNSET,
        groupby: str | Unset = UNSET,
        aggregation_type: str | Unset = UNSET,
        context_kind: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SeriesListRep:
        """Monthly active context counts.

        `GET /api/v2/usage/mau`

        Args:
            from_: Start of the period.
            to: End of the period.
            project: Project key to report on.
            environment: Environment key to report on.
            sdktype: SDK type to report on.
            sdk: SDK name to report on.
            anonymous: Restrict to anonymous or identified contexts.
            groupby: Dimension to split the series by.
            aggregation_type: How to combine values across time buckets.
            context_kind: Context kind to report on.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SeriesListRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/usage/mau",
                params=query_params(
                    {
                        "from": from_,
                        "to": to,
                        "project": project,
                        "environment": environment,
                        "sdktype": sdktype,
                        "sdk": sdk,
                        "anonymous": anonymous,
                        "groupby": groupby,
                        "aggregationType": aggregation_type,
                        "contextKind": context_kind,
                    }
                ),
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_mau_usage_data,
        )

    async def get_stream_usage(
        self,
        source: str,
        *,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        tz: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SeriesListRep:
        """Streaming connection counts.

        `GET /api/v2/usage/streams/{source}`

        Args:
            source: Stream source to report on.
            from_: Start of the period.
            to: End of the period.
            tz: Time zone used to bucket results.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SeriesListRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/usage/streams/{encode_path(source)}",
                params=query_params(
                    {
                        "from": from_,
                        "to": to,
                        "tz": tz,
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
            cast=_parse_get_stream_usage,
        )

    async def list_sdk_versions(
        self,
        source: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> SdkVersionListRep:
        """SDK versions seen on streams.

        `GET /api/v2/usage/streams/{source}/sdkversions`

        Args:
            source: Stream source to report on.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SdkVersionListRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/usage/streams/{encode_path(source)}/sdkversions",
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_list_sdk_versions,
        )


class AsyncAccountUsageBetaResourceWithRawResponse:
    """`account_usage_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncAccountUsageBetaResource) -> None:
        self.get_evaluations_usage = to_async_raw_response(resource.get_evaluations_usage)
        self.get_mau_usage_data = to_async_raw_response(resource.get_mau_usage_data)
        self.get_stream_usage = to_async_raw_response(resource.get_stream_usage)
        self.list_sdk_versions = to_async_raw_response(resource.list_sdk_versions)
