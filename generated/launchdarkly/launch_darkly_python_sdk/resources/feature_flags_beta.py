"""Operations on `client.feature_flags_beta`."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import encode_path, header_values
from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.dependent_flags import DependentFlags
from ..models.forbidden_error_rep import ForbiddenErrorRep
from ..models.not_found_error_rep import NotFoundErrorRep
from ..models.rate_limited_error_rep import RateLimitedErrorRep
from ..models.unauthorized_error_rep import UnauthorizedErrorRep


def _parse_list_dependent_flags_by_env(response: httpx.Response) -> DependentFlags:
    return DependentFlags.from_dict(response.json())


def _parse_list_dependent_flags(response: httpx.Response) -> DependentFlags:
    return DependentFlags.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


class FeatureFlagsBetaResource:
    """Operations on `client.feature_flags_beta`."""

    def __init__(self, client: SyncHttpClient, async_client: Callable[[], AsyncHttpClient]) -> None:
        self._client = client
        self._async_client = async_client

    @cached_property
    def with_raw_response(self) -> FeatureFlagsBetaResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return FeatureFlagsBetaResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> FeatureFlagsBetaResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def list_dependent_flags_by_env(
        self,
        project_key: str,
        environment_key: str,
        feature_flag_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DependentFlags:
        """Flags that depend on this flag in one environment.

        `GET /api/v2/flags/{projectKey}/{environmentKey}/{featureFlagKey}/dependent-flags`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            feature_flag_key: Flag key.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            DependentFlags

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/flags/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(feature_flag_key)}/dependent-flags",
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_dependent_flags_by_env,
        )

    def list_dependent_flags(
        self,
        project_key: str,
        feature_flag_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DependentFlags:
        """Flags that depend on this flag.

        `GET /api/v2/flags/{projectKey}/{featureFlagKey}/dependent-flags`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            DependentFlags

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/flags/{encode_path(project_key)}/{encode_path(feature_flag_key)}/dependent-flags",
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_dependent_flags,
        )

    async def alist_dependent_flags_by_env(
        self,
        project_key: str,
        environment_key: str,
        feature_flag_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DependentFlags:
        """Coroutine twin of `list_dependent_flags_by_env`: same arguments, same result, awaitable."""
        return await AsyncFeatureFlagsBetaResource(self._async_client()).list_dependent_flags_by_env(
            project_key,
            environment_key,
            feature_flag_key,
            request_options=request_options,
        )

    async def alist_dependent_flags(
        self,
        project_key: str,
        feature_flag_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DependentFlags:
        """Coroutine twin of `list_dependent_flags`: same arguments, same result, awaitable."""
        return await AsyncFeatureFlagsBetaResource(self._async_client()).list_dependent_flags(
            project_key,
            feature_flag_key,
            request_options=request_options,
        )


class FeatureFlagsBetaResourceWithRawResponse:
    """`feature_flags_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: FeatureFlagsBetaResource) -> None:
        self.list_dependent_flags_by_env = to_raw_response(resource.list_dependent_flags_by_env)
        self.list_dependent_flags = to_raw_response(resource.list_dependent_flags)


class AsyncFeatureFlagsBetaResource:
    """Operations on `client.feature_flags_beta`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncFeatureFlagsBetaResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncFeatureFlagsBetaResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AsyncFeatureFlagsBetaResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    async def list_dependent_flags_by_env(
        self,
        project_key: str,
        environment_key: str,
        feature_flag_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DependentFlags:
        """Flags that depend on this flag in one environment.

        `GET /api/v2/flags/{projectKey}/{environmentKey}/{featureFlagKey}/dependent-flags`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            feature_flag_key: Flag key.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            DependentFlags

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/flags/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(feature_flag_key)}/dependent-flags",
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_dependent_flags_by_env,
        )

    async def list_dependent_flags(
        self,
        project_key: str,
        feature_flag_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DependentFlags:
        """Flags that depend on this flag.

        `GET /api/v2/flags/{projectKey}/{featureFlagKey}/dependent-flags`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            DependentFlags

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/flags/{encode_path(project_key)}/{encode_path(feature_flag_key)}/dependent-flags",
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_dependent_flags,
        )


class AsyncFeatureFlagsBetaResourceWithRawResponse:
    """`feature_flags_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncFeatureFlagsBetaResource) -> None:
        self.list_dependent_flags_by_env = to_async_raw_response(resource.list_dependent_flags_by_env)
        self.list_dependent_flags = to_async_raw_response(resource.list_dependent_flags)
