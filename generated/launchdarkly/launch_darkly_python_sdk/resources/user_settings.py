"""Operations on `client.user_settings`."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Mapping, Sequence
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import encode_path
from .._core._request import ApiRequest
from .._core._types import as_models
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.expiring_user_target_get_response import ExpiringUserTargetGetResponse
from ..models.expiring_user_target_patch_response import ExpiringUserTargetPatchResponse
from ..models.forbidden_error_rep import ForbiddenErrorRep
from ..models.instruction_user_request import InstructionUserRequest
from ..models.invalid_request_error_rep import InvalidRequestErrorRep
from ..models.not_found_error_rep import NotFoundErrorRep
from ..models.patch_users_request import PatchUsersRequest
from ..models.rate_limited_error_rep import RateLimitedErrorRep
from ..models.unauthorized_error_rep import UnauthorizedErrorRep
from ..models.user_flag_setting import UserFlagSetting
from ..models.user_flag_settings import UserFlagSettings
from ..models.value_put import ValuePut
from ..types import UNSET, Unset


def _parse_list_flag_settings_for_user(response: httpx.Response) -> UserFlagSettings:
    return UserFlagSettings.from_dict(response.json())


def _parse_single_flag_setting(response: httpx.Response) -> UserFlagSetting:
    return UserFlagSetting.from_dict(response.json())


def _parse_update_flag_settings_for_user(response: httpx.Response) -> None:
    return None


def _parse_get_user_expiring_flag_targets(response: httpx.Response) -> ExpiringUserTargetGetResponse:
    return ExpiringUserTargetGetResponse.from_dict(response.json())


def _parse_update_expiring_user_target(response: httpx.Response) -> ExpiringUserTargetPatchResponse:
    return ExpiringUserTargetPatchResponse.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_2: dict[int, Callable[[Any], object]] = {
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


class UserSettingsResource:
    """Operations on `client.user_settings`."""

    def __init__(self, client: SyncHttpClient, async_client: Callable[[], AsyncHttpClient]) -> None:
        self._client = client
        self._async_client = async_client

    @cached_property
    def with_raw_response(self) -> UserSettingsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return UserSettingsResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> UserSettingsResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def list_flag_settings_for_user(
        self,
        project_key: str,
        environment_key: str,
        user_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> UserFlagSettings:
        """Flag values a user receives.

        `GET /api/v2/users/{projectKey}/{environmentKey}/{userKey}/flags`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            user_key: Key of the user.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            UserFlagSettings

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/users/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(user_key)}/flags",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_flag_settings_for_user,
        )

    def single_flag_setting(
        self,
        project_key: str,
        environment_key: str,
        user_key: str,
        feature_flag_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> UserFlagSetting:
        """Flag value a user receives for one flag.

        `GET /api/v2/users/{projectKey}/{environmentKey}/{userKey}/flags/{featureFlagKey}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            user_key: Key of the user.
            feature_flag_key: Flag key.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            UserFlagSetting

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/users/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(user_key)}/flags/{encode_path(feature_flag_key)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_single_flag_setting,
        )

    def update_flag_settings_for_user(
        self,
        project_key: str,
        environment_key: str,
        user_key: str,
        feature_flag_key: str,
        *,
        setting: Any | Unset = UNSET,
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Pin a flag value for one user.

        `PUT /api/v2/users/{projectKey}/{environmentKey}/{userKey}/flags/{featureFlagKey}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            user_key: Key of the user.
            feature_flag_key: Flag key.
            setting: Variation value to serve; omit to clear the setting.
            comment: The `comment` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/api/v2/users/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(user_key)}/flags/{encode_path(feature_flag_key)}",
                json=ValuePut(setting=setting, comment=comment).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_update_flag_settings_for_user,
        )

    def get_user_expiring_flag_targets(
        self,
        project_key: str,
        user_key: str,
        environment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ExpiringUserTargetGetResponse:
        """Fetch expiring flags for user.

        Deprecated: this operation is deprecated by the API and may be removed.

        `GET /api/v2/users/{projectKey}/{userKey}/expiring-user-targets/{environmentKey}`

        Args:
            project_key: The `projectKey` path parameter.
            user_key: The `userKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ExpiringUserTargetGetResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        warnings.warn("user_settings.get_user_expiring_flag_targets is deprecated", DeprecationWarning, stacklevel=2)
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/users/{encode_path(project_key)}/{encode_path(user_key)}/expiring-user-targets/{encode_path(environment_key)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_user_expiring_flag_targets,
        )

    def update_expiring_user_target(
        self,
        project_key: str,
        user_key: str,
        environment_key: str,
        *,
        instructions: Sequence[InstructionUserRequest | Mapping[str, Any]],
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ExpiringUserTargetPatchResponse:
        """Change expiring flags for user.

        Deprecated: this operation is deprecated by the API and may be removed.

        `PATCH /api/v2/users/{projectKey}/{userKey}/expiring-user-targets/{environmentKey}`

        Args:
            project_key: The `projectKey` path parameter.
            user_key: The `userKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            instructions: The `instructions` field of the request body.
            comment: The `comment` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ExpiringUserTargetPatchResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        warnings.warn("user_settings.update_expiring_user_target is deprecated", DeprecationWarning, stacklevel=2)
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/users/{encode_path(project_key)}/{encode_path(user_key)}/expiring-user-targets/{encode_path(environment_key)}",
                json=PatchUsersRequest(
                    instructions=as_models(InstructionUserRequest, instructions), comment=comment
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_update_expiring_user_target,
        )

    async def alist_flag_settings_for_user(
        self,
        project_key: str,
        environment_key: str,
        user_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> UserFlagSettings:
        """Coroutine twin of `list_flag_settings_for_user`: same arguments, same result, awaitable."""
        return await AsyncUserSettingsResource(self._async_client()).list_flag_settings_for_user(
            project_key,
            environment_key,
            user_key,
            request_options=request_options,
        )

    async def asingle_flag_setting(
        self,
        project_key: str,
        environment_key: str,
        user_key: str,
        feature_flag_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> UserFlagSetting:
        """Coroutine twin of `single_flag_setting`: same arguments, same result, awaitable."""
        return await AsyncUserSettingsResource(self._async_client()).single_flag_setting(
            project_key,
            environment_key,
            user_key,
            feature_flag_key,
            request_options=request_options,
        )

    async def aupdate_flag_settings_for_user(
        self,
        project_key: str,
        environment_key: str,
        user_key: str,
        feature_flag_key: str,
        *,
        setting: Any | Unset = UNSET,
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Coroutine twin of `update_flag_settings_for_user`: same arguments, same result, awaitable."""
        return await AsyncUserSettingsResource(self._async_client()).update_flag_settings_for_user(
            project_key,
            environment_key,
            user_key,
            feature_flag_key,
            setting=setting,
            comment=comment,
            request_options=request_options,
        )

    async def aget_user_expiring_flag_targets(
        self,
        project_key: str,
        user_key: str,
        environment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ExpiringUserTargetGetResponse:
        """Coroutine twin of `get_user_expiring_flag_targets`: same arguments, same result, awaitable."""
        return await AsyncUserSettingsResource(self._async_client()).get_user_expiring_flag_targets(
            project_key,
            user_key,
            environment_key,
            request_options=request_options,
        )

    async def aupdate_expiring_user_target(
        self,
        project_key: str,
        user_key: str,
        environment_key: str,
        *,
        instructions: Sequence[InstructionUserRequest | Mapping[str, Any]],
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ExpiringUserTargetPatchResponse:
        """Coroutine twin of `update_expiring_user_target`: same arguments, same result, awaitable."""
        return await AsyncUserSettingsResource(self._async_client()).update_expiring_user_target(
            project_key,
            user_key,
            environment_key,
            instructions=instructions,
            comment=comment,
            request_options=request_options,
        )


class UserSettingsResourceWithRawResponse:
    """`user_settings` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: UserSettingsResource) -> None:
        self.list_flag_settings_for_user = to_raw_response(resource.list_flag_settings_for_user)
        self.single_flag_setting = to_raw_response(resource.single_flag_setting)
        self.update_flag_settings_for_user = to_raw_response(resource.update_flag_settings_for_user)
        self.get_user_expiring_flag_targets = to_raw_response(resource.get_user_expiring_flag_targets)
        self.update_expiring_user_target = to_raw_response(resource.update_expiring_user_target)


class AsyncUserSettingsResource:
    """Operations on `client.user_settings`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncUserSettingsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncUserSettingsResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AsyncUserSettingsResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    async def list_flag_settings_for_user(
        self,
        project_key: str,
        environment_key: str,
        user_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> UserFlagSettings:
        """Flag values a user receives.

        `GET /api/v2/users/{projectKey}/{environmentKey}/{userKey}/flags`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            user_key: Key of the user.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            UserFlagSettings

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/users/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(user_key)}/flags",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_flag_settings_for_user,
        )

    async def single_flag_setting(
        self,
        project_key: str,
        environment_key: str,
        user_key: str,
        feature_flag_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> UserFlagSetting:
        """Flag value a user receives for one flag.

        `GET /api/v2/users/{projectKey}/{environmentKey}/{userKey}/flags/{featureFlagKey}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            user_key: Key of the user.
            feature_flag_key: Flag key.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            UserFlagSetting

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/users/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(user_key)}/flags/{encode_path(feature_flag_key)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_single_flag_setting,
        )

    async def update_flag_settings_for_user(
        self,
        project_key: str,
        environment_key: str,
        user_key: str,
        feature_flag_key: str,
        *,
        setting: Any | Unset = UNSET,
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Pin a flag value for one user.

        `PUT /api/v2/users/{projectKey}/{environmentKey}/{userKey}/flags/{featureFlagKey}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            user_key: Key of the user.
            feature_flag_key: Flag key.
            setting: Variation value to serve; omit to clear the setting.
            comment: The `comment` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/api/v2/users/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(user_key)}/flags/{encode_path(feature_flag_key)}",
                json=ValuePut(setting=setting, comment=comment).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_update_flag_settings_for_user,
        )

    async def get_user_expiring_flag_targets(
        self,
        project_key: str,
        user_key: str,
        environment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ExpiringUserTargetGetResponse:
        """Fetch expiring flags for user.

        Deprecated: this operation is deprecated by the API and may be removed.

        `GET /api/v2/users/{projectKey}/{userKey}/expiring-user-targets/{environmentKey}`

        Args:
            project_key: The `projectKey` path parameter.
            user_key: The `userKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ExpiringUserTargetGetResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        warnings.warn("user_settings.get_user_expiring_flag_targets is deprecated", DeprecationWarning, stacklevel=2)
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/users/{encode_path(project_key)}/{encode_path(user_key)}/expiring-user-targets/{encode_path(environment_key)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_user_expiring_flag_targets,
        )

    async def update_expiring_user_target(
        self,
        project_key: str,
        user_key: str,
        environment_key: str,
        *,
        instructions: Sequence[InstructionUserRequest | Mapping[str, Any]],
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ExpiringUserTargetPatchResponse:
        """Change expiring flags for user.

        Deprecated: this operation is deprecated by the API and may be removed.

        `PATCH /api/v2/users/{projectKey}/{userKey}/expiring-user-targets/{environmentKey}`

        Args:
            project_key: The `projectKey` path parameter.
            user_key: The `userKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            instructions: The `instructions` field of the request body.
            comment: The `comment` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ExpiringUserTargetPatchResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        warnings.warn("user_settings.update_expiring_user_target is deprecated", DeprecationWarning, stacklevel=2)
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/users/{encode_path(project_key)}/{encode_path(user_key)}/expiring-user-targets/{encode_path(environment_key)}",
                json=PatchUsersRequest(
                    instructions=as_models(InstructionUserRequest, instructions), comment=comment
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_update_expiring_user_target,
        )


class AsyncUserSettingsResourceWithRawResponse:
    """`user_settings` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncUserSettingsResource) -> None:
        self.list_flag_settings_for_user = to_async_raw_response(resource.list_flag_settings_for_user)
        self.single_flag_setting = to_async_raw_response(resource.single_flag_setting)
        self.update_flag_settings_for_user = to_async_raw_response(resource.update_flag_settings_for_user)
        self.get_user_expiring_flag_targets = to_async_raw_response(resource.get_user_expiring_flag_targets)
        self.update_expiring_user_target = to_async_raw_response(resource.update_expiring_user_target)
