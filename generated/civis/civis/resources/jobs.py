"""Operations on `client.jobs`."""

from __future__ import annotations

import builtins
from collections.abc import Callable
from functools import cached_property
from typing import Any

import httpx

from .. import models as _models
from .._core import _decode as decode
from .._core._encode import encode_path, query_params
from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.pagination import (
    AsyncPager,
    PageNumberStrategy,
    SyncPager,
)
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.error_model import Error
from ..models.get_jobs_order_dir import GetJobsOrderDir
from ..models.job import Job
from ..models.job_node import JobNode
from ..models.job_run import JobRun
from ..models.job_summary import JobSummary
from ..models.job_trigger_email import JobTriggerEmail
from ..models.projects_project_summary import ProjectsProjectSummary
from ..models.share_groups_update_request_10 import ShareGroupsUpdateRequest10
from ..models.share_index import ShareIndex
from ..models.share_users_update_request_10 import ShareUsersUpdateRequest10
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> list[JobSummary]:
    response_200 = decode.model_array(_models.JobSummary.from_dict, response.json())

    return response_200


def _parse_get(response: httpx.Response) -> Job:
    return Job.from_dict(response.json())


def _parse_post_trigger_email(response: httpx.Response) -> JobTriggerEmail:
    return JobTriggerEmail.from_dict(response.json())


def _parse_list_parents(response: httpx.Response) -> Job:
    return Job.from_dict(response.json())


def _parse_list_children(response: httpx.Response) -> JobNode:
    return JobNode.from_dict(response.json())


def _parse_post_runs(response: httpx.Response) -> JobRun:
    return JobRun.from_dict(response.json())


def _parse_get_runs(response: httpx.Response) -> JobRun:
    return JobRun.from_dict(response.json())


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


def _parse_list_projects(response: httpx.Response) -> list[ProjectsProjectSummary]:
    response_200 = decode.model_array(_models.ProjectsProjectSummary.from_dict, response.json())

    return response_200


def _parse_put_projects(response: httpx.Response) -> None:
    return None


def _parse_delete_projects(response: httpx.Response) -> None:
    return None


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Error.from_dict,
    401: Error.from_dict,
    403: Error.from_dict,
    404: Error.from_dict,
    429: Error.from_dict,
}


class JobsResource:
    """Operations on `client.jobs`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> JobsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return JobsResourceWithRawResponse(self)

    def list(
        self,
        *,
        state: str | Unset = UNSET,
        type: str | Unset = UNSET,
        q: str | Unset = UNSET,
        scheduled: bool | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        archived: str | Unset = UNSET,
        author: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetJobsOrderDir | Unset = UNSET,
        permission: str | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[JobSummary]:
        """List jobs.

        `GET /jobs/`

        Args:
            state: Comma-separated run states to keep.
            type: Comma-separated job kinds to keep.
            q: Search text for names.
            scheduled: Only scheduled (or unscheduled) jobs.
            hidden: Return hidden (system-created) objects instead of visible ones.
            archived: `true`, `false` or `all`; default `false`.
            author: Comma-separated user ids whose objects to keep.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            permission: The `permission` query parameter.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `JobSummary`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[JobSummary]` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/jobs/",
                params=query_params(
                    {
                        "state": state,
                        "type": type,
                        "q": q,
                        "scheduled": scheduled,
                        "hidden": hidden,
                        "archived": archived,
                        "author": author,
                        "limit": limit,
                        "page_num": page_num,
                        "order": order,
                        "order_dir": order_dir,
                        "permission": permission,
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

    def get(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> Job:
        """Get a job.

        `GET /jobs/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Job

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/jobs/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get,
        )

    def post_trigger_email(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> JobTriggerEmail:
        """Post to jobs trigger email.

        `POST /jobs/{id}/trigger_email`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobTriggerEmail

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/jobs/{encode_path(id)}/trigger_email",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_trigger_email,
        )

    def list_parents(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> Job:
        """List jobs parents.

        `GET /jobs/{id}/parents`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Job

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/jobs/{encode_path(id)}/parents",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_parents,
        )

    def list_children(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> JobNode:
        """Show the jobs this job triggers.

        `GET /jobs/{id}/children`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobNode

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/jobs/{encode_path(id)}/children",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_children,
        )

    def post_runs(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> JobRun:
        """Run a job.

        `POST /jobs/{id}/runs`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobRun

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/jobs/{encode_path(id)}/runs",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_runs,
        )

    def get_runs(
        self,
        id: int,
        run_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> JobRun:
        """Get a job run.

        `GET /jobs/{id}/runs/{run_id}`

        Args:
            id: Object id.
            run_id: Run id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobRun

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/jobs/{encode_path(id)}/runs/{encode_path(run_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_runs,
        )

    def list_shares(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ShareIndex]:
        """List jobs shares.

        `GET /jobs/{id}/shares`

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
                f"/jobs/{encode_path(id)}/shares",
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
        """Replace jobs shares users.

        `PUT /jobs/{id}/shares/users`

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
                f"/jobs/{encode_path(id)}/shares/users",
                json=ShareUsersUpdateRequest10(
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
        """Delete jobs shares users.

        `DELETE /jobs/{id}/shares/users/{user_id}`

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
                f"/jobs/{encode_path(id)}/shares/users/{encode_path(user_id)}",
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
        """Replace jobs shares groups.

        `PUT /jobs/{id}/shares/groups`

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
                f"/jobs/{encode_path(id)}/shares/groups",
                json=ShareGroupsUpdateRequest10(
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
        """Delete jobs shares groups.

        `DELETE /jobs/{id}/shares/groups/{group_id}`

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
                f"/jobs/{encode_path(id)}/shares/groups/{encode_path(group_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_shares_groups,
        )

    def list_projects(
        self,
        id: int,
        *,
        hidden: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ProjectsProjectSummary]:
        """List jobs projects.

        `GET /jobs/{id}/projects`

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
                f"/jobs/{encode_path(id)}/projects",
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
        """Replace jobs projects.

        `PUT /jobs/{id}/projects/{project_id}`

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
                f"/jobs/{encode_path(id)}/projects/{encode_path(project_id)}",
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
        """Delete jobs projects.

        `DELETE /jobs/{id}/projects/{project_id}`

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
                f"/jobs/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_projects,
        )


class JobsResourceWithRawResponse:
    """`jobs` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: JobsResource) -> None:
        self.list = to_raw_response(resource.list)
        self.get = to_raw_response(resource.get)
        self.post_trigger_email = to_raw_response(resource.post_trigger_email)
        self.list_parents = to_raw_response(resource.list_parents)
        self.list_children = to_raw_response(resource.list_children)
        self.post_runs = to_raw_response(resource.post_runs)
        self.get_runs = to_raw_response(resource.get_runs)
        self.list_shares = to_raw_response(resource.list_shares)
        self.put_shares_users = to_raw_response(resource.put_shares_users)
        self.delete_shares_users = to_raw_response(resource.delete_shares_users)
        self.put_shares_groups = to_raw_response(resource.put_shares_groups)
        self.delete_shares_groups = to_raw_response(resource.delete_shares_groups)
        self.list_projects = to_raw_response(resource.list_projects)
        self.put_projects = to_raw_response(resource.put_projects)
        self.delete_projects = to_raw_response(resource.delete_projects)


class AsyncJobsResource:
    """Operations on `client.jobs`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncJobsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncJobsResourceWithRawResponse(self)

    def list(
        self,
        *,
        state: str | Unset = UNSET,
        type: str | Unset = UNSET,
        q: str | Unset = UNSET,
        scheduled: bool | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        archived: str | Unset = UNSET,
        author: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetJobsOrderDir | Unset = UNSET,
        permission: str | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[JobSummary]:
        """List jobs.

        `GET /jobs/`

        Args:
            state: Comma-separated run states to keep.
            type: Comma-separated job kinds to keep.
            q: Search text for names.
            scheduled: Only scheduled (or unscheduled) jobs.
            hidden: Return hidden (system-created) objects instead of visible ones.
            archived: `true`, `false` or `all`; default `false`.
            author: Comma-separated user ids whose objects to keep.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            permission: The `permission` query parameter.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `JobSummary`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[JobSummary]` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/jobs/",
                params=query_params(
                    {
                        "state": state,
                        "type": type,
                        "q": q,
                        "scheduled": scheduled,
                        "hidden": hidden,
                        "archived": archived,
                        "author": author,
                        "limit": limit,
                        "page_num": page_num,
                        "order": order,
                        "order_dir": order_dir,
                        "permission": permission,
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

    async def get(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> Job:
        """Get a job.

        `GET /jobs/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Job

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/jobs/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get,
        )

    async def post_trigger_email(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> JobTriggerEmail:
        """Post to jobs trigger email.

        `POST /jobs/{id}/trigger_email`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobTriggerEmail

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/jobs/{encode_path(id)}/trigger_email",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_trigger_email,
        )

    async def list_parents(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> Job:
        """List jobs parents.

        `GET /jobs/{id}/parents`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Job

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/jobs/{encode_path(id)}/parents",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_parents,
        )

    async def list_children(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> JobNode:
        """Show the jobs this job triggers.

        `GET /jobs/{id}/children`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobNode

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/jobs/{encode_path(id)}/children",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_children,
        )

    async def post_runs(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> JobRun:
        """Run a job.

        `POST /jobs/{id}/runs`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobRun

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/jobs/{encode_path(id)}/runs",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_runs,
        )

    async def get_runs(
        self,
        id: int,
        run_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> JobRun:
        """Get a job run.

        `GET /jobs/{id}/runs/{run_id}`

        Args:
            id: Object id.
            run_id: Run id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobRun

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/jobs/{encode_path(id)}/runs/{encode_path(run_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_runs,
        )

    async def list_shares(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ShareIndex]:
        """List jobs shares.

        `GET /jobs/{id}/shares`

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
                f"/jobs/{encode_path(id)}/shares",
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
        """Replace jobs shares users.

        `PUT /jobs/{id}/shares/users`

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
                f"/jobs/{encode_path(id)}/shares/users",
                json=ShareUsersUpdateRequest10(
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
        """Delete jobs shares users.

        `DELETE /jobs/{id}/shares/users/{user_id}`

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
                f"/jobs/{encode_path(id)}/shares/users/{encode_path(user_id)}",
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
        """Replace jobs shares groups.

        `PUT /jobs/{id}/shares/groups`

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
                f"/jobs/{encode_path(id)}/shares/groups",
                json=ShareGroupsUpdateRequest10(
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
        """Delete jobs shares groups.

        `DELETE /jobs/{id}/shares/groups/{group_id}`

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
                f"/jobs/{encode_path(id)}/shares/groups/{encode_path(group_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_shares_groups,
        )

    async def list_projects(
        self,
        id: int,
        *,
        hidden: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ProjectsProjectSummary]:
        """List jobs projects.

        `GET /jobs/{id}/projects`

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
                f"/jobs/{encode_path(id)}/projects",
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
        """Replace jobs projects.

        `PUT /jobs/{id}/projects/{project_id}`

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
                f"/jobs/{encode_path(id)}/projects/{encode_path(project_id)}",
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
        """Delete jobs projects.

        `DELETE /jobs/{id}/projects/{project_id}`

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
                f"/jobs/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_projects,
        )


class AsyncJobsResourceWithRawResponse:
    """`jobs` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncJobsResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.get = to_async_raw_response(resource.get)
        self.post_trigger_email = to_async_raw_response(resource.post_trigger_email)
        self.list_parents = to_async_raw_response(resource.list_parents)
        self.list_children = to_async_raw_response(resource.list_children)
        self.post_runs = to_async_raw_response(resource.post_runs)
        self.get_runs = to_async_raw_response(resource.get_runs)
        self.list_shares = to_async_raw_response(resource.list_shares)
        self.put_shares_users = to_async_raw_response(resource.put_shares_users)
        self.delete_shares_users = to_async_raw_response(resource.delete_shares_users)
        self.put_shares_groups = to_async_raw_response(resource.put_shares_groups)
        self.delete_shares_groups = to_async_raw_response(resource.delete_shares_groups)
        self.list_projects = to_async_raw_response(resource.list_projects)
        self.put_projects = to_async_raw_response(resource.put_projects)
        self.delete_projects = to_async_raw_response(resource.delete_projects)
