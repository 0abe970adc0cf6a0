"""Operations on `client.scheduled_changes`."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import encode_path, query_params
from .._core._request import ApiRequest
from .._core._types import as_models
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.feature_flag_scheduled_change import FeatureFlagScheduledChange
from ..models.feature_flag_scheduled_changes import FeatureFlagScheduledChanges
from ..models.forbidden_error_rep import ForbiddenErrorRep
from ..models.instruction import Instruction
from ..models.instructions_input import InstructionsInput
from ..models.invalid_request_error_rep import InvalidRequestErrorRep
from ..models.not_found_error_rep import NotFoundErrorRep
from ..models.post_flag_scheduled_changes_input import PostFlagScheduledChangesInput
from ..models.rate_limited_error_rep import RateLimitedErrorRep
from ..models.status_conflict_error_rep import StatusConflictErrorRep
from ..models.unauthorized_error_rep import UnauthorizedErrorRep
from ..types import UNSET, Unset


def _parse_list_changes(response: httpx.Response) -> FeatureFlagScheduledChanges:
    return FeatureFlagScheduledChanges.from_dict(response.json())


def _parse_create_workflow(response: httpx.Response) -> FeatureFlagScheduledChange:
    return FeatureFlagScheduledChange.from_dict(response.json())


def _parse_get_by_id(response: httpx.Response) -> FeatureFlagScheduledChange:
    return FeatureFlagScheduledChange.from_dict(response.json())


def _parse_delete_workflow(response: httpx.Response) -> None:
    return None


def _parse_update_workflow(response: httpx.Response) -> FeatureFlagScheduledChange:
    return FeatureFlagScheduledChange.from_dict(response.json())


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
    404: NotFoundErrorRep.from_dict,
    409: StatusConflictErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_3: dict[int, Callable[[Any], object]] = {
    401: UnauthorizedErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_4: dict[int, Callable[[Any], object]] = {
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    409: StatusConflictErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


class ScheduledChangesResource:
    """Operations on `client.scheduled_changes`."""

    def __init__(self, client: SyncHttpClient, async_client: Callable[[], AsyncHttpClient]) -> None:
        self._client = client
        self._async_client = async_client

    @cached_property
    def with_raw_response(self) -> ScheduledChangesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return ScheduledChangesResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> ScheduledChangesResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def list_changes(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> FeatureFlagScheduledChanges:
        """List scheduled changes on a flag.

        `GET /api/v2/projects/{projectKey}/flags/{featureFlagKey}/environments/{environmentKey}/scheduled-changes`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            environment_key: Key of the environment.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FeatureFlagScheduledChanges

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/flags/{encode_path(feature_flag_key)}/environments/{encode_path(environment_key)}/scheduled-changes",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_changes,
        )

    def create_workflow(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        *,
        execution_date: int,
        instructions: Sequence[Instruction | Mapping[str, Any]],
        ignore_conflicts: bool | Unset = UNSET,
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FeatureFlagScheduledChange:
        """Schedule flag changes.

        `POST /api/v2/projects/{projectKey}/flags/{featureFlagKey}/environments/{environmentKey}/scheduled-changes`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            environment_key: Key of the environment.
            ignore_conflicts: Save even if the change conflicts with pending changes.
            execution_date: Milliseconds since the Unix epoch.
            instructions: The `instructions` field of the request body.
            comment: The `comment` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FeatureFlagScheduledChange

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/projects/{encode_path(project_key)}/flags/{encode_path(feature_flag_key)}/environments/{encode_path(environment_key)}/scheduled-changes",
                params=query_params(
                    {
                        "ignoreConflicts": ignore_conflicts,
                    }
                ),
                json=PostFlagScheduledChangesInput(
                    execution_date=execution_date, instructions=as_models(Instruction, instructions), comment=comment
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_create_workflow,
        )

    def get_by_id(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> FeatureFlagScheduledChange:
        """Fetch one scheduled change.

        `GET /api/v2/projects/{projectKey}/flags/{featureFlagKey}/environments/{environmentKey}/scheduled-changes/{id}`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            environment_key: Key of the environment.
            id: Identifier of the resource.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FeatureFlagScheduledChange

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/flags/{encode_path(feature_flag_key)}/environments/{encode_path(environment_key)}/scheduled-changes/{encode_path(id)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_get_by_id,
        )

    def delete_workflow(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Cancel a scheduled change.

        `DELETE /api/v2/projects/{projectKey}/flags/{featureFlagKey}/environments/{environmentKey}/scheduled-changes/{id}`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            environment_key: Key of the environment.
            id: Identifier of the resource.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 409, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/projects/{encode_path(project_key)}/flags/{encode_path(feature_flag_key)}/environments/{encode_path(environment_key)}/scheduled-changes/{encode_path(id)}",
                error_types=_ERRORS_4,
                options=request_options,
            ),
            cast=_parse_delete_workflow,
        )

    def update_workflow(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        id: str,
        *,
        instructions: Sequence[Instruction | Mapping[str, Any]],
        ignore_conflicts: bool | Unset = UNSET,
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FeatureFlagScheduledChange:
        """Change a scheduled change.

        `PATCH /api/v2/projects/{projectKey}/flags/{featureFlagKey}/environments/{environmentKey}/scheduled-changes/{id}`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            environment_key: Key of the environment.
            id: Identifier of the resource.
            ignore_conflicts: Save even if the change conflicts with pending changes.
            instructions: The `instructions` field of the request body.
            comment: The `comment` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FeatureFlagScheduledChange

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/projects/{encode_path(project_key)}/flags/{encode_path(feature_flag_key)}/environments/{encode_path(environment_key)}/scheduled-changes/{encode_path(id)}",
                params=query_params(
                    {
                        "ignoreConflicts": ignore_conflicts,
                    }
                ),
                json=InstructionsInput(instructions=as_models(Instruction, instructions), comment=comment).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_update_workflow,
        )

    async def alist_changes(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> FeatureFlagScheduledChanges:
        """Coroutine twin of `list_changes`: same arguments, same result, awaitable."""
        return await AsyncScheduledChangesResource(self._async_client()).list_changes(
            project_key,
            feature_flag_key,
            environment_key,
            request_options=request_options,
        )

    async def acreate_workflow(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        *,
        execution_date: int,
        instructions: Sequence[Instruction | Mapping[str, Any]],
        ignore_conflicts: bool | Unset = UNSET,
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FeatureFlagScheduledChange:
        """Coroutine twin of `create_workflow`: same arguments, same result, awaitable."""
        return await AsyncScheduledChangesResource(self._async_client()).create_workflow(
            project_key,
            feature_flag_key,
            environment_key,
            execution_date=execution_date,
            instructions=instructions,
            ignore_conflicts=ignore_conflicts,
            comment=comment,
            request_options=request_options,
        )

    async def aget_by_id(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> FeatureFlagScheduledChange:
        """Coroutine twin of `get_by_id`: same arguments, same result, awaitable."""
        return await AsyncScheduledChangesResource(self._async_client()).get_by_id(
            project_key,
            feature_flag_key,
            environment_key,
            id,
            request_options=request_options,
        )

    async def adelete_workflow(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Coroutine twin of `delete_workflow`: same arguments, same result, awaitable."""
        return await AsyncScheduledChangesResource(self._async_client()).delete_workflow(
            project_key,
            feature_flag_key,
            environment_key,
            id,
            request_options=request_options,
        )

    async def aupdate_workflow(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        id: str,
        *,
        instructions: Sequence[Instruction | Mapping[str, Any]],
        ignore_conflicts: bool | Unset = UNSET,
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FeatureFlagScheduledChange:
        """Coroutine twin of `update_workflow`: same arguments, same result, awaitable."""
        return await AsyncScheduledChangesResource(self._async_client()).update_workflow(
            project_key,
            feature_flag_key,
            environment_key,
            id,
            instructions=instructions,
            ignore_conflicts=ignore_conflicts,
            comment=comment,
            request_options=request_options,
        )


class ScheduledChangesResourceWithRawResponse:
    """`scheduled_changes` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: ScheduledChangesResource) -> None:
        self.list_changes = to_raw_response(resource.list_changes)
        self.create_workflow = to_raw_response(resource.create_workflow)
        self.get_by_id = to_raw_response(resource.get_by_id)
        self.delete_workflow = to_raw_response(resource.delete_workflow)
        self.update_workflow = to_raw_response(resource.update_workflow)


class AsyncScheduledChangesResource:
    """Operations on `client.scheduled_changes`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncScheduledChangesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncScheduledChangesResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AsyncScheduledChangesResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    async def list_changes(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> FeatureFlagScheduledChanges:
        """List scheduled changes on a flag.

        `GET /api/v2/projects/{projectKey}/flags/{featureFlagKey}/environments/{environmentKey}/scheduled-changes`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            environment_key: Key of the environment.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FeatureFlagScheduledChanges

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/flags/{encode_path(feature_flag_key)}/environments/{encode_path(environment_key)}/scheduled-changes",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_changes,
        )

    async def create_workflow(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        *,
        execution_date: int,
        instructions: Sequence[Instruction | Mapping[str, Any]],
        ignore_conflicts: bool | Unset = UNSET,
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FeatureFlagScheduledChange:
        """Schedule flag changes.

        `POST /api/v2/projects/{projectKey}/flags/{featureFlagKey}/environments/{environmentKey}/scheduled-changes`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            environment_key: Key of the environment.
            ignore_conflicts: Save even if the change conflicts with pending changes.
            execution_date: Milliseconds since the Unix epoch.
            instructions: The `instructions` field of the request body.
            comment: The `comment` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FeatureFlagScheduledChange

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/projects/{encode_path(project_key)}/flags/{encode_path(feature_flag_key)}/environments/{encode_path(environment_key)}/scheduled-changes",
                params=query_params(
                    {
                        "ignoreConflicts": ignore_conflicts,
                    }
                ),
                json=PostFlagScheduledChangesInput(
                    execution_date=execution_date, instructions=as_models(Instruction, instructions), comment=comment
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_create_workflow,
        )

    async def get_by_id(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> FeatureFlagScheduledChange:
        """Fetch one scheduled change.

        `GET /api/v2/projects/{projectKey}/flags/{featureFlagKey}/environments/{environmentKey}/scheduled-changes/{id}`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            environment_key: Key of the environment.
            id: Identifier of the resource.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FeatureFlagScheduledChange

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/flags/{encode_path(feature_flag_key)}/environments/{encode_path(environment_key)}/scheduled-changes/{encode_path(id)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_get_by_id,
        )

    async def delete_workflow(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Cancel a scheduled change.

        `DELETE /api/v2/projects/{projectKey}/flags/{featureFlagKey}/environments/{environmentKey}/scheduled-changes/{id}`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            environment_key: Key of the environment.
            id: Identifier of the resource.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 409, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/projects/{encode_path(project_key)}/flags/{encode_path(feature_flag_key)}/environments/{encode_path(environment_key)}/scheduled-changes/{encode_path(id)}",
                error_types=_ERRORS_4,
                options=request_options,
            ),
            cast=_parse_delete_workflow,
        )

    async def update_workflow(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        id: str,
        *,
        instructions: Sequence[Instruction | Mapping[str, Any]],
        ignore_conflicts: bool | Unset = UNSET,
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FeatureFlagScheduledChange:
        """Change a scheduled change.

        `PATCH /api/v2/projects/{projectKey}/flags/{featureFlagKey}/environments/{environmentKey}/scheduled-changes/{id}`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            environment_key: Key of the environment.
            id: Identifier of the resource.
            ignore_conflicts: Save even if the change conflicts with pending changes.
            instructions: The `instructions` field of the request body.
            comment: The `comment` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FeatureFlagScheduledChange

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/projects/{encode_path(project_key)}/flags/{encode_path(feature_flag_key)}/environments/{encode_path(environment_key)}/scheduled-changes/{encode_path(id)}",
                params=query_params(
                    {
                        "ignoreConflicts": ignore_conflicts,
                    }
                ),
                json=InstructionsInput(instructions=as_models(Instruction, instructions), comment=comment).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_update_workflow,
        )


class AsyncScheduledChangesResourceWithRawResponse:
    """`scheduled_changes` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncScheduledChangesResource) -> None:
        self.list_changes = to_async_raw_response(resource.list_changes)
        self.create_workflow = to_async_raw_response(resource.create_workflow)
        self.get_by_id = to_async_raw_response(resource.get_by_id)
        self.delete_workflow = to_async_raw_response(resource.delete_workflow)
        self.update_workflow = to_async_raw_response(resource.update_workflow)
