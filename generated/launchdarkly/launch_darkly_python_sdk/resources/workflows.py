"""Operations on `client.workflows`."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import encode_path, query_params
from .._core._request import ApiRequest
from .._core._types import as_models
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.pagination import (
    AsyncPager,
    OffsetStrategy,
    SyncPager,
)
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.custom_workflow_input import CustomWorkflowInput
from ..models.custom_workflow_input_stages_item import CustomWorkflowInputStagesItem
from ..models.custom_workflow_output import CustomWorkflowOutput
from ..models.custom_workflows_listing_output import CustomWorkflowsListingOutput
from ..models.forbidden_error_rep import ForbiddenErrorRep
from ..models.invalid_request_error_rep import InvalidRequestErrorRep
from ..models.not_found_error_rep import NotFoundErrorRep
from ..models.rate_limited_error_rep import RateLimitedErrorRep
from ..models.unauthorized_error_rep import UnauthorizedErrorRep
from ..types import UNSET, Unset


def _parse_get_feature_flag_environments_workflows(response: httpx.Response) -> CustomWorkflowsListingOutput:
    return CustomWorkflowsListingOutput.from_dict(response.json())


def _parse_create_workflow(response: httpx.Response) -> CustomWorkflowOutput:
    return CustomWorkflowOutput.from_dict(response.json())


def _parse_get_custom_workflow_by_id(response: httpx.Response) -> CustomWorkflowOutput:
    return CustomWorkflowOutput.from_dict(response.json())


def _parse_delete_from_feature_flag(response: httpx.Response) -> None:
    return None


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
}


class WorkflowsResource:
    """Operations on `client.workflows`."""

    def __init__(self, client: SyncHttpClient, async_client: Callable[[], AsyncHttpClient]) -> None:
        self._client = client
        self._async_client = async_client

    @cached_property
    def with_raw_response(self) -> WorkflowsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return WorkflowsResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> WorkflowsResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def get_feature_flag_environments_workflows(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        *,
        status: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[CustomWorkflowOutput]:
        """List workflows on a flag.

        `GET /api/v2/projects/{projectKey}/flags/{featureFlagKey}/environments/{environmentKey}/workflows`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            environment_key: Key of the environment.
            status: Only items with this status.
            sort: Field to sort by; prefix `-` for descending order.
            limit: Page size: at most this many items come back.
            offset: Number of items to skip before the page starts.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `CustomWorkflowOutput`: iterating it yields every item across pages, fetching
            them as needed; `iter_pages()` yields each page (its items, the parsed
            `CustomWorkflowsListingOutput` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/flags/{encode_path(feature_flag_key)}/environments/{encode_path(environment_key)}/workflows",
                params=query_params(
                    {
                        "status": status,
                        "sort": sort,
                        "limit": limit,
                        "offset": offset,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_feature_flag_environments_workflows,
            strategy=OffsetStrategy(offset_param="offset", limit_param="limit", total_field="totalCount"),
            items=("items",),
            max_items=max_items,
        )

    def create_workflow(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        *,
        name: str,
        template_key_query: str | Unset = UNSET,
        dry_run: bool | Unset = UNSET,
        maintainer_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        stages: Sequence[CustomWorkflowInputStagesItem | Mapping[str, Any]] | Unset = UNSET,
        template_key: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CustomWorkflowOutput:
        """Create a workflow.

        `POST /api/v2/projects/{projectKey}/flags/{featureFlagKey}/environments/{environmentKey}/workflows`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            environment_key: Key of the environment.
            template_key_query: Build the workflow from this template.
            dry_run: Validate the change and return the result without saving it.
            name: The `name` field of the request body.
            maintainer_id: The `maintainerId` field of the request body.
            description: The `description` field of the request body.
            stages: The `stages` field of the request body.
            template_key: The `templateKey` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CustomWorkflowOutput

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/projects/{encode_path(project_key)}/flags/{encode_path(feature_flag_key)}/environments/{encode_path(environment_key)}/workflows",
                params=query_params(
                    {
                        "templateKey": template_key_query,
                        "dryRun": dry_run,
                    }
                ),
                json=CustomWorkflowInput(
                    name=name,
                    maintainer_id=maintainer_id,
                    description=description,
                    stages=as_models(CustomWorkflowInputStagesItem, stages),
                    template_key=template_key,
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_create_workflow,
        )

    def get_custom_workflow_by_id(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        workflow_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> CustomWorkflowOutput:
        """Get a workflow.

        `GET /api/v2/projects/{projectKey}/flags/{featureFlagKey}/environments/{environmentKey}/workflows/{workflowId}`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            environment_key: Key of the environment.
            workflow_id: Identifier of the workflow.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CustomWorkflowOutput

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/flags/{encode_path(feature_flag_key)}/environments/{encode_path(environment_key)}/workflows/{encode_path(workflow_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_custom_workflow_by_id,
        )

    def delete_from_feature_flag(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        workflow_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete a workflow.

        `DELETE /api/v2/projects/{projectKey}/flags/{featureFlagKey}/environments/{environmentKey}/workflows/{workflowId}`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            environment_key: Key of the environment.
            workflow_id: Identifier of the workflow.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/projects/{encode_path(project_key)}/flags/{encode_path(feature_flag_key)}/environments/{encode_path(environment_key)}/workflows/{encode_path(workflow_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete_from_feature_flag,
        )

    async def aget_feature_flag_environments_workflows(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        *,
        status: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[CustomWorkflowOutput]:
        """Coroutine twin of `get_feature_flag_environments_workflows`: same arguments, same result, awaitable."""
        return await AsyncWorkflowsResource(self._async_client()).get_feature_flag_environments_workflows(
            project_key,
            feature_flag_key,
            environment_key,
            status=status,
            sort=sort,
            limit=limit,
            offset=offset,
            max_items=max_items,
            request_options=request_options,
        )

    async def acreate_workflow(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        *,
        name: str,
        template_key_query: str | Unset = UNSET,
        dry_run: bool | Unset = UNSET,
        maintainer_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        stages: Sequence[CustomWorkflowInputStagesItem | Mapping[str, Any]] | Unset = UNSET,
        template_key: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CustomWorkflowOutput:
        """Coroutine twin of `create_workflow`: same arguments, same result, awaitable."""
        return await AsyncWorkflowsResource(self._async_client()).create_workflow(
            project_key,
            feature_flag_key,
            environment_key,
            name=name,
            template_key_query=template_key_query,
            dry_run=dry_run,
            maintainer_id=maintainer_id,
            description=description,
            stages=stages,
            template_key=template_key,
            request_options=request_options,
        )

    async def aget_custom_workflow_by_id(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        workflow_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> CustomWorkflowOutput:
        """Coroutine twin of `get_custom_workflow_by_id`: same arguments, same result, awaitable."""
        return await AsyncWorkflowsResource(self._async_client()).get_custom_workflow_by_id(
            project_key,
            feature_flag_key,
            environment_key,
            workflow_id,
            request_options=request_options,
        )

    async def adelete_from_feature_flag(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        workflow_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Coroutine twin of `delete_from_feature_flag`: same arguments, same result, awaitable."""
        return await AsyncWorkflowsResource(self._async_client()).delete_from_feature_flag(
            project_key,
            feature_flag_key,
            environment_key,
            workflow_id,
            request_options=request_options,
        )


class WorkflowsResourceWithRawResponse:
    """`workflows` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: WorkflowsResource) -> None:
        self.get_feature_flag_environments_workflows = to_raw_response(resource.get_feature_flag_environments_workflows)
        self.create_workflow = to_raw_response(resource.create_workflow)
        self.get_custom_workflow_by_id = to_raw_response(resource.get_custom_workflow_by_id)
        self.delete_from_feature_flag = to_raw_response(resource.delete_from_feature_flag)


class AsyncWorkflowsResource:
    """Operations on `client.workflows`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncWorkflowsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncWorkflowsResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AsyncWorkflowsResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def get_feature_flag_environments_workflows(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        *,
        status: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[CustomWorkflowOutput]:
        """List workflows on a flag.

        `GET /api/v2/projects/{projectKey}/flags/{featureFlagKey}/environments/{environmentKey}/workflows`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            environment_key: Key of the environment.
            status: Only items with this status.
            sort: Field to sort by; prefix `-` for descending order.
            limit: Page size: at most this many items come back.
            offset: Number of items to skip before the page starts.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `CustomWorkflowOutput`: iterating it yields every item across pages, fetching
            them as needed; `iter_pages()` yields each page (its items, the parsed
            `CustomWorkflowsListingOutput` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/flags/{encode_path(feature_flag_key)}/environments/{encode_path(environment_key)}/workflows",
                params=query_params(
                    {
                        "status": status,
                        "sort": sort,
                        "limit": limit,
                        "offset": offset,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_feature_flag_environments_workflows,
            strategy=OffsetStrategy(offset_param="offset", limit_param="limit", total_field="totalCount"),
            items=("items",),
            max_items=max_items,
        )

    async def create_workflow(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        *,
        name: str,
        template_key_query: str | Unset = UNSET,
        dry_run: bool | Unset = UNSET,
        maintainer_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        stages: Sequence[CustomWorkflowInputStagesItem | Mapping[str, Any]] | Unset = UNSET,
        template_key: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CustomWorkflowOutput:
        """Create a workflow.

        `POST /api/v2/projects/{projectKey}/flags/{featureFlagKey}/environments/{environmentKey}/workflows`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            environment_key: Key of the environment.
            template_key_query: Build the workflow from this template.
            dry_run: Validate the change and return the result without saving it.
            name: The `name` field of the request body.
            maintainer_id: The `maintainerId` field of the request body.
            description: The `description` field of the request body.
            stages: The `stages` field of the request body.
            template_key: The `templateKey` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CustomWorkflowOutput

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/projects/{encode_path(project_key)}/flags/{encode_path(feature_flag_key)}/environments/{encode_path(environment_key)}/workflows",
                params=query_params(
                    {
                        "templateKey": template_key_query,
                        "dryRun": dry_run,
                    }
                ),
                json=CustomWorkflowInput(
                    name=name,
                    maintainer_id=maintainer_id,
                    description=description,
                    stages=as_models(CustomWorkflowInputStagesItem, stages),
                    template_key=template_key,
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_create_workflow,
        )

    async def get_custom_workflow_by_id(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        workflow_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> CustomWorkflowOutput:
        """Get a workflow.

        `GET /api/v2/projects/{projectKey}/flags/{featureFlagKey}/environments/{environmentKey}/workflows/{workflowId}`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            environment_key: Key of the environment.
            workflow_id: Identifier of the workflow.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CustomWorkflowOutput

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/flags/{encode_path(feature_flag_key)}/environments/{encode_path(environment_key)}/workflows/{encode_path(workflow_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_custom_workflow_by_id,
        )

    async def delete_from_feature_flag(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        workflow_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete a workflow.

        `DELETE /api/v2/projects/{projectKey}/flags/{featureFlagKey}/environments/{environmentKey}/workflows/{workflowId}`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            environment_key: Key of the environment.
            workflow_id: Identifier of the workflow.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/projects/{encode_path(project_key)}/flags/{encode_path(feature_flag_key)}/environments/{encode_path(environment_key)}/workflows/{encode_path(workflow_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete_from_feature_flag,
        )


class AsyncWorkflowsResourceWithRawResponse:
    """`workflows` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncWorkflowsResource) -> None:
        self.get_feature_flag_environments_workflows = to_async_raw_response(
            resource.get_feature_flag_environments_workflows
        )
        self.create_workflow = to_async_raw_response(resource.create_workflow)
        self.get_custom_workflow_by_id = to_async_raw_response(resource.get_custom_workflow_by_id)
        self.delete_from_feature_flag = to_async_raw_response(resource.delete_from_feature_flag)
