"""Operations on `client.workflows`."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import Any

import httpx

from .. import models as _models
from .._core import _decode as decode
from .._core._encode import encode_path, query_params
from .._core._request import ApiRequest
from .._core._types import as_model
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.pagination import (
    AsyncPager,
    PageNumberStrategy,
    SyncPager,
)
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.archive_update_request_30 import ArchiveUpdateRequest30
from ..models.error_model import Error
from ..models.get_workflows_id_executions_order_dir import (
    GetWorkflowsIdExecutionsOrderDir,
)
from ..models.get_workflows_order_dir import GetWorkflowsOrderDir
from ..models.job_schedule_create_request import JobScheduleCreateRequest
from ..models.job_schedule_input import JobScheduleInput
from ..models.post_workflows_body import PostWorkflowsBody
from ..models.post_workflows_id_executions_body import PostWorkflowsIdExecutionsBody
from ..models.post_workflows_id_executions_body_input import PostWorkflowsIdExecutionsBodyInput
from ..models.post_workflows_id_executions_execution_id_retry_body import PostWorkflowsIdExecutionsExecutionIdRetryBody
from ..models.projects_project_summary import ProjectsProjectSummary
from ..models.share_groups_update_request_37 import ShareGroupsUpdateRequest37
from ..models.share_index import ShareIndex
from ..models.share_users_update_request_37 import ShareUsersUpdateRequest37
from ..models.workflow import Workflow
from ..models.workflow_clone_params_create_request import WorkflowCloneParamsCreateRequest
from ..models.workflow_execution import WorkflowExecution
from ..models.workflow_execution_summary import WorkflowExecutionSummary
from ..models.workflow_notifications_create_request import WorkflowNotificationsCreateRequest
from ..models.workflow_patch_request import WorkflowPatchRequest
from ..models.workflow_summary import WorkflowSummary
from ..models.workflow_update_request import WorkflowUpdateRequest
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> list[WorkflowSummary]:
    response_200 = decode.model_array(_models.WorkflowSummary.from_dict, response.json())

    return response_200


def _parse_post(response: httpx.Response) -> Workflow:
    return Workflow.from_dict(response.json())


def _parse_get(response: httpx.Response) -> Workflow:
    return Workflow.from_dict(response.json())


def _parse_put(response: httpx.Response) -> Workflow:
    return Workflow.from_dict(response.json())


def _parse_patch(response: httpx.Response) -> Workflow:
    return Workflow.from_dict(response.json())


def _parse_list_shares(response: httpx.Response) -> list[ShareIndex]:
    response_200 = decode.model_array(_models.ShareIndex.from_dict, response.json())

    return response_200


def _parse_put_shares_users(response: httpx.Response) -> ShareIndex:
    return ShareIndex.from_dict(response.json())


def _parse_delete_shares_users(response: httpx.Response) -> None:
    return None


def _parse_put_shares_groups(response: httpx.Response) -> ShareIndex:
    return ShareIndex.from_dict(response.json())


def _parse_delete_shares_groups(response: httpx.Response) -> None:
    return None


def _parse_put_archive(response: httpx.Response) -> Workflow:
    return Workflow.from_dict(response.json())


def _parse_list_projects(response: httpx.Response) -> list[ProjectsProjectSummary]:
    response_200 = decode.model_array(_models.ProjectsProjectSummary.from_dict, response.json())

    return response_200


def _parse_put_projects(response: httpx.Response) -> None:
    return None


def _parse_delete_projects(response: httpx.Response) -> None:
    return None


def _parse_post_clone(response: httpx.Response) -> Workflow:
    return Workflow.from_dict(response.json())


def _parse_list_executions(response: httpx.Response) -> list[WorkflowExecutionSummary]:
    response_200 = decode.model_array(_models.WorkflowExecutionSummary.from_dict, response.json())

    return response_200


def _parse_post_executions(response: httpx.Response) -> WorkflowExecution:
    return WorkflowExecution.from_dict(response.json())


def _parse_get_executions(response: httpx.Response) -> WorkflowExecution:
    return WorkflowExecution.from_dict(response.json())


def _parse_post_executions_cancel(response: httpx.Response) -> WorkflowExecution:
    return WorkflowExecution.from_dict(response.json())


def _parse_post_executions_resume(response: httpx.Response) -> WorkflowExecution:
    return WorkflowExecution.from_dict(response.json())


def _parse_post_executions_retry(response: httpx.Response) -> WorkflowExecution:
    return WorkflowExecution.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Error.from_dict,
    401: Error.from_dict,
    403: Error.from_dict,
    404: Error.from_dict,
    429: Error.from_dict,
}


class WorkflowsResource:
    """Operations on `client.workflows`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> WorkflowsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return WorkflowsResourceWithRawResponse(self)

    def list(
        self,
        *,
        hidden: bool | Unset = UNSET,
        archived: str | Unset = UNSET,
        author: str | Unset = UNSET,
        state: list[str] | Unset = UNSET,
        scheduled: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetWorkflowsOrderDir | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[WorkflowSummary]:
        """List workflows.

        `GET /workflows/`

        Args:
            hidden: Return hidden (system-created) objects instead of visible ones.
            archived: `true`, `false` or `all`; default `false`.
            author: Comma-separated user ids whose objects to keep.
            state: States to keep.
            scheduled: Only scheduled workflows.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `WorkflowSummary`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[WorkflowSummary]` and
            the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/workflows/",
                params=query_params(
                    {
                        "hidden": hidden,
                        "archived": archived,
                        "author": author,
                        "state": state,
                        "scheduled": scheduled,
                        "limit": limit,
                        "page_num": page_num,
                        "order": order,
                        "order_dir": order_dir,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    def post(
        self,
        name: str,
        *,
        description: str | Unset = UNSET,
        from_job_chain: int | Unset = UNSET,
        definition: str | Unset = UNSET,
        schedule: JobScheduleInput | Mapping[str, Any] | Unset = UNSET,
        allow_concurrent_executions: bool | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        notifications: WorkflowNotificationsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Workflow:
        """Create a workflow.

        `POST /workflows/`

        Args:
            name: The `name` field of the request body.
            description: The `description` field of the request body.
            from_job_chain: Build the workflow from this job's chain.
            definition: Workflow definition, in YAML.
            schedule: Schedule settings to store on a job; every field is optional.
            allow_concurrent_executions: The `allowConcurrentExecutions` field of the request body.
            time_zone: The `timeZone` field of the request body.
            hidden: The `hidden` field of the request body.
            notifications: The `notifications` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Workflow

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/workflows/",
                json=PostWorkflowsBody(
                    name=name,
                    description=description,
                    from_job_chain=from_job_chain,
                    definition=definition,
                    schedule=as_model(JobScheduleInput, schedule),
                    allow_concurrent_executions=allow_concurrent_executions,
                    time_zone=time_zone,
                    hidden=hidden,
                    notifications=as_model(WorkflowNotificationsCreateRequest, notifications),
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post,
        )

    def get(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> Workflow:
        """Get a workflow.

        `GET /workflows/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Workflow

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/workflows/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get,
        )

    def put(
        self,
        id: int,
        name: str,
        *,
        description: str | Unset = UNSET,
        definition: str | Unset = UNSET,
        schedule: JobScheduleCreateRequest | Mapping[str, Any] | Unset = UNSET,
        allow_concurrent_executions: bool | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        notifications: WorkflowNotificationsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Workflow:
        """Replace workflows.

        `PUT /workflows/{id}`

        Args:
            id: The `id` path parameter.
            name: The `name` field of the request body.
            description: The `description` field of the request body.
            definition: The `definition` field of the request body.
            schedule: The `schedule` field of the request body.
            allow_concurrent_executions: The `allowConcurrentExecutions` field of the request body.
            time_zone: The `timeZone` field of the request body.
            notifications: The `notifications` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Workflow

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/workflows/{encode_path(id)}",
                json=WorkflowUpdateRequest(
                    name=name,
                    description=description,
                    definition=definition,
                    schedule=as_model(JobScheduleCreateRequest, schedule),
                    allow_concurrent_executions=allow_concurrent_executions,
                    time_zone=time_zone,
                    notifications=as_model(WorkflowNotificationsCreateRequest, notifications),
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put,
        )

    def patch(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        definition: str | Unset = UNSET,
        schedule: JobScheduleCreateRequest | Mapping[str, Any] | Unset = UNSET,
        allow_concurrent_executions: bool | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        notifications: WorkflowNotificationsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Workflow:
        """Update workflows.

        `PATCH /workflows/{id}`

        Args:
            id: The `id` path parameter.
            name: The `name` field of the request body.
            description: The `description` field of the request body.
            definition: The `definition` field of the request body.
            schedule: The `schedule` field of the request body.
            allow_concurrent_executions: The `allowConcurrentExecutions` field of the request body.
            time_zone: The `timeZone` field of the request body.
            notifications: The `notifications` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Workflow

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/workflows/{encode_path(id)}",
                json=WorkflowPatchRequest(
                    name=name,
                    description=description,
                    definition=definition,
                    schedule=as_model(JobScheduleCreateRequest, schedule),
                    allow_concurrent_executions=allow_concurrent_executions,
                    time_zone=time_zone,
                    notifications=as_model(WorkflowNotificationsCreateRequest, notifications),
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        name,
                        description,
                        definition,
                        schedule,
                        allow_concurrent_executions,
                        time_zone,
                        notifications,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_patch,
        )

    def list_shares(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ShareIndex]:
        """List workflows shares.

        `GET /workflows/{id}/shares`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[ShareIndex]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/workflows/{encode_path(id)}/shares",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_shares,
        )

    def put_shares_users(
        self,
        id: int,
        user_ids: builtins.list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace workflows shares users.

        `PUT /workflows/{id}/shares/users`

        Args:
            id: The `id` path parameter.
            user_ids: The `userIds` field of the request body.
            permission_level: The `permissionLevel` field of the request body.
            share_email_body: The `shareEmailBody` field of the request body.
            send_shared_email: The `sendSharedEmail` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ShareIndex

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/workflows/{encode_path(id)}/shares/users",
                json=ShareUsersUpdateRequest37(
                    user_ids=user_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_shares_users,
        )

    def delete_shares_users(
        self,
        id: int,
        user_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete workflows shares users.

        `DELETE /workflows/{id}/shares/users/{user_id}`

        Args:
            id: The `id` path parameter.
            user_id: The `user_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/workflows/{encode_path(id)}/shares/users/{encode_path(user_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_shares_users,
        )

    def put_shares_groups(
        self,
        id: int,
        group_ids: builtins.list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace workflows shares groups.

        `PUT /workflows/{id}/shares/groups`

        Args:
            id: The `id` path parameter.
            group_ids: The `groupIds` field of the request body.
            permission_level: The `permissionLevel` field of the request body.
            share_email_body: The `shareEmailBody` field of the request body.
            send_shared_email: The `sendSharedEmail` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ShareIndex

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/workflows/{encode_path(id)}/shares/groups",
                json=ShareGroupsUpdateRequest37(
                    group_ids=group_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_shares_groups,
        )

    def delete_shares_groups(
        self,
        id: int,
        group_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete workflows shares groups.

        `DELETE /workflows/{id}/shares/groups/{group_id}`

        Args:
            id: The `id` path parameter.
            group_id: The `group_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/workflows/{encode_path(id)}/shares/groups/{encode_path(group_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_shares_groups,
        )

    def put_archive(
        self,
        id: int,
        status: bool,
        *,
        request_options: RequestOptions | None = None,
    ) -> Workflow:
        """Replace workflows archive.

        `PUT /workflows/{id}/archive`

        Args:
            id: The `id` path parameter.
            status: The `status` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Workflow

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/workflows/{encode_path(id)}/archive",
                json=ArchiveUpdateRequest30(status=status).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_archive,
        )

    def list_projects(
        self,
        id: int,
        *,
        hidden: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ProjectsProjectSummary]:
        """List workflows projects.

        `GET /workflows/{id}/projects`

        Args:
            id: The `id` path parameter.
            hidden: The `hidden` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[ProjectsProjectSummary]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/workflows/{encode_path(id)}/projects",
                params=query_params(
                    {
                        "hidden": hidden,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_projects,
        )

    def put_projects(
        self,
        id: int,
        project_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Replace workflows projects.

        `PUT /workflows/{id}/projects/{project_id}`

        Args:
            id: The `id` path parameter.
            project_id: The `project_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/workflows/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_projects,
        )

    def delete_projects(
        self,
        id: int,
        project_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete workflows projects.

        `DELETE /workflows/{id}/projects/{project_id}`

        Args:
            id: The `id` path parameter.
            project_id: The `project_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/workflows/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_projects,
        )

    def post_clone(
        self,
        id: int,
        *,
        clone_schedule: bool | Unset = UNSET,
        clone_notifications: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Workflow:
        """Post to workflows clone.

        `POST /workflows/{id}/clone`

        Args:
            id: The `id` path parameter.
            clone_schedule: The `cloneSchedule` field of the request body.
            clone_notifications: The `cloneNotifications` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Workflow

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/workflows/{encode_path(id)}/clone",
                json=WorkflowCloneParamsCreateRequest(
                    clone_schedule=clone_schedule, clone_notifications=clone_notifications
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        clone_schedule,
                        clone_notifications,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_clone,
        )

    def list_executions(
        self,
        id: int,
        *,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetWorkflowsIdExecutionsOrderDir | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[WorkflowExecutionSummary]:
        """List a workflow's executions.

        `GET /workflows/{id}/executions`

        Args:
            id: Object id.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `WorkflowExecutionSummary`: iterating it yields every item across pages, fetching
            them as needed; `iter_pages()` yields each page (its items, the parsed
            `list[WorkflowExecutionSummary]` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                f"/workflows/{encode_path(id)}/executions",
                params=query_params(
                    {
                        "limit": limit,
                        "page_num": page_num,
                        "order": order,
                        "order_dir": order_dir,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_executions,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    def post_executions(
        self,
        id: int,
        *,
        target_task: str | Unset = UNSET,
        input: PostWorkflowsIdExecutionsBodyInput | Mapping[str, Any] | Unset = UNSET,
        included_tasks: builtins.list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> WorkflowExecution:
        """Execute a workflow.

        `POST /workflows/{id}/executions`

        Args:
            id: Object id.
            target_task: For reverse workflows: the task to reach.
            input: Input values.
            included_tasks: Run only these tasks.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            WorkflowExecution

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/workflows/{encode_path(id)}/executions",
                json=PostWorkflowsIdExecutionsBody(
                    target_task=target_task,
                    input_=as_model(PostWorkflowsIdExecutionsBodyInput, input),
                    included_tasks=included_tasks,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_executions,
        )

    def get_executions(
        self,
        id: int,
        execution_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> WorkflowExecution:
        """Get a workflow execution.

        `GET /workflows/{id}/executions/{execution_id}`

        Args:
            id: Object id.
            execution_id: Execution id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            WorkflowExecution

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/workflows/{encode_path(id)}/executions/{encode_path(execution_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_executions,
        )

    def post_executions_cancel(
        self,
        id: int,
        execution_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> WorkflowExecution:
        """Stop a running workflow execution.

        `POST /workflows/{id}/executions/{execution_id}/cancel`

        Args:
            id: Object id.
            execution_id: Execution id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            WorkflowExecution

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/workflows/{encode_path(id)}/executions/{encode_path(execution_id)}/cancel",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_executions_cancel,
        )

    def post_executions_resume(
        self,
        id: int,
        execution_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> WorkflowExecution:
        """Post to workflows executions resume.

        `POST /workflows/{id}/executions/{execution_id}/resume`

        Args:
            id: The `id` path parameter.
            execution_id: The `execution_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            WorkflowExecution

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/workflows/{encode_path(id)}/executions/{encode_path(execution_id)}/resume",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_executions_resume,
        )

    def post_executions_retry(
        self,
        id: int,
        execution_id: int,
        *,
        task_name: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> WorkflowExecution:
        """Retry failed tasks of an execution.

        `POST /workflows/{id}/executions/{execution_id}/retry`

        Args:
            id: Object id.
            execution_id: Execution id.
            task_name: Retry only this task; all failed tasks when left out.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            WorkflowExecution

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/workflows/{encode_path(id)}/executions/{encode_path(execution_id)}/retry",
                json=PostWorkflowsIdExecutionsExecutionIdRetryBody(task_name=task_name).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_executions_retry,
        )


class WorkflowsResourceWithRawResponse:
    """`workflows` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: WorkflowsResource) -> None:
        self.list = to_raw_response(resource.list)
        self.post = to_raw_response(resource.post)
        self.get = to_raw_response(resource.get)
        self.put = to_raw_response(resource.put)
        self.patch = to_raw_response(resource.patch)
        self.list_shares = to_raw_response(resource.list_shares)
        self.put_shares_users = to_raw_response(resource.put_shares_users)
        self.delete_shares_users = to_raw_response(resource.delete_shares_users)
        self.put_shares_groups = to_raw_response(resource.put_shares_groups)
        self.delete_shares_groups = to_raw_response(resource.delete_shares_groups)
        self.put_archive = to_raw_response(resource.put_archive)
        self.list_projects = to_raw_response(resource.list_projects)
        self.put_projects = to_raw_response(resource.put_projects)
        self.delete_projects = to_raw_response(resource.delete_projects)
        self.post_clone = to_raw_response(resource.post_clone)
        self.list_executions = to_raw_response(resource.list_executions)
        self.post_executions = to_raw_response(resource.post_executions)
        self.get_executions = to_raw_response(resource.get_executions)
        self.post_executions_cancel = to_raw_response(resource.post_executions_cancel)
        self.post_executions_resume = to_raw_response(resource.post_executions_resume)
        self.post_executions_retry = to_raw_response(resource.post_executions_retry)


class AsyncWorkflowsResource:
    """Operations on `client.workflows`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncWorkflowsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncWorkflowsResourceWithRawResponse(self)

    def list(
        self,
        *,
        hidden: bool | Unset = UNSET,
        archived: str | Unset = UNSET,
        author: str | Unset = UNSET,
        state: list[str] | Unset = UNSET,
        scheduled: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetWorkflowsOrderDir | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[WorkflowSummary]:
        """List workflows.

        `GET /workflows/`

        Args:
            hidden: Return hidden (system-created) objects instead of visible ones.
            archived: `true`, `false` or `all`; default `false`.
            author: Comma-separated user ids whose objects to keep.
            state: States to keep.
            scheduled: Only scheduled workflows.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `WorkflowSummary`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[WorkflowSummary]` and
            the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/workflows/",
                params=query_params(
                    {
                        "hidden": hidden,
                        "archived": archived,
                        "author": author,
                        "state": state,
                        "scheduled": scheduled,
                        "limit": limit,
                        "page_num": page_num,
                        "order": order,
                        "order_dir": order_dir,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    async def post(
        self,
        name: str,
        *,
        description: str | Unset = UNSET,
        from_job_chain: int | Unset = UNSET,
        definition: str | Unset = UNSET,
        schedule: JobScheduleInput | Mapping[str, Any] | Unset = UNSET,
        allow_concurrent_executions: bool | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        notifications: WorkflowNotificationsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Workflow:
        """Create a workflow.

        `POST /workflows/`

        Args:
            name: The `name` field of the request body.
            description: The `description` field of the request body.
            from_job_chain: Build the workflow from this job's chain.
            definition: Workflow definition, in YAML.
            schedule: Schedule settings to store on a job; every field is optional.
            allow_concurrent_executions: The `allowConcurrentExecutions` field of the request body.
            time_zone: The `timeZone` field of the request body.
            hidden: The `hidden` field of the request body.
            notifications: The `notifications` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Workflow

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/workflows/",
                json=PostWorkflowsBody(
                    name=name,
                    description=description,
                    from_job_chain=from_job_chain,
                    definition=definition,
                    schedule=as_model(JobScheduleInput, schedule),
                    allow_concurrent_executions=allow_concurrent_executions,
                    time_zone=time_zone,
                    hidden=hidden,
                    notifications=as_model(WorkflowNotificationsCreateRequest, notifications),
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post,
        )

    async def get(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> Workflow:
        """Get a workflow.

        `GET /workflows/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Workflow

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/workflows/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get,
        )

    async def put(
        self,
        id: int,
        name: str,
        *,
        description: str | Unset = UNSET,
        definition: str | Unset = UNSET,
        schedule: JobScheduleCreateRequest | Mapping[str, Any] | Unset = UNSET,
        allow_concurrent_executions: bool | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        notifications: WorkflowNotificationsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Workflow:
        """Replace workflows.

        `PUT /workflows/{id}`

        Args:
            id: The `id` path parameter.
            name: The `name` field of the request body.
            description: The `description` field of the request body.
            definition: The `definition` field of the request body.
            schedule: The `schedule` field of the request body.
            allow_concurrent_executions: The `allowConcurrentExecutions` field of the request body.
            time_zone: The `timeZone` field of the request body.
            notifications: The `notifications` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Workflow

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/workflows/{encode_path(id)}",
                json=WorkflowUpdateRequest(
                    name=name,
                    description=description,
                    definition=definition,
                    schedule=as_model(JobScheduleCreateRequest, schedule),
                    allow_concurrent_executions=allow_concurrent_executions,
                    time_zone=time_zone,
                    notifications=as_model(WorkflowNotificationsCreateRequest, notifications),
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put,
        )

    async def patch(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        definition: str | Unset = UNSET,
        schedule: JobScheduleCreateRequest | Mapping[str, Any] | Unset = UNSET,
        allow_concurrent_executions: bool | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        notifications: WorkflowNotificationsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Workflow:
        """Update workflows.

        `PATCH /workflows/{id}`

        Args:
            id: The `id` path parameter.
            name: The `name` field of the request body.
            description: The `description` field of the request body.
            definition: The `definition` field of the request body.
            schedule: The `schedule` field of the request body.
            allow_concurrent_executions: The `allowConcurrentExecutions` field of the request body.
            time_zone: The `timeZone` field of the request body.
            notifications: The `notifications` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Workflow

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/workflows/{encode_path(id)}",
                json=WorkflowPatchRequest(
                    name=name,
                    description=description,
                    definition=definition,
                    schedule=as_model(JobScheduleCreateRequest, schedule),
                    allow_concurrent_executions=allow_concurrent_executions,
                    time_zone=time_zone,
                    notifications=as_model(WorkflowNotificationsCreateRequest, notifications),
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        name,
                        description,
                        definition,
                        schedule,
                        allow_concurrent_executions,
                        time_zone,
                        notifications,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_patch,
        )

    async def list_shares(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ShareIndex]:
        """List workflows shares.

        `GET /workflows/{id}/shares`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[ShareIndex]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/workflows/{encode_path(id)}/shares",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_shares,
        )

    async def put_shares_users(
        self,
        id: int,
        user_ids: builtins.list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace workflows shares users.

        `PUT /workflows/{id}/shares/users`

        Args:
            id: The `id` path parameter.
            user_ids: The `userIds` field of the request body.
            permission_level: The `permissionLevel` field of the request body.
            share_email_body: The `shareEmailBody` field of the request body.
            send_shared_email: The `sendSharedEmail` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ShareIndex

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/workflows/{encode_path(id)}/shares/users",
                json=ShareUsersUpdateRequest37(
                    user_ids=user_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_shares_users,
        )

    async def delete_shares_users(
        self,
        id: int,
        user_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete workflows shares users.

        `DELETE /workflows/{id}/shares/users/{user_id}`

        Args:
            id: The `id` path parameter.
            user_id: The `user_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/workflows/{encode_path(id)}/shares/users/{encode_path(user_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_shares_users,
        )

    async def put_shares_groups(
        self,
        id: int,
        group_ids: builtins.list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace workflows shares groups.

        `PUT /workflows/{id}/shares/groups`

        Args:
            id: The `id` path parameter.
            group_ids: The `groupIds` field of the request body.
            permission_level: The `permissionLevel` field of the request body.
            share_email_body: The `shareEmailBody` field of the request body.
            send_shared_email: The `sendSharedEmail` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ShareIndex

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/workflows/{encode_path(id)}/shares/groups",
                json=ShareGroupsUpdateRequest37(
                    group_ids=group_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_shares_groups,
        )

    async def delete_shares_groups(
        self,
        id: int,
        group_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete workflows shares groups.

        `DELETE /workflows/{id}/shares/groups/{group_id}`

        Args:
            id: The `id` path parameter.
            group_id: The `group_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/workflows/{encode_path(id)}/shares/groups/{encode_path(group_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_shares_groups,
        )

    async def put_archive(
        self,
        id: int,
        status: bool,
        *,
        request_options: RequestOptions | None = None,
    ) -> Workflow:
        """Replace workflows archive.

        `PUT /workflows/{id}/archive`

        Args:
            id: The `id` path parameter.
            status: The `status` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Workflow

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/workflows/{encode_path(id)}/archive",
                json=ArchiveUpdateRequest30(status=status).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_archive,
        )

    async def list_projects(
        self,
        id: int,
        *,
        hidden: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ProjectsProjectSummary]:
        """List workflows projects.

        `GET /workflows/{id}/projects`

        Args:
            id: The `id` path parameter.
            hidden: The `hidden` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[ProjectsProjectSummary]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/workflows/{encode_path(id)}/projects",
                params=query_params(
                    {
                        "hidden": hidden,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_projects,
        )

    async def put_projects(
        self,
        id: int,
        project_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Replace workflows projects.

        `PUT /workflows/{id}/projects/{project_id}`

        Args:
            id: The `id` path parameter.
            project_id: The `project_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/workflows/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_projects,
        )

    async def delete_projects(
        self,
        id: int,
        project_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete workflows projects.

        `DELETE /workflows/{id}/projects/{project_id}`

        Args:
            id: The `id` path parameter.
            project_id: The `project_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/workflows/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_projects,
        )

    async def post_clone(
        self,
        id: int,
        *,
        clone_schedule: bool | Unset = UNSET,
        clone_notifications: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Workflow:
        """Post to workflows clone.

        `POST /workflows/{id}/clone`

        Args:
            id: The `id` path parameter.
            clone_schedule: The `cloneSchedule` field of the request body.
            clone_notifications: The `cloneNotifications` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Workflow

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/workflows/{encode_path(id)}/clone",
                json=WorkflowCloneParamsCreateRequest(
                    clone_schedule=clone_schedule, clone_notifications=clone_notifications
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        clone_schedule,
                        clone_notifications,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_clone,
        )

    def list_executions(
        self,
        id: int,
        *,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetWorkflowsIdExecutionsOrderDir | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[WorkflowExecutionSummary]:
        """List a workflow's executions.

        `GET /workflows/{id}/executions`

        Args:
            id: Object id.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `WorkflowExecutionSummary`: iterating it yields every item across pages, fetching
            them as needed; `iter_pages()` yields each page (its items, the parsed
            `list[WorkflowExecutionSummary]` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                f"/workflows/{encode_path(id)}/executions",
                params=query_params(
                    {
                        "limit": limit,
                        "page_num": page_num,
                        "order": order,
                        "order_dir": order_dir,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_executions,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    async def post_executions(
        self,
        id: int,
        *,
        target_task: str | Unset = UNSET,
        input: PostWorkflowsIdExecutionsBodyInput | Mapping[str, Any] | Unset = UNSET,
        included_tasks: builtins.list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> WorkflowExecution:
        """Execute a workflow.

        `POST /workflows/{id}/executions`

        Args:
            id: Object id.
            target_task: For reverse workflows: the task to reach.
            input: Input values.
            included_tasks: Run only these tasks.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            WorkflowExecution

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/workflows/{encode_path(id)}/executions",
                json=PostWorkflowsIdExecutionsBody(
                    target_task=target_task,
                    input_=as_model(PostWorkflowsIdExecutionsBodyInput, input),
                    included_tasks=included_tasks,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_executions,
        )

    async def get_executions(
        self,
        id: int,
        execution_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> WorkflowExecution:
        """Get a workflow execution.

        `GET /workflows/{id}/executions/{execution_id}`

        Args:
            id: Object id.
            execution_id: Execution id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            WorkflowExecution

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/workflows/{encode_path(id)}/executions/{encode_path(execution_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_executions,
        )

    async def post_executions_cancel(
        self,
        id: int,
        execution_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> WorkflowExecution:
        """Stop a running workflow execution.

        `POST /workflows/{id}/executions/{execution_id}/cancel`

        Args:
            id: Object id.
            execution_id: Execution id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            WorkflowExecution

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/workflows/{encode_path(id)}/executions/{encode_path(execution_id)}/cancel",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_executions_cancel,
        )

    async def post_executions_resume(
        self,
        id: int,
        execution_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> WorkflowExecution:
        """Post to workflows executions resume.

        `POST /workflows/{id}/executions/{execution_id}/resume`

        Args:
            id: The `id` path parameter.
            execution_id: The `execution_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            WorkflowExecution

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/workflows/{encode_path(id)}/executions/{encode_path(execution_id)}/resume",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_executions_resume,
        )

    async def post_executions_retry(
        self,
        id: int,
        execution_id: int,
        *,
        task_name: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> WorkflowExecution:
        """Retry failed tasks of an execution.

        `POST /workflows/{id}/executions/{execution_id}/retry`

        Args:
            id: Object id.
            execution_id: Execution id.
            task_name: Retry only this task; all failed tasks when left out.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            WorkflowExecution

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/workflows/{encode_path(id)}/executions/{encode_path(execution_id)}/retry",
                json=PostWorkflowsIdExecutionsExecutionIdRetryBody(task_name=task_name).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_executions_retry,
        )


class AsyncWorkflowsResourceWithRawResponse:
    """`workflows` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncWorkflowsResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.post = to_async_raw_response(resource.post)
        self.get = to_async_raw_response(resource.get)
        self.put = to_async_raw_response(resource.put)
        self.patch = to_async_raw_response(resource.patch)
        self.list_shares = to_async_raw_response(resource.list_shares)
        self.put_shares_users = to_async_raw_response(resource.put_shares_users)
        self.delete_shares_users = to_async_raw_response(resource.delete_shares_users)
        self.put_shares_groups = to_async_raw_response(resource.put_shares_groups)
        self.delete_shares_groups = to_async_raw_response(resource.delete_shares_groups)
        self.put_archive = to_async_raw_response(resource.put_archive)
        self.list_projects = to_async_raw_response(resource.list_projects)
        self.put_projects = to_async_raw_response(resource.put_projects)
        self.delete_projects = to_async_raw_response(resource.delete_projects)
        self.post_clone = to_async_raw_response(resource.post_clone)
        self.list_executions = to_async_raw_response(resource.list_executions)
        self.post_executions = to_async_raw_response(resource.post_executions)
        self.get_executions = to_async_raw_response(resource.get_executions)
        self.post_executions_cancel = to_async_raw_response(resource.post_executions_cancel)
        self.post_executions_resume = to_async_raw_response(resource.post_executions_resume)
        self.post_executions_retry = to_async_raw_response(resource.post_executions_retry)
