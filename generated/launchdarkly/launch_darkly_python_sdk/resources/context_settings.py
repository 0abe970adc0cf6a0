"""Operations on `client.context_settings`."""

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
from ..models.forbidden_error_rep import ForbiddenErrorRep
from ..models.invalid_request_error_rep import InvalidRequestErrorRep
from ..models.not_found_error_rep import NotFoundErrorRep
from ..models.rate_limited_error_rep import RateLimitedErrorRep
from ..models.status_conflict_error_rep import StatusConflictErrorRep
from ..models.unauthorized_error_rep import UnauthorizedErrorRep
from ..models.value_put import ValuePut
from ..types import UNSET, Unset


def _parse_update_settings_for_context(response: httpx.Response) -> None:
    return None


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    409: StatusConflictErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


class ContextSettingsResource:
    """Operations on `client.context_settings`."""

    def __init__(self, client: SyncHttpClient, async_client: Callable[[], AsyncHttpClient]) -> None:
        self._client = client
        self._async_client = async_client

    @cached_property
    def with_raw_response(self) -> ContextSettingsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return ContextSettingsResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> ContextSettingsResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def update_settings_for_context(
        self,
        project_key: str,
        environment_key: str,
        context_kind: str,
        context_key: str,
        feature_flag_key: str,
        *,
        setting: Any | Unset = UNSET,
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Pin a flag value for one context.

        `PUT /api/v2/projects/{projectKey}/environments/{environmentKey}/contexts/{contextKind}/{contextKey}/flags/{featureFlagKey}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            context_kind: Kind of the context, such as `user`.
            context_key: Key of the context.
            feature_flag_key: Flag key.
            setting: Variation value to serve; omit to clear the setting.
            comment: The `comment` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/api/v2/projects/{encode_path(project_key)}/environments/{encode_path(environment_key)}/contexts/{encode_path(context_kind)}/{encode_path(context_key)}/flags/{encode_path(feature_flag_key)}",
                json=ValuePut(setting=setting, comment=comment).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_update_settings_for_context,
        )

    async def aupdate_settings_for_context(
        self,
        project_key: str,
        environment_key: str,
        context_kind: str,
        context_key: str,
        feature_flag_key: str,
        *,
        setting: Any | Unset = UNSET,
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Coroutine twin of `update_settings_for_context`: same arguments, same result, awaitable."""
        return await AsyncContextSettingsResource(self._async_client()).update_settings_for_context(
            project_key,
            environment_key,
            context_kind,
            context_key,
            feature_flag_key,
            setting=setting,
            comment=comment,
            request_options=request_options,
        )


class ContextSettingsResourceWithRawResponse:
    """`context_settings` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: ContextSettingsResource) -> None:
        self.update_settings_for_context = to_raw_response(resource.update_settings_for_context)


class AsyncContextSettingsResource:
    """Operations on `client.context_settings`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncContextSettingsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncContextSettingsResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AsyncContextSettingsResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    async def update_settings_for_context(
        self,
        project_key: str,
        environment_key: str,
        context_kind: str,
        context_key: str,
        feature_flag_key: str,
        *,
        setting: Any | Unset = UNSET,
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Pin a flag value for one context.

        `PUT /api/v2/projects/{projectKey}/environments/{environmentKey}/contexts/{contextKind}/{contextKey}/flags/{featureFlagKey}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            context_kind: Kind of the context, such as `user`.
            context_key: Key of the context.
            feature_flag_key: Flag key.
            setting: Variation value to serve; omit to clear the setting.
            comment: The `comment` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/api/v2/projects/{encode_path(project_key)}/environments/{encode_path(environment_key)}/contexts/{encode_path(context_kind)}/{encode_path(context_key)}/flags/{encode_path(feature_flag_key)}",
                json=ValuePut(setting=setting, comment=comment).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_update_settings_for_context,
        )


class AsyncContextSettingsResourceWithRawResponse:
    """`context_settings` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncContextSettingsResource) -> None:
        self.update_settings_for_context = to_async_raw_response(resource.update_settings_for_context)
