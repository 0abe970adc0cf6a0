"""Operations on `client.flag_triggers`."""

from __future__ import annotations

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
from ..models.forbidden_error_rep import ForbiddenErrorRep
from ..models.instruction import Instruction
from ..models.instructions_input import InstructionsInput
from ..models.invalid_request_error_rep import InvalidRequestErrorRep
from ..models.not_found_error_rep import NotFoundErrorRep
from ..models.rate_limited_error_rep import RateLimitedErrorRep
from ..models.status_conflict_error_rep import StatusConflictErrorRep
from ..models.trigger_post import TriggerPost
from ..models.trigger_workflow_collection_rep import TriggerWorkflowCollectionRep
from ..models.trigger_workflow_rep import TriggerWorkflowRep
from ..models.unauthorized_error_rep import UnauthorizedErrorRep
from ..types import UNSET, Unset


def _parse_list_trigger_workflows(response: httpx.Response) -> TriggerWorkflowCollectionRep:
    return TriggerWorkflowCollectionRep.from_dict(response.json())


def _parse_create_trigger_workflow(response: httpx.Response) -> TriggerWorkflowRep:
    return TriggerWorkflowRep.from_dict(response.json())


def _parse_get_trigger_by_id(response: httpx.Response) -> TriggerWorkflowRep:
    return TriggerWorkflowRep.from_dict(response.json())


def _parse_delete_by_id(response: httpx.Response) -> None:
    return None


def _parse_update_trigger_workflow_patch(response: httpx.Response) -> TriggerWorkflowRep:
    return TriggerWorkflowRep.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_2: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_3: dict[int, Callable[[Any], object]] = {
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_4: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    409: StatusConflictErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


class FlagTriggersResource:
    """Operations on `client.flag_triggers`."""

    def __init__(self, client: SyncHttpClient, async_client: Callable[[], AsyncHttpClient]) -> None:
        self._client = client
        self._async_client = async_client

    @cached_property
    def with_raw_response(self) -> FlagTriggersResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return FlagTriggersResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> FlagTriggersResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def list_trigger_workflows(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> TriggerWorkflowCollectionRep:
        """List triggers on a flag.

        `GET /api/v2/flags/{projectKey}/{featureFlagKey}/triggers/{environmentKey}`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            environment_key: Key of the environment.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            TriggerWorkflowCollectionRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/flags/{encode_path(project_key)}/{encode_path(feature_flag_key)}/triggers/{encode_path(environment_key)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_trigger_workflows,
        )

    def create_trigger_workflow(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        *,
        integration_key: str,
        comment: str | Unset = UNSET,
        instructions: Sequence[Instruction | Mapping[str, Any]] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> TriggerWorkflowRep:
        """Create a flag trigger.

        `POST /api/v2/flags/{projectKey}/{featureFlagKey}/triggers/{environmentKey}`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            environment_key: Key of the environment.
            integration_key: The `integrationKey` field of the request body.
            comment: The `comment` field of the request body.
            instructions: The `instructions` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            TriggerWorkflowRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/flags/{encode_path(project_key)}/{encode_path(feature_flag_key)}/triggers/{encode_path(environment_key)}",
                json=TriggerPost(
                    integration_key=integration_key, comment=comment, instructions=as_models(Instruction, instructions)
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_create_trigger_workflow,
        )

    def get_trigger_by_id(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> TriggerWorkflowRep:
        """Get a flag trigger.

        `GET /api/v2/flags/{projectKey}/{featureFlagKey}/triggers/{environmentKey}/{id}`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            environment_key: Key of the environment.
            id: Identifier of the resource.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            TriggerWorkflowRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/flags/{encode_path(project_key)}/{encode_path(feature_flag_key)}/triggers/{encode_path(environment_key)}/{encode_path(id)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_get_trigger_by_id,
        )

    def delete_by_id(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete a flag trigger.

        `DELETE /api/v2/flags/{projectKey}/{featureFlagKey}/triggers/{environmentKey}/{id}`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            environment_key: Key of the environment.
            id: Identifier of the resource.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/flags/{encode_path(project_key)}/{encode_path(feature_flag_key)}/triggers/{encode_path(environment_key)}/{encode_path(id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete_by_id,
        )

    def update_trigger_workflow_patch(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        id: str,
        *,
        instructions: Sequence[Instruction | Mapping[str, Any]],
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> TriggerWorkflowRep:
        """Change a flag trigger.

        `PATCH /api/v2/flags/{projectKey}/{featureFlagKey}/triggers/{environmentKey}/{id}`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            environment_key: Key of the environment.
            id: Identifier of the resource.
            instructions: The `instructions` field of the request body.
            comment: The `comment` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            TriggerWorkflowRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/flags/{encode_path(project_key)}/{encode_path(feature_flag_key)}/triggers/{encode_path(environment_key)}/{encode_path(id)}",
                json=InstructionsInput(instructions=as_models(Instruction, instructions), comment=comment).to_dict(),
                error_types=_ERRORS_4,
                options=request_options,
            ),
            cast=_parse_update_trigger_workflow_patch,
        )

    async def alist_trigger_workflows(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> TriggerWorkflowCollectionRep:
        """Coroutine twin of `list_trigger_workflows`: same arguments, same result, awaitable."""
        return await AsyncFlagTriggersResource(self._async_client()).list_trigger_workflows(
            project_key,
            feature_flag_key,
            environment_key,
            request_options=request_options,
        )

    async def acreate_trigger_workflow(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        *,
        integration_key: str,
        comment: str | Unset = UNSET,
        instructions: Sequence[Instruction | Mapping[str, Any]] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> TriggerWorkflowRep:
        """Coroutine twin of `create_trigger_workflow`: same arguments, same result, awaitable."""
        return await AsyncFlagTriggersResource(self._async_client()).create_trigger_workflow(
            project_key,
            feature_flag_key,
            environment_key,
            integration_key=integration_key,
            comment=comment,
            instructions=instructions,
            request_options=request_options,
        )

    async def aget_trigger_by_id(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> TriggerWorkflowRep:
        """Coroutine twin of `get_trigger_by_id`: same arguments, same result, awaitable."""
        return await AsyncFlagTriggersResource(self._async_client()).get_trigger_by_id(
            project_key,
            feature_flag_key,
            environment_key,
            id,
            request_options=request_options,
        )

    async def adelete_by_id(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Coroutine twin of `delete_by_id`: same arguments, same result, awaitable."""
        return await AsyncFlagTriggersResource(self._async_client()).delete_by_id(
            project_key,
            feature_flag_key,
            environment_key,
            id,
            request_options=request_options,
        )

    async def aupdate_trigger_workflow_patch(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        id: str,
        *,
        instructions: Sequence[Instruction | Mapping[str, Any]],
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> TriggerWorkflowRep:
        """Coroutine twin of `update_trigger_workflow_patch`: same arguments, same result, awaitable."""
        return await AsyncFlagTriggersResource(self._async_client()).update_trigger_workflow_patch(
            project_key,
            feature_flag_key,
            environment_key,
            id,
            instructions=instructions,
            comment=comment,
            request_options=request_options,
        )


class FlagTriggersResourceWithRawResponse:
    """`flag_triggers` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: FlagTriggersResource) -> None:
        self.list_trigger_workflows = to_raw_response(resource.list_trigger_workflows)
        self.create_trigger_workflow = to_raw_response(resource.create_trigger_workflow)
        self.get_trigger_by_id = to_raw_response(resource.get_trigger_by_id)
        self.delete_by_id = to_raw_response(resource.delete_by_id)
        self.update_trigger_workflow_patch = to_raw_response(resource.update_trigger_workflow_patch)


class AsyncFlagTriggersResource:
    """Operations on `client.flag_triggers`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncFlagTriggersResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncFlagTriggersResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AsyncFlagTriggersResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    async def list_trigger_workflows(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> TriggerWorkflowCollectionRep:
        """List triggers on a flag.

        `GET /api/v2/flags/{projectKey}/{featureFlagKey}/triggers/{environmentKey}`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            environment_key: Key of the environment.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            TriggerWorkflowCollectionRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/flags/{encode_path(project_key)}/{encode_path(feature_flag_key)}/triggers/{encode_path(environment_key)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_trigger_workflows,
        )

    async def create_trigger_workflow(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        *,
        integration_key: str,
        comment: str | Unset = UNSET,
        instructions: Sequence[Instruction | Mapping[str, Any]] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> TriggerWorkflowRep:
        """Create a flag trigger.

        `POST /api/v2/flags/{projectKey}/{featureFlagKey}/triggers/{environmentKey}`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            environment_key: Key of the environment.
            integration_key: The `integrationKey` field of the request body.
            comment: The `comment` field of the request body.
            instructions: The `instructions` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            TriggerWorkflowRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/flags/{encode_path(project_key)}/{encode_path(feature_flag_key)}/triggers/{encode_path(environment_key)}",
                json=TriggerPost(
                    integration_key=integration_key, comment=comment, instructions=as_models(Instruction, instructions)
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_create_trigger_workflow,
        )

    async def get_trigger_by_id(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> TriggerWorkflowRep:
        """Get a flag trigger.

        `GET /api/v2/flags/{projectKey}/{featureFlagKey}/triggers/{environmentKey}/{id}`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            environment_key: Key of the environment.
            id: Identifier of the resource.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            TriggerWorkflowRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/flags/{encode_path(project_key)}/{encode_path(feature_flag_key)}/triggers/{encode_path(environment_key)}/{encode_path(id)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_get_trigger_by_id,
        )

    async def delete_by_id(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete a flag trigger.

        `DELETE /api/v2/flags/{projectKey}/{featureFlagKey}/triggers/{environmentKey}/{id}`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            environment_key: Key of the environment.
            id: Identifier of the resource.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/flags/{encode_path(project_key)}/{encode_path(feature_flag_key)}/triggers/{encode_path(environment_key)}/{encode_path(id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete_by_id,
        )

    async def update_trigger_workflow_patch(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        id: str,
        *,
        instructions: Sequence[Instruction | Mapping[str, Any]],
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> TriggerWorkflowRep:
        """Change a flag trigger.

        `PATCH /api/v2/flags/{projectKey}/{featureFlagKey}/triggers/{environmentKey}/{id}`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            environment_key: Key of the environment.
            id: Identifier of the resource.
            instructions: The `instructions` field of the request body.
            comment: The `comment` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            TriggerWorkflowRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/flags/{encode_path(project_key)}/{encode_path(feature_flag_key)}/triggers/{encode_path(environment_key)}/{encode_path(id)}",
                json=InstructionsInput(instructions=as_models(Instruction, instructions), comment=comment).to_dict(),
                error_types=_ERRORS_4,
                options=request_options,
            ),
            cast=_parse_update_trigger_workflow_patch,
        )


class AsyncFlagTriggersResourceWithRawResponse:
    """`flag_triggers` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncFlagTriggersResource) -> None:
        self.list_trigger_workflows = to_async_raw_response(resource.list_trigger_workflows)
        self.create_trigger_workflow = to_async_raw_response(resource.create_trigger_workflow)
        self.get_trigger_by_id = to_async_raw_response(resource.get_trigger_by_id)
        self.delete_by_id = to_async_raw_response(resource.delete_by_id)
        self.update_trigger_workflow_patch = to_async_raw_response(resource.update_trigger_workflow_patch)
