"""Operations on `client.workflow_templates`."""

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
from ..models.create_workflow_template_input import CreateWorkflowTemplateInput
from ..models.forbidden_error_rep import ForbiddenErrorRep
from ..models.invalid_request_error_rep import InvalidRequestErrorRep
from ..models.not_found_error_rep import NotFoundErrorRep
from ..models.rate_limited_error_rep import RateLimitedErrorRep
from ..models.stage_input import StageInput
from ..models.unauthorized_error_rep import UnauthorizedErrorRep
from ..models.workflow_template_output import WorkflowTemplateOutput
from ..models.workflow_templates_listing_output_rep import WorkflowTemplatesListingOutputRep
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> WorkflowTemplatesListingOutputRep:
    return WorkflowTemplatesListingOutputRep.from_dict(response.json())


def _parse_create_feature_flag_template(response: httpx.Response) -> WorkflowTemplateOutput:
    return WorkflowTemplateOutput.from_dict(response.json())


def _parse_delete_template(response: httpx.Response) -> None:
    return None


_ERRORS: dict[int, Callable[[Any], object]] = {
    401: UnauthorizedErrorRep.from_dict,
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
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


class WorkflowTemplatesResource:
    """Operations on `client.workflow_templates`."""

    def __init__(self, client: SyncHttpClient, async_client: Callable[[], AsyncHttpClient]) -> None:
        self._client = client
        self._async_client = async_client

    @cached_property
    def with_raw_response(self) -> WorkflowTemplatesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return WorkflowTemplatesResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> WorkflowTemplatesResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def list(
        self,
        *,
        summary: bool | Unset = UNSET,
        search: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> WorkflowTemplatesListingOutputRep:
        """List workflow templates.

        `GET /api/v2/templates`

        Args:
            summary: Return a shorter representation without per-environment detail.
            search: Only templates whose name or key contains this text.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            WorkflowTemplatesListingOutputRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/templates",
                params=query_params(
                    {
                        "summary": summary,
                        "search": search,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
        )

    def create_feature_flag_template(
        self,
        *,
        key: str,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        workflow_id: str | Unset = UNSET,
        stages: Sequence[StageInput | Mapping[str, Any]] | Unset = UNSET,
        project_key: str | Unset = UNSET,
        environment_key: str | Unset = UNSET,
        flag_key: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> WorkflowTemplateOutput:
        """Add workflow template.

        `POST /api/v2/templates`

        Args:
            key: The `key` field of the request body.
            name: The `name` field of the request body.
            description: The `description` field of the request body.
            workflow_id: The `workflowId` field of the request body.
            stages: The `stages` field of the request body.
            project_key: The `projectKey` field of the request body.
            environment_key: The `environmentKey` field of the request body.
            flag_key: The `flagKey` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            WorkflowTemplateOutput

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/api/v2/templates",
                json=CreateWorkflowTemplateInput(
                    key=key,
                    name=name,
                    description=description,
                    workflow_id=workflow_id,
                    stages=as_models(StageInput, stages),
                    project_key=project_key,
                    environment_key=environment_key,
                    flag_key=flag_key,
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_create_feature_flag_template,
        )

    def delete_template(
        self,
        template_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove a workflow template.

        `DELETE /api/v2/templates/{templateKey}`

        Args:
            template_key: Key of the workflow template.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/templates/{encode_path(template_key)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_delete_template,
        )

    async def alist(
        self,
        *,
        summary: bool | Unset = UNSET,
        search: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> WorkflowTemplatesListingOutputRep:
        """Coroutine twin of `list`: same arguments, same result, awaitable."""
        return await AsyncWorkflowTemplatesResource(self._async_client()).list(
            summary=summary,
            search=search,
            request_options=request_options,
        )

    async def acreate_feature_flag_template(
        self,
        *,
        key: str,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        workflow_id: str | Unset = UNSET,
        stages: Sequence[StageInput | Mapping[str, Any]] | Unset = UNSET,
        project_key: str | Unset = UNSET,
        environment_key: str | Unset = UNSET,
        flag_key: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> WorkflowTemplateOutput:
        """Coroutine twin of `create_feature_flag_template`: same arguments, same result, awaitable."""
        return await AsyncWorkflowTemplatesResource(self._async_client()).create_feature_flag_template(
            key=key,
            name=name,
            description=description,
            workflow_id=workflow_id,
            stages=stages,
            project_key=project_key,
            environment_key=environment_key,
            flag_key=flag_key,
            request_options=request_options,
        )

    async def adelete_template(
        self,
        template_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Coroutine twin of `delete_template`: same arguments, same result, awaitable."""
        return await AsyncWorkflowTemplatesResource(self._async_client()).delete_template(
            template_key,
            request_options=request_options,
        )


class WorkflowTemplatesResourceWithRawResponse:
    """`workflow_templates` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: WorkflowTemplatesResource) -> None:
        self.list = to_raw_response(resource.list)
        self.create_feature_flag_template = to_raw_response(resource.create_feature_flag_template)
        self.delete_template = to_raw_response(resource.delete_template)


class AsyncWorkflowTemplatesResource:
    """Operations on `client.workflow_templates`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncWorkflowTemplatesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncWorkflowTemplatesResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AsyncWorkflowTemplatesResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    async def list(
        self,
        *,
        summary: bool | Unset = UNSET,
        search: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> WorkflowTemplatesListingOutputRep:
        """List workflow templates.

        `GET /api/v2/templates`

        Args:
            summary: Return a shorter representation without per-environment detail.
            search: Only templates whose name or key contains this text.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            WorkflowTemplatesListingOutputRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/templates",
                params=query_params(
                    {
                        "summary": summary,
                        "search": search,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
        )

    async def create_feature_flag_template(
        self,
        *,
        key: str,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        workflow_id: str | Unset = UNSET,
        stages: Sequence[StageInput | Mapping[str, Any]] | Unset = UNSET,
        project_key: str | Unset = UNSET,
        environment_key: str | Unset = UNSET,
        flag_key: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> WorkflowTemplateOutput:
        """Add workflow template.

        `POST /api/v2/templates`

        Args:
            key: The `key` field of the request body.
            name: The `name` field of the request body.
            description: The `description` field of the request body.
            workflow_id: The `workflowId` field of the request body.
            stages: The `stages` field of the request body.
            project_key: The `projectKey` field of the request body.
            environment_key: The `environmentKey` field of the request body.
            flag_key: The `flagKey` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            WorkflowTemplateOutput

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/api/v2/templates",
                json=CreateWorkflowTemplateInput(
                    key=key,
                    name=name,
                    description=description,
                    workflow_id=workflow_id,
                    stages=as_models(StageInput, stages),
                    project_key=project_key,
                    environment_key=environment_key,
                    flag_key=flag_key,
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_create_feature_flag_template,
        )

    async def delete_template(
        self,
        template_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove a workflow template.

        `DELETE /api/v2/templates/{templateKey}`

        Args:
            template_key: Key of the workflow template.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/templates/{encode_path(template_key)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_delete_template,
        )


class AsyncWorkflowTemplatesResourceWithRawResponse:
    """`workflow_templates` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncWorkflowTemplatesResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.create_feature_flag_template = to_async_raw_response(resource.create_feature_flag_template)
        self.delete_template = to_async_raw_response(resource.delete_template)
