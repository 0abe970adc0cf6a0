"""Operations on `client.account_usage_beta`."""

from __future__ import annotations

import warnings
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
from ..models.sdk_list_rep import SdkListRep
from ..models.sdk_version_list_rep import SdkVersionListRep
from ..models.series_list_rep import SeriesListRep
from ..models.status_service_unavailable import StatusServiceUnavailable
from ..models.unauthorized_error_rep import UnauthorizedErrorRep
from ..types import UNSET, Unset


def _parse_get_evaluations_usage(response: httpx.Response) -> SeriesListRep:
    return SeriesListRep.from_dict(response.json())


def _parse_get_events_usage_data(response: httpx.Response) -> SeriesListRep:
    return SeriesListRep.from_dict(response.json())


def _parse_get_experimentation_keys_usage(response: httpx.Response) -> SeriesListRep:
    return SeriesListRep.from_dict(response.json())


def _parse_get_mau_usage_data(response: httpx.Response) -> SeriesListRep:
    return SeriesListRep.from_dict(response.json())


def _parse_get_mau_usage_by_category(response: httpx.Response) -> SeriesListRep:
    return SeriesListRep.from_dict(response.json())


def _parse_list_mau_sdks_by_type(response: httpx.Response) -> SdkListRep:
    return SdkListRep.from_dict(response.json())


def _parse_get_stream_usage(response: httpx.Response) -> SeriesListRep:
    return SeriesListRep.from_dict(response.json())


def _parse_get_stream_usage_by_sdk_version_data(response: httpx.Response) -> SeriesListRep:
    return SeriesListRep.from_dict(response.json())


def _parse_list_sdk_versions(response: httpx.Response) -> SdkVersionListRep:
    return SdkVersionListRep.from_dict(response.json())


def _parse_get_experimentation_units_usage(response: httpx.Response) -> SeriesListRep:
    return SeriesListRep.from_dict(response.json())


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
    503: StatusServiceUnavailable.from_dict,
}


_ERRORS_3: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_4: dict[int, Callable[[Any], object]] = {
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
        _from: str | Unset = UNSET,
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
            _from: Another name for `from_` (give one of the two).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SeriesListRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        if not isinstance(_from, Unset):
            from_ = _from
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

    def get_events_usage_data(
        self,
        type: str,
        *,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        _from: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SeriesListRep:
        """Fetch events usage.

        `GET /api/v2/usage/events/{type}`

        Args:
            type: The `type` path parameter.
            from_: The `from` query parameter.
            to: The `to` query parameter.
            _from: Another name for `from_` (give one of the two).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SeriesListRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        if not isinstance(_from, Unset):
            from_ = _from
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/usage/events/{encode_path(type)}",
                params=query_params(
                    {
                        "from": from_,
                        "to": to,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_events_usage_data,
        )

    def get_experimentation_keys_usage(
        self,
        *,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        project_key: str | Unset = UNSET,
        environment_key: str | Unset = UNSET,
        experiment_id: str | Unset = UNSET,
        group_by: str | Unset = UNSET,
        aggregation_type: str | Unset = UNSET,
        granularity: str | Unset = UNSET,
        _from: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SeriesListRep:
        """Fetch experimentation keys usage.

        `GET /api/v2/usage/experimentation-keys`

        Args:
            from_: The `from` query parameter.
            to: The `to` query parameter.
            project_key: The `projectKey` query parameter.
            environment_key: The `environmentKey` query parameter.
            experiment_id: The `experimentId` query parameter.
            group_by: The `groupBy` query parameter.
            aggregation_type: The `aggregationType` query parameter.
            granularity: The `granularity` query parameter.
            _from: Another name for `from_` (give one of the two).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SeriesListRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 429, 503.
        """
        if not isinstance(_from, Unset):
            from_ = _from
        return self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/usage/experimentation-keys",
                params=query_params(
                    {
                        "from": from_,
                        "to": to,
                        "projectKey": project_key,
                        "environmentKey": environment_key,
                        "experimentId": experiment_id,
                        "groupBy": group_by,
                        "aggregationType": aggregation_type,
                        "granularity": granularity,
                    }
                ),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_experimentation_keys_usage,
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
        _from: str | Unset = UNSET,
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
            _from: Another name for `from_` (give one of the two).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SeriesListRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 429.
        """
        if not isinstance(_from, Unset):
            from_ = _from
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
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_get_mau_usage_data,
        )

    def get_mau_usage_by_category(
        self,
        *,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        _from: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SeriesListRep:
        """Fetch mau usage by category.

        Deprecated: this operation is deprecated by the API and may be removed.

        `GET /api/v2/usage/mau/bycategory`

        Args:
            from_: The `from` query parameter.
            to: The `to` query parameter.
            _from: Another name for `from_` (give one of the two).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SeriesListRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        warnings.warn("account_usage_beta.get_mau_usage_by_category is deprecated", DeprecationWarning, stacklevel=2)
        if not isinstance(_from, Unset):
            from_ = _from
        return self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/usage/mau/bycategory",
                params=query_params(
                    {
                        "from": from_,
                        "to": to,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_mau_usage_by_category,
        )

    def list_mau_sdks_by_type(
        self,
        *,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        sdktype: str | Unset = UNSET,
        _from: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SdkListRep:
        """Fetch mau sdks by type.

        `GET /api/v2/usage/mau/sdks`

        Args:
            from_: The `from` query parameter.
            to: The `to` query parameter.
            sdktype: The `sdktype` query parameter.
            _from: Another name for `from_` (give one of the two).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SdkListRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 429.
        """
        if not isinstance(_from, Unset):
            from_ = _from
        return self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/usage/mau/sdks",
                params=query_params(
                    {
                        "from": from_,
                        "to": to,
                        "sdktype": sdktype,
                    }
                ),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_list_mau_sdks_by_type,
        )

    def get_stream_usage(
        self,
        source: str,
        *,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        tz: str | Unset = UNSET,
        _from: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SeriesListRep:
        """Streaming connection counts.

        `GET /api/v2/usage/streams/{source}`

        Args:
            source: Stream source to report on.
            from_: Start of the period.
            to: End of the period.
            tz: Time zone used to bucket results.
            _from: Another name for `from_` (give one of the two).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SeriesListRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        if not isinstance(_from, Unset):
            from_ = _from
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

    def get_stream_usage_by_sdk_version_data(
        self,
        source: str,
        *,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        tz: str | Unset = UNSET,
        sdk: str | Unset = UNSET,
        version: str | Unset = UNSET,
        _from: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SeriesListRep:
        """Fetch stream usage by sdk version.

        `GET /api/v2/usage/streams/{source}/bysdkversion`

        Args:
            source: The `source` path parameter.
            from_: The `from` query parameter.
            to: The `to` query parameter.
            tz: The `tz` query parameter.
            sdk: The `sdk` query parameter.
            version: The `version` query parameter.
            _from: Another name for `from_` (give one of the two).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SeriesListRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        if not isinstance(_from, Unset):
            from_ = _from
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/usage/streams/{encode_path(source)}/bysdkversion",
                params=query_params(
                    {
                        "from": from_,
                        "to": to,
                        "tz": tz,
                        "sdk": sdk,
                        "version": version,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_stream_usage_by_sdk_version_data,
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
                error_types=_ERRORS_4,
                options=request_options,
            ),
            cast=_parse_list_sdk_versions,
        )

    def get_experimentation_units_usage(
        self,
        *,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        _from: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SeriesListRep:
        """Experimentation units per day.

        Documented by the previous SDK; the published API description no longer lists it.

        `GET /api/v2/usage/experimentation-units`

        Args:
            from_: Start of the period (Unix seconds).
            to: End of the period (Unix seconds).
            _from: Another name for `from_` (give one of the two).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SeriesListRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        if not isinstance(_from, Unset):
            from_ = _from
        return self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/usage/experimentation-units",
                params=query_params(
                    {
                        "from": from_,
                        "to": to,
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
            cast=_parse_get_experimentation_units_usage,
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
        _from: str | Unset = UNSET,
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
            _from=_from,
            request_options=request_options,
        )

    async def aget_events_usage_data(
        self,
        type: str,
        *,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        _from: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SeriesListRep:
        """Coroutine twin of `get_events_usage_data`: same arguments, same result, awaitable."""
        return await AsyncAccountUsageBetaResource(self._async_client()).get_events_usage_data(
            type,
            from_=from_,
            to=to,
            _from=_from,
            request_options=request_options,
        )

    async def aget_experimentation_keys_usage(
        self,
        *,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        project_key: str | Unset = UNSET,
        environment_key: str | Unset = UNSET,
        experiment_id: str | Unset = UNSET,
        group_by: str | Unset = UNSET,
        aggregation_type: str | Unset = UNSET,
        granularity: str | Unset = UNSET,
        _from: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SeriesListRep:
        """Coroutine twin of `get_experimentation_keys_usage`: same arguments, same result, awaitable."""
        return await AsyncAccountUsageBetaResource(self._async_client()).get_experimentation_keys_usage(
            from_=from_,
            to=to,
            project_key=project_key,
            environment_key=environment_key,
            experiment_id=experiment_id,
            group_by=group_by,
            aggregation_type=aggregation_type,
            granularity=granularity,
            _from=_from,
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
        _from: str | Unset = UNSET,
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
            _from=_from,
            request_options=request_options,
        )

    async def aget_mau_usage_by_category(
        self,
        *,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        _from: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SeriesListRep:
        """Coroutine twin of `get_mau_usage_by_category`: same arguments, same result, awaitable."""
        return await AsyncAccountUsageBetaResource(self._async_client()).get_mau_usage_by_category(
            from_=from_,
            to=to,
            _from=_from,
            request_options=request_options,
        )

    async def alist_mau_sdks_by_type(
        self,
        *,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        sdktype: str | Unset = UNSET,
        _from: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SdkListRep:
        """Coroutine twin of `list_mau_sdks_by_type`: same arguments, same result, awaitable."""
        return await AsyncAccountUsageBetaResource(self._async_client()).list_mau_sdks_by_type(
            from_=from_,
            to=to,
            sdktype=sdktype,
            _from=_from,
            request_options=request_options,
        )

    async def aget_stream_usage(
        self,
        source: str,
        *,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        tz: str | Unset = UNSET,
        _from: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SeriesListRep:
        """Coroutine twin of `get_stream_usage`: same arguments, same result, awaitable."""
        return await AsyncAccountUsageBetaResource(self._async_client()).get_stream_usage(
            source,
            from_=from_,
            to=to,
            tz=tz,
            _from=_from,
            request_options=request_options,
        )

    async def aget_stream_usage_by_sdk_version_data(
        self,
        source: str,
        *,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        tz: str | Unset = UNSET,
        sdk: str | Unset = UNSET,
        version: str | Unset = UNSET,
        _from: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SeriesListRep:
        """Coroutine twin of `get_stream_usage_by_sdk_version_data`: same arguments, same result, awaitable."""
        return await AsyncAccountUsageBetaResource(self._async_client()).get_stream_usage_by_sdk_version_data(
            source,
            from_=from_,
            to=to,
            tz=tz,
            sdk=sdk,
            version=version,
            _from=_from,
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

    async def aget_experimentation_units_usage(
        self,
        *,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        _from: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SeriesListRep:
        """Coroutine twin of `get_experimentation_units_usage`: same arguments, same result, awaitable."""
        return await AsyncAccountUsageBetaResource(self._async_client()).get_experimentation_units_usage(
            from_=from_,
            to=to,
            _from=_from,
            request_options=request_options,
        )


class AccountUsageBetaResourceWithRawResponse:
    """`account_usage_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AccountUsageBetaResource) -> None:
        self.get_evaluations_usage = to_raw_response(resource.get_evaluations_usage)
        self.get_events_usage_data = to_raw_response(resource.get_events_usage_data)
        self.get_experimentation_keys_usage = to_raw_response(resource.get_experimentation_keys_usage)
        self.get_mau_usage_data = to_raw_response(resource.get_mau_usage_data)
        self.get_mau_usage_by_category = to_raw_response(resource.get_mau_usage_by_category)
        self.list_mau_sdks_by_type = to_raw_response(resource.list_mau_sdks_by_type)
        self.get_stream_usage = to_raw_response(resource.get_stream_usage)
        self.get_stream_usage_by_sdk_version_data = to_raw_response(resource.get_stream_usage_by_sdk_version_data)
        self.list_sdk_versions = to_raw_response(resource.list_sdk_versions)
        self.get_experimentation_units_usage = to_raw_response(resource.get_experimentation_units_usage)


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
        _from: str | Unset = UNSET,
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
            _from: Another name for `from_` (give one of the two).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SeriesListRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        if not isinstance(_from, Unset):
            from_ = _from
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

    async def get_events_usage_data(
        self,
        type: str,
        *,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        _from: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SeriesListRep:
        """Fetch events usage.

        `GET /api/v2/usage/events/{type}`

        Args:
            type: The `type` path parameter.
            from_: The `from` query parameter.
            to: The `to` query parameter.
            _from: Another name for `from_` (give one of the two).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SeriesListRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        if not isinstance(_from, Unset):
            from_ = _from
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/usage/events/{encode_path(type)}",
                params=query_params(
                    {
                        "from": from_,
                        "to": to,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_events_usage_data,
        )

    async def get_experimentation_keys_usage(
        self,
        *,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        project_key: str | Unset = UNSET,
        environment_key: str | Unset = UNSET,
        experiment_id: str | Unset = UNSET,
        group_by: str | Unset = UNSET,
        aggregation_type: str | Unset = UNSET,
        granularity: str | Unset = UNSET,
        _from: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SeriesListRep:
        """Fetch experimentation keys usage.

        `GET /api/v2/usage/experimentation-keys`

        Args:
            from_: The `from` query parameter.
            to: The `to` query parameter.
            project_key: The `projectKey` query parameter.
            environment_key: The `environmentKey` query parameter.
            experiment_id: The `experimentId` query parameter.
            group_by: The `groupBy` query parameter.
            aggregation_type: The `aggregationType` query parameter.
            granularity: The `granularity` query parameter.
            _from: Another name for `from_` (give one of the two).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SeriesListRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 429, 503.
        """
        if not isinstance(_from, Unset):
            from_ = _from
        return await self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/usage/experimentation-keys",
                params=query_params(
                    {
                        "from": from_,
                        "to": to,
                        "projectKey": project_key,
                        "environmentKey": environment_key,
                        "experimentId": experiment_id,
                        "groupBy": group_by,
                        "aggregationType": aggregation_type,
                        "granularity": granularity,
                    }
                ),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_experimentation_keys_usage,
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
        _from: str | Unset = UNSET,
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
            _from: Another name for `from_` (give one of the two).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SeriesListRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 429.
        """
        if not isinstance(_from, Unset):
            from_ = _from
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
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_get_mau_usage_data,
        )

    async def get_mau_usage_by_category(
        self,
        *,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        _from: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SeriesListRep:
        """Fetch mau usage by category.

        Deprecated: this operation is deprecated by the API and may be removed.

        `GET /api/v2/usage/mau/bycategory`

        Args:
            from_: The `from` query parameter.
            to: The `to` query parameter.
            _from: Another name for `from_` (give one of the two).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SeriesListRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        warnings.warn("account_usage_beta.get_mau_usage_by_category is deprecated", DeprecationWarning, stacklevel=2)
        if not isinstance(_from, Unset):
            from_ = _from
        return await self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/usage/mau/bycategory",
                params=query_params(
                    {
                        "from": from_,
                        "to": to,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_mau_usage_by_category,
        )

    async def list_mau_sdks_by_type(
        self,
        *,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        sdktype: str | Unset = UNSET,
        _from: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SdkListRep:
        """Fetch mau sdks by type.

        `GET /api/v2/usage/mau/sdks`

        Args:
            from_: The `from` query parameter.
            to: The `to` query parameter.
            sdktype: The `sdktype` query parameter.
            _from: Another name for `from_` (give one of the two).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SdkListRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 429.
        """
        if not isinstance(_from, Unset):
            from_ = _from
        return await self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/usage/mau/sdks",
                params=query_params(
                    {
                        "from": from_,
                        "to": to,
                        "sdktype": sdktype,
                    }
                ),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_list_mau_sdks_by_type,
        )

    async def get_stream_usage(
        self,
        source: str,
        *,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        tz: str | Unset = UNSET,
        _from: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SeriesListRep:
        """Streaming connection counts.

        `GET /api/v2/usage/streams/{source}`

        Args:
            source: Stream source to report on.
            from_: Start of the period.
            to: End of the period.
            tz: Time zone used to bucket results.
            _from: Another name for `from_` (give one of the two).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SeriesListRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        if not isinstance(_from, Unset):
            from_ = _from
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

    async def get_stream_usage_by_sdk_version_data(
        self,
        source: str,
        *,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        tz: str | Unset = UNSET,
        sdk: str | Unset = UNSET,
        version: str | Unset = UNSET,
        _from: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SeriesListRep:
        """Fetch stream usage by sdk version.

        `GET /api/v2/usage/streams/{source}/bysdkversion`

        Args:
            source: The `source` path parameter.
            from_: The `from` query parameter.
            to: The `to` query parameter.
            tz: The `tz` query parameter.
            sdk: The `sdk` query parameter.
            version: The `version` query parameter.
            _from: Another name for `from_` (give one of the two).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SeriesListRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        if not isinstance(_from, Unset):
            from_ = _from
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/usage/streams/{encode_path(source)}/bysdkversion",
                params=query_params(
                    {
                        "from": from_,
                        "to": to,
                        "tz": tz,
                        "sdk": sdk,
                        "version": version,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_stream_usage_by_sdk_version_data,
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
                error_types=_ERRORS_4,
                options=request_options,
            ),
            cast=_parse_list_sdk_versions,
        )

    async def get_experimentation_units_usage(
        self,
        *,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        _from: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SeriesListRep:
        """Experimentation units per day.

        Documented by the previous SDK; the published API description no longer lists it.

        `GET /api/v2/usage/experimentation-units`

        Args:
            from_: Start of the period (Unix seconds).
            to: End of the period (Unix seconds).
            _from: Another name for `from_` (give one of the two).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SeriesListRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        if not isinstance(_from, Unset):
            from_ = _from
        return await self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/usage/experimentation-units",
                params=query_params(
                    {
                        "from": from_,
                        "to": to,
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
            cast=_parse_get_experimentation_units_usage,
        )


class AsyncAccountUsageBetaResourceWithRawResponse:
    """`account_usage_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncAccountUsageBetaResource) -> None:
        self.get_evaluations_usage = to_async_raw_response(resource.get_evaluations_usage)
        self.get_events_usage_data = to_async_raw_response(resource.get_events_usage_data)
        self.get_experimentation_keys_usage = to_async_raw_response(resource.get_experimentation_keys_usage)
        self.get_mau_usage_data = to_async_raw_response(resource.get_mau_usage_data)
        self.get_mau_usage_by_category = to_async_raw_response(resource.get_mau_usage_by_category)
        self.list_mau_sdks_by_type = to_async_raw_response(resource.list_mau_sdks_by_type)
        self.get_stream_usage = to_async_raw_response(resource.get_stream_usage)
        self.get_stream_usage_by_sdk_version_data = to_async_raw_response(resource.get_stream_usage_by_sdk_version_data)
        self.list_sdk_versions = to_async_raw_response(resource.list_sdk_versions)
        self.get_experimentation_units_usage = to_async_raw_response(resource.get_experimentation_units_usage)
