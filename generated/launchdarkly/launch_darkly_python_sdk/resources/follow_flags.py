"""Operations on `client.follow_flags`."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import encode_path
from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.flag_followers_by_proj_env_get_rep import FlagFollowersByProjEnvGetRep
from ..models.flag_followers_get_rep import FlagFollowersGetRep
from ..models.forbidden_error_rep import ForbiddenErrorRep
from ..models.invalid_request_error_rep import InvalidRequestErrorRep
from ..models.not_found_error_rep import NotFoundErrorRep
from ..models.rate_limited_error_rep import RateLimitedErrorRep
from ..models.unauthorized_error_rep import UnauthorizedErrorRep


def _parse_get_all_flag_followers(response: httpx.Response) -> FlagFollowersByProjEnvGetRep:
    return FlagFollowersByProjEnvGetRep.from_dict(response.json())


def _parse_flag_followers_list(response: httpx.Response) -> FlagFollowersGetRep:
    return FlagFollowersGetRep.from_dict(response.json())


def _parse_member_follower(response: httpx.Response) -> None:
    return None


def _parse_remove_follower(response: httpx.Response) -> None:
    return None


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
}


_ERRORS_2: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


class FollowFlagsResource:
    """Operations on `client.follow_flags`."""

    def __init__(self, client: SyncHttpClient, async_client: Callable[[], AsyncHttpClient]) -> None:
        self._client = client
        self._async_client = async_client

    @cached_property
    def with_raw_response(self) -> FollowFlagsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return FollowFlagsResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> FollowFlagsResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def get_all_flag_followers(
        self,
        project_key: str,
        environment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> FlagFollowersByProjEnvGetRep:
        """Fetch followers by proj env.

        `GET /api/v2/projects/{projectKey}/environments/{environmentKey}/followers`

        Args:
            project_key: The `projectKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FlagFollowersByProjEnvGetRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/environments/{encode_path(environment_key)}/followers",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_all_flag_followers,
        )

    def flag_followers_list(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> FlagFollowersGetRep:
        """List followers of a flag.

        `GET /api/v2/projects/{projectKey}/flags/{featureFlagKey}/environments/{environmentKey}/followers`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            environment_key: Key of the environment.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FlagFollowersGetRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/flags/{encode_path(feature_flag_key)}/environments/{encode_path(environment_key)}/followers",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_flag_followers_list,
        )

    def member_follower(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        member_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Make a member follow a flag.

        `PUT /api/v2/projects/{projectKey}/flags/{featureFlagKey}/environments/{environmentKey}/followers/{memberId}`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            environment_key: Key of the environment.
            member_id: Identifier of the account member.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/api/v2/projects/{encode_path(project_key)}/flags/{encode_path(feature_flag_key)}/environments/{encode_path(environment_key)}/followers/{encode_path(member_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_member_follower,
        )

    def remove_follower(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        member_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Stop a member following a flag.

        `DELETE /api/v2/projects/{projectKey}/flags/{featureFlagKey}/environments/{environmentKey}/followers/{memberId}`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            environment_key: Key of the environment.
            member_id: Identifier of the account member.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/projects/{encode_path(project_key)}/flags/{encode_path(feature_flag_key)}/environments/{encode_path(environment_key)}/followers/{encode_path(member_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_remove_follower,
        )

    async def aget_all_flag_followers(
        self,
        project_key: str,
        environment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> FlagFollowersByProjEnvGetRep:
        """Coroutine twin of `get_all_flag_followers`: same arguments, same result, awaitable."""
        return await AsyncFollowFlagsResource(self._async_client()).get_all_flag_followers(
            project_key,
            environment_key,
            request_options=request_options,
        )

    async def aflag_followers_list(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> FlagFollowersGetRep:
        """Coroutine twin of `flag_followers_list`: same arguments, same result, awaitable."""
        return await AsyncFollowFlagsResource(self._async_client()).flag_followers_list(
            project_key,
            feature_flag_key,
            environment_key,
            request_options=request_options,
        )

    async def amember_follower(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        member_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Coroutine twin of `member_follower`: same arguments, same result, awaitable."""
        return await AsyncFollowFlagsResource(self._async_client()).member_follower(
            project_key,
            feature_flag_key,
            environment_key,
            member_id,
            request_options=request_options,
        )

    async def aremove_follower(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        member_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Coroutine twin of `remove_follower`: same arguments, same result, awaitable."""
        return await AsyncFollowFlagsResource(self._async_client()).remove_follower(
            project_key,
            feature_flag_key,
            environment_key,
            member_id,
            request_options=request_options,
        )


class FollowFlagsResourceWithRawResponse:
    """`follow_flags` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: FollowFlagsResource) -> None:
        self.get_all_flag_followers = to_raw_response(resource.get_all_flag_followers)
        self.flag_followers_list = to_raw_response(resource.flag_followers_list)
        self.member_follower = to_raw_response(resource.member_follower)
        self.remove_follower = to_raw_response(resource.remove_follower)


class AsyncFollowFlagsResource:
    """Operations on `client.follow_flags`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncFollowFlagsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncFollowFlagsResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AsyncFollowFlagsResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    async def get_all_flag_followers(
        self,
        project_key: str,
        environment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> FlagFollowersByProjEnvGetRep:
        """Fetch followers by proj env.

        `GET /api/v2/projects/{projectKey}/environments/{environmentKey}/followers`

        Args:
            project_key: The `projectKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FlagFollowersByProjEnvGetRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/environments/{encode_path(environment_key)}/followers",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_all_flag_followers,
        )

    async def flag_followers_list(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> FlagFollowersGetRep:
        """List followers of a flag.

        `GET /api/v2/projects/{projectKey}/flags/{featureFlagKey}/environments/{environmentKey}/followers`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            environment_key: Key of the environment.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FlagFollowersGetRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/flags/{encode_path(feature_flag_key)}/environments/{encode_path(environment_key)}/followers",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_flag_followers_list,
        )

    async def member_follower(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        member_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Make a member follow a flag.

        `PUT /api/v2/projects/{projectKey}/flags/{featureFlagKey}/environments/{environmentKey}/followers/{memberId}`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            environment_key: Key of the environment.
            member_id: Identifier of the account member.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/api/v2/projects/{encode_path(project_key)}/flags/{encode_path(feature_flag_key)}/environments/{encode_path(environment_key)}/followers/{encode_path(member_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_member_follower,
        )

    async def remove_follower(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        member_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Stop a member following a flag.

        `DELETE /api/v2/projects/{projectKey}/flags/{featureFlagKey}/environments/{environmentKey}/followers/{memberId}`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            environment_key: Key of the environment.
            member_id: Identifier of the account member.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/projects/{encode_path(project_key)}/flags/{encode_path(feature_flag_key)}/environments/{encode_path(environment_key)}/followers/{encode_path(member_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_remove_follower,
        )


class AsyncFollowFlagsResourceWithRawResponse:
    """`follow_flags` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncFollowFlagsResource) -> None:
        self.get_all_flag_followers = to_async_raw_response(resource.get_all_flag_followers)
        self.flag_followers_list = to_async_raw_response(resource.flag_followers_list)
        self.member_follower = to_async_raw_response(resource.member_follower)
        self.remove_follower = to_async_raw_response(resource.remove_follower)
