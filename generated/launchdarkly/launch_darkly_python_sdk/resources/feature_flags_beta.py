"""Operations on `client.feature_flags_beta`."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import cached_property
from typing import Any

import httpx

from .. import models as _models
from .._core import _decode as decode
from .._core._encode import encode_path, header_values
from .._core._request import ApiRequest
from .._core._types import as_models
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.dependent_flags import DependentFlags
from ..models.flag_sempatch import FlagSempatch
from ..models.forbidden_error_rep import ForbiddenErrorRep
from ..models.instruction import Instruction
from ..models.invalid_request_error_rep import InvalidRequestErrorRep
from ..models.migration_safety_issue_rep import MigrationSafetyIssueRep
from ..models.not_found_error_rep import NotFoundErrorRep
from ..models.rate_limited_error_rep import RateLimitedErrorRep
from ..models.status_service_unavailable import StatusServiceUnavailable
from ..models.unauthorized_error_rep import UnauthorizedErrorRep
from ..types import UNSET, Unset


def _parse_list_dependent_flags_by_env(response: httpx.Response) -> DependentFlags:
    return DependentFlags.from_dict(response.json())


def _parse_list_dependent_flags(response: httpx.Response) -> DependentFlags:
    return DependentFlags.from_dict(response.json())


def _parse_get_migration_safety_issues(response: httpx.Response) -> list[MigrationSafetyIssueRep] | None:
    if response.status_code == 200:
        response_200 = decode.model_array(_models.MigrationSafetyIssueRep.from_dict, response.json())

        return response_200

    if response.status_code == 204:
        return None
    raise ValueError(f"undocumented success status {response.status_code}")


_ERRORS: dict[int, Callable[[Any], object]] = {
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_2: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
    503: StatusServiceUnavailable.from_dict,
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

    def get_migration_safety_issues(
        self,
        project_key: str,
        flag_key: str,
        environment_key: str,
        *,
        instructions: Sequence[Instruction | Mapping[str, Any]],
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> list[MigrationSafetyIssueRep] | None:
        """Add migration safety issues.

        `POST /api/v2/projects/{projectKey}/flags/{flagKey}/environments/{environmentKey}/migration-safety-issues`

        Args:
            project_key: The `projectKey` path parameter.
            flag_key: The `flagKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            instructions: The `instructions` field of the request body.
            comment: The `comment` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[MigrationSafetyIssueRep] | None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429,
                503.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/projects/{encode_path(project_key)}/flags/{encode_path(flag_key)}/environments/{encode_path(environment_key)}/migration-safety-issues",
                json=FlagSempatch(instructions=as_models(Instruction, instructions), comment=comment).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_migration_safety_issues,
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

    async def aget_migration_safety_issues(
        self,
        project_key: str,
        flag_key: str,
        environment_key: str,
        *,
        instructions: Sequence[Instruction | Mapping[str, Any]],
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> list[MigrationSafetyIssueRep] | None:
        """Coroutine twin of `get_migration_safety_issues`: same arguments, same result, awaitable."""
        return await AsyncFeatureFlagsBetaResource(self._async_client()).get_migration_safety_issues(
            project_key,
            flag_key,
            environment_key,
            instructions=instructions,
            comment=comment,
            request_options=request_options,
        )


class FeatureFlagsBetaResourceWithRawResponse:
    """`feature_flags_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: FeatureFlagsBetaResource) -> None:
        self.list_dependent_flags_by_env = to_raw_response(resource.list_dependent_flags_by_env)
        self.list_dependent_flags = to_raw_response(resource.list_dependent_flags)
        self.get_migration_safety_issues = to_raw_response(resource.get_migration_safety_issues)


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

    async def get_migration_safety_issues(
        self,
        project_key: str,
        flag_key: str,
        environment_key: str,
        *,
        instructions: Sequence[Instruction | Mapping[str, Any]],
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> list[MigrationSafetyIssueRep] | None:
        """Add migration safety issues.

        `POST /api/v2/projects/{projectKey}/flags/{flagKey}/environments/{environmentKey}/migration-safety-issues`

        Args:
            project_key: The `projectKey` path parameter.
            flag_key: The `flagKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            instructions: The `instructions` field of the request body.
            comment: The `comment` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[MigrationSafetyIssueRep] | None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429,
                503.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/projects/{encode_path(project_key)}/flags/{encode_path(flag_key)}/environments/{encode_path(environment_key)}/migration-safety-issues",
                json=FlagSempatch(instructions=as_models(Instruction, instructions), comment=comment).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_migration_safety_issues,
        )


class AsyncFeatureFlagsBetaResourceWithRawResponse:
    """`feature_flags_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncFeatureFlagsBetaResource) -> None:
        self.list_dependent_flags_by_env = to_async_raw_response(resource.list_dependent_flags_by_env)
        self.list_dependent_flags = to_async_raw_response(resource.list_dependent_flags)
        self.get_migration_safety_issues = to_async_raw_response(resource.get_migration_safety_issues)
