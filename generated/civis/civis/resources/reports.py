"""Operations on `client.reports`."""

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
from ..models.archive_update_request_18 import ArchiveUpdateRequest18
from ..models.error_model import Error
from ..models.get_reports_order_dir import GetReportsOrderDir
from ..models.patch_reports_id_snapshots_body import PatchReportsIdSnapshotsBody
from ..models.patch_reports_id_snapshots_body_schedule import PatchReportsIdSnapshotsBodySchedule
from ..models.post_reports_id_snapshots_body import PostReportsIdSnapshotsBody
from ..models.post_reports_id_snapshots_body_schedule import PostReportsIdSnapshotsBodySchedule
from ..models.projects_project_summary import ProjectsProjectSummary
from ..models.put_reports_solutions_id_shares_groups_body import PutReportsSolutionsIdSharesGroupsBody
from ..models.put_reports_solutions_id_shares_users_body import PutReportsSolutionsIdSharesUsersBody
from ..models.record import Record
from ..models.report import Report
from ..models.report_create_create_request import ReportCreateCreateRequest
from ..models.report_create_create_request_app_state import ReportCreateCreateRequestAppState
from ..models.report_detail import ReportDetail
from ..models.report_summary import ReportSummary
from ..models.report_update_patch_request import ReportUpdatePatchRequest
from ..models.report_update_patch_request_app_state import ReportUpdatePatchRequestAppState
from ..models.share_groups_update_request_22 import ShareGroupsUpdateRequest22
from ..models.share_index import ShareIndex
from ..models.share_users_update_request_22 import ShareUsersUpdateRequest22
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> list[ReportSummary]:
    response_200 = decode.model_array(_models.ReportSummary.from_dict, response.json())

    return response_200


def _parse_post(response: httpx.Response) -> ReportDetail:
    return ReportDetail.from_dict(response.json())


def _parse_get(response: httpx.Response) -> Report:
    return Report.from_dict(response.json())


def _parse_patch(response: httpx.Response) -> ReportDetail:
    return ReportDetail.from_dict(response.json())


def _parse_post_grants(response: httpx.Response) -> ReportDetail:
    return ReportDetail.from_dict(response.json())


def _parse_delete_grants(response: httpx.Response) -> None:
    return None


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


def _parse_put_archive(response: httpx.Response) -> ReportDetail:
    return ReportDetail.from_dict(response.json())


def _parse_delete_solutions_shares_groups(response: httpx.Response) -> None:
    return None


def _parse_delete_solutions_shares_users(response: httpx.Response) -> None:
    return None


def _parse_get_solutions(response: httpx.Response) -> Record:
    return Record.from_dict(response.json())


def _parse_list_snapshots(response: httpx.Response) -> list[Record]:
    response_200 = decode.model_array(_models.Record.from_dict, response.json())

    return response_200


def _parse_post_snapshots(response: httpx.Response) -> Record:
    return Record.from_dict(response.json())


def _parse_patch_snapshots(response: httpx.Response) -> Record:
    return Record.from_dict(response.json())


def _parse_list_solutions_shares(response: httpx.Response) -> list[Record]:
    response_200 = decode.model_array(_models.Record.from_dict, response.json())

    return response_200


def _parse_put_solutions_shares_groups(response: httpx.Response) -> Record:
    return Record.from_dict(response.json())


def _parse_put_solutions_shares_users(response: httpx.Response) -> Record:
    return Record.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Error.from_dict,
    401: Error.from_dict,
    403: Error.from_dict,
    404: Error.from_dict,
    429: Error.from_dict,
}


class ReportsResource:
    """Operations on `client.reports`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ReportsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return ReportsResourceWithRawResponse(self)

    def list(
        self,
        *,
        type: str | Unset = UNSET,
        template_id: int | Unset = UNSET,
        author: str | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        archived: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetReportsOrderDir | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[ReportSummary]:
        """List reports.

        `GET /reports/`

        Args:
            type: Only this report kind.
            template_id: Only reports from this template.
            author: Comma-separated user ids whose objects to keep.
            hidden: Return hidden (system-created) objects instead of visible ones.
            archived: `true`, `false` or `all`; default `false`.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `ReportSummary`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[ReportSummary]` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/reports/",
                params=query_params(
                    {
                        "type": type,
                        "template_id": template_id,
                        "author": author,
                        "hidden": hidden,
                        "archived": archived,
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
        *,
        script_id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        code_body: str | Unset = UNSET,
        app_state: ReportCreateCreateRequestAppState | Mapping[str, Any] | Unset = UNSET,
        provide_api_key: bool | Unset = UNSET,
        template_id: int | Unset = UNSET,
        description: str | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ReportDetail:
        """Post to reports.

        `POST /reports/`

        Args:
            script_id: The `scriptId` field of the request body.
            name: The `name` field of the request body.
            code_body: The `codeBody` field of the request body.
            app_state: The `appState` field of the request body.
            provide_api_key: The `provideAPIKey` field of the request body.
            template_id: The `templateId` field of the request body.
            description: The `description` field of the request body.
            hidden: The `hidden` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ReportDetail

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/reports/",
                json=ReportCreateCreateRequest(
                    script_id=script_id,
                    name=name,
                    code_body=code_body,
                    app_state=as_model(ReportCreateCreateRequestAppState, app_state),
                    provide_api_key=provide_api_key,
                    template_id=template_id,
                    description=description,
                    hidden=hidden,
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        script_id,
                        name,
                        code_body,
                        app_state,
                        provide_api_key,
                        template_id,
                        description,
                        hidden,
                    )
                )
                else UNSET,
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
    ) -> Report:
        """Get one of the reports.

        `GET /reports/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Report

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/reports/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get,
        )

    def patch(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        script_id: int | Unset = UNSET,
        code_body: str | Unset = UNSET,
        config: str | Unset = UNSET,
        app_state: ReportUpdatePatchRequestAppState | Mapping[str, Any] | Unset = UNSET,
        provide_api_key: bool | Unset = UNSET,
        template_id: int | Unset = UNSET,
        use_viewers_tableau_username: bool | Unset = UNSET,
        description: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ReportDetail:
        """Update reports.

        `PATCH /reports/{id}`

        Args:
            id: The `id` path parameter.
            name: The `name` field of the request body.
            script_id: The `scriptId` field of the request body.
            code_body: The `codeBody` field of the request body.
            config: The `config` field of the request body.
            app_state: The `appState` field of the request body.
            provide_api_key: The `provideAPIKey` field of the request body.
            template_id: The `templateId` field of the request body.
            use_viewers_tableau_username: The `useViewersTableauUsername` field of the request body.
            description: The `description` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ReportDetail

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/reports/{encode_path(id)}",
                json=ReportUpdatePatchRequest(
                    name=name,
                    script_id=script_id,
                    code_body=code_body,
                    config=config,
                    app_state=as_model(ReportUpdatePatchRequestAppState, app_state),
                    provide_api_key=provide_api_key,
                    template_id=template_id,
                    use_viewers_tableau_username=use_viewers_tableau_username,
                    description=description,
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        name,
                        script_id,
                        code_body,
                        config,
                        app_state,
                        provide_api_key,
                        template_id,
                        use_viewers_tableau_username,
                        description,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_patch,
        )

    def post_grants(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> ReportDetail:
        """Post to reports grants.

        `POST /reports/{id}/grants`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ReportDetail

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/reports/{encode_path(id)}/grants",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_grants,
        )

    def delete_grants(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete reports grants.

        `DELETE /reports/{id}/grants`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/reports/{encode_path(id)}/grants",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_grants,
        )

    def list_shares(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ShareIndex]:
        """List reports shares.

        `GET /reports/{id}/shares`

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
                f"/reports/{encode_path(id)}/shares",
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
        """Replace reports shares users.

        `PUT /reports/{id}/shares/users`

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
                f"/reports/{encode_path(id)}/shares/users",
                json=ShareUsersUpdateRequest22(
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
        """Delete reports shares users.

        `DELETE /reports/{id}/shares/users/{user_id}`

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
                f"/reports/{encode_path(id)}/shares/users/{encode_path(user_id)}",
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
        """Replace reports shares groups.

        `PUT /reports/{id}/shares/groups`

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
                f"/reports/{encode_path(id)}/shares/groups",
                json=ShareGroupsUpdateRequest22(
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
        """Delete reports shares groups.

        `DELETE /reports/{id}/shares/groups/{group_id}`

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
                f"/reports/{encode_path(id)}/shares/groups/{encode_path(group_id)}",
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
        """List reports projects.

        `GET /reports/{id}/projects`

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
                f"/reports/{encode_path(id)}/projects",
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
        """Replace reports projects.

        `PUT /reports/{id}/projects/{project_id}`

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
                f"/reports/{encode_path(id)}/projects/{encode_path(project_id)}",
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
        """Delete reports projects.

        `DELETE /reports/{id}/projects/{project_id}`

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
                f"/reports/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_projects,
        )

    def put_archive(
        self,
        id: int,
        status: bool,
        *,
        request_options: RequestOptions | None = None,
    ) -> ReportDetail:
        """Replace reports archive.

        `PUT /reports/{id}/archive`

        Args:
            id: The `id` path parameter.
            status: The `status` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ReportDetail

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/reports/{encode_path(id)}/archive",
                json=ArchiveUpdateRequest18(status=status).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_archive,
        )

    def delete_solutions_shares_groups(
        self,
        id: str,
        group_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove reports solutions shares groups.

        Documented by the previous client; absent from the current published API description.

        `DELETE /reports/solutions/{id}/shares/groups/{group_id}`

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
                f"/reports/solutions/{encode_path(id)}/shares/groups/{encode_path(group_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_solutions_shares_groups,
        )

    def delete_solutions_shares_users(
        self,
        id: str,
        user_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove reports solutions shares users.

        Documented by the previous client; absent from the current published API description.

        `DELETE /reports/solutions/{id}/shares/users/{user_id}`

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
                f"/reports/solutions/{encode_path(id)}/shares/users/{encode_path(user_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_solutions_shares_users,
        )

    def get_solutions(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Get reports solutions.

        Documented by the previous client; absent from the current published API description.

        `GET /reports/solutions/{id}`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Record

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/reports/solutions/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_solutions,
        )

    def list_snapshots(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[Record]:
        """List reports snapshots.

        Documented by the previous client; absent from the current published API description.

        `GET /reports/{id}/snapshots`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[Record]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/reports/{encode_path(id)}/snapshots",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_snapshots,
        )

    def post_snapshots(
        self,
        id: int,
        *,
        state: str | Unset = UNSET,
        finished_at: str | Unset = UNSET,
        send_email_on_completion: bool | Unset = UNSET,
        email_template: str | Unset = UNSET,
        recipient_email_addresses: str | Unset = UNSET,
        email_subject: str | Unset = UNSET,
        height: int | Unset = UNSET,
        width: int | Unset = UNSET,
        schedule: PostReportsIdSnapshotsBodySchedule | Mapping[str, Any] | Unset = UNSET,
        parent_id: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Create reports snapshots.

        Documented by the previous client; absent from the current published API description.

        `POST /reports/{id}/snapshots`

        Args:
            id: The `id` path parameter.
            state: The `state` field of the request body.
            finished_at: The `finishedAt` field of the request body.
            send_email_on_completion: The `sendEmailOnCompletion` field of the request body.
            email_template: The `emailTemplate` field of the request body.
            recipient_email_addresses: The `recipientEmailAddresses` field of the request body.
            email_subject: The `emailSubject` field of the request body.
            height: The `height` field of the request body.
            width: The `width` field of the request body.
            schedule: The `schedule` field of the request body.
            parent_id: The `parentId` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Record

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/reports/{encode_path(id)}/snapshots",
                json=PostReportsIdSnapshotsBody(
                    state=state,
                    finished_at=finished_at,
                    send_email_on_completion=send_email_on_completion,
                    email_template=email_template,
                    recipient_email_addresses=recipient_email_addresses,
                    email_subject=email_subject,
                    height=height,
                    width=width,
                    schedule=as_model(PostReportsIdSnapshotsBodySchedule, schedule),
                    parent_id=parent_id,
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        state,
                        finished_at,
                        send_email_on_completion,
                        email_template,
                        recipient_email_addresses,
                        email_subject,
                        height,
                        width,
                        schedule,
                        parent_id,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_snapshots,
        )

    def patch_snapshots(
        self,
        id: int,
        *,
        state: str | Unset = UNSET,
        finished_at: str | Unset = UNSET,
        send_email_on_completion: bool | Unset = UNSET,
        email_template: str | Unset = UNSET,
        recipient_email_addresses: str | Unset = UNSET,
        email_subject: str | Unset = UNSET,
        height: int | Unset = UNSET,
        width: int | Unset = UNSET,
        schedule: PatchReportsIdSnapshotsBodySchedule | Mapping[str, Any] | Unset = UNSET,
        parent_id: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Update reports snapshots.

        Documented by the previous client; absent from the current published API description.

        `PATCH /reports/{id}/snapshots`

        Args:
            id: The `id` path parameter.
            state: The `state` field of the request body.
            finished_at: The `finishedAt` field of the request body.
            send_email_on_completion: The `sendEmailOnCompletion` field of the request body.
            email_template: The `emailTemplate` field of the request body.
            recipient_email_addresses: The `recipientEmailAddresses` field of the request body.
            email_subject: The `emailSubject` field of the request body.
            height: The `height` field of the request body.
            width: The `width` field of the request body.
            schedule: The `schedule` field of the request body.
            parent_id: The `parentId` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Record

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/reports/{encode_path(id)}/snapshots",
                json=PatchReportsIdSnapshotsBody(
                    state=state,
                    finished_at=finished_at,
                    send_email_on_completion=send_email_on_completion,
                    email_template=email_template,
                    recipient_email_addresses=recipient_email_addresses,
                    email_subject=email_subject,
                    height=height,
                    width=width,
                    schedule=as_model(PatchReportsIdSnapshotsBodySchedule, schedule),
                    parent_id=parent_id,
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        state,
                        finished_at,
                        send_email_on_completion,
                        email_template,
                        recipient_email_addresses,
                        email_subject,
                        height,
                        width,
                        schedule,
                        parent_id,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_patch_snapshots,
        )

    def list_solutions_shares(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[Record]:
        """List reports solutions shares.

        Documented by the previous client; absent from the current published API description.

        `GET /reports/solutions/{id}/shares`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[Record]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/reports/solutions/{encode_path(id)}/shares",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_solutions_shares,
        )

    def put_solutions_shares_groups(
        self,
        id: str,
        group_ids: builtins.list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Set reports solutions shares groups.

        Documented by the previous client; absent from the current published API description.

        `PUT /reports/solutions/{id}/shares/groups`

        Args:
            id: The `id` path parameter.
            group_ids: The `groupIds` field of the request body.
            permission_level: The `permissionLevel` field of the request body.
            share_email_body: The `shareEmailBody` field of the request body.
            send_shared_email: The `sendSharedEmail` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Record

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/reports/solutions/{encode_path(id)}/shares/groups",
                json=PutReportsSolutionsIdSharesGroupsBody(
                    group_ids=group_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_solutions_shares_groups,
        )

    def put_solutions_shares_users(
        self,
        id: int,
        user_ids: builtins.list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Set reports solutions shares users.

        Documented by the previous client; absent from the current published API description.

        `PUT /reports/solutions/{id}/shares/users`

        Args:
            id: The `id` path parameter.
            user_ids: The `userIds` field of the request body.
            permission_level: The `permissionLevel` field of the request body.
            share_email_body: The `shareEmailBody` field of the request body.
            send_shared_email: The `sendSharedEmail` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Record

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/reports/solutions/{encode_path(id)}/shares/users",
                json=PutReportsSolutionsIdSharesUsersBody(
                    user_ids=user_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_solutions_shares_users,
        )


class ReportsResourceWithRawResponse:
    """`reports` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: ReportsResource) -> None:
        self.list = to_raw_response(resource.list)
        self.post = to_raw_response(resource.post)
        self.get = to_raw_response(resource.get)
        self.patch = to_raw_response(resource.patch)
        self.post_grants = to_raw_response(resource.post_grants)
        self.delete_grants = to_raw_response(resource.delete_grants)
        self.list_shares = to_raw_response(resource.list_shares)
        self.put_shares_users = to_raw_response(resource.put_shares_users)
        self.delete_shares_users = to_raw_response(resource.delete_shares_users)
        self.put_shares_groups = to_raw_response(resource.put_shares_groups)
        self.delete_shares_groups = to_raw_response(resource.delete_shares_groups)
        self.list_projects = to_raw_response(resource.list_projects)
        self.put_projects = to_raw_response(resource.put_projects)
        self.delete_projects = to_raw_response(resource.delete_projects)
        self.put_archive = to_raw_response(resource.put_archive)
        self.delete_solutions_shares_groups = to_raw_response(resource.delete_solutions_shares_groups)
        self.delete_solutions_shares_users = to_raw_response(resource.delete_solutions_shares_users)
        self.get_solutions = to_raw_response(resource.get_solutions)
        self.list_snapshots = to_raw_response(resource.list_snapshots)
        self.post_snapshots = to_raw_response(resource.post_snapshots)
        self.patch_snapshots = to_raw_response(resource.patch_snapshots)
        self.list_solutions_shares = to_raw_response(resource.list_solutions_shares)
        self.put_solutions_shares_groups = to_raw_response(resource.put_solutions_shares_groups)
        self.put_solutions_shares_users = to_raw_response(resource.put_solutions_shares_users)


class AsyncReportsResource:
    """Operations on `client.reports`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncReportsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncReportsResourceWithRawResponse(self)

    def list(
        self,
        *,
        type: str | Unset = UNSET,
        template_id: int | Unset = UNSET,
        author: str | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        archived: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetReportsOrderDir | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[ReportSummary]:
        """List reports.

        `GET /reports/`

        Args:
            type: Only this report kind.
            template_id: Only reports from this template.
            author: Comma-separated user ids whose objects to keep.
            hidden: Return hidden (system-created) objects instead of visible ones.
            archived: `true`, `false` or `all`; default `false`.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `ReportSummary`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[ReportSummary]` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/reports/",
                params=query_params(
                    {
                        "type": type,
                        "template_id": template_id,
                        "author": author,
                        "hidden": hidden,
                        "archived": archived,
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
        *,
        script_id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        code_body: str | Unset = UNSET,
        app_state: ReportCreateCreateRequestAppState | Mapping[str, Any] | Unset = UNSET,
        provide_api_key: bool | Unset = UNSET,
        template_id: int | Unset = UNSET,
        description: str | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ReportDetail:
        """Post to reports.

        `POST /reports/`

        Args:
            script_id: The `scriptId` field of the request body.
            name: The `name` field of the request body.
            code_body: The `codeBody` field of the request body.
            app_state: The `appState` field of the request body.
            provide_api_key: The `provideAPIKey` field of the request body.
            template_id: The `templateId` field of the request body.
            description: The `description` field of the request body.
            hidden: The `hidden` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ReportDetail

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/reports/",
                json=ReportCreateCreateRequest(
                    script_id=script_id,
                    name=name,
                    code_body=code_body,
                    app_state=as_model(ReportCreateCreateRequestAppState, app_state),
                    provide_api_key=provide_api_key,
                    template_id=template_id,
                    description=description,
                    hidden=hidden,
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        script_id,
                        name,
                        code_body,
                        app_state,
                        provide_api_key,
                        template_id,
                        description,
                        hidden,
                    )
                )
                else UNSET,
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
    ) -> Report:
        """Get one of the reports.

        `GET /reports/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Report

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/reports/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get,
        )

    async def patch(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        script_id: int | Unset = UNSET,
        code_body: str | Unset = UNSET,
        config: str | Unset = UNSET,
        app_state: ReportUpdatePatchRequestAppState | Mapping[str, Any] | Unset = UNSET,
        provide_api_key: bool | Unset = UNSET,
        template_id: int | Unset = UNSET,
        use_viewers_tableau_username: bool | Unset = UNSET,
        description: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ReportDetail:
        """Update reports.

        `PATCH /reports/{id}`

        Args:
            id: The `id` path parameter.
            name: The `name` field of the request body.
            script_id: The `scriptId` field of the request body.
            code_body: The `codeBody` field of the request body.
            config: The `config` field of the request body.
            app_state: The `appState` field of the request body.
            provide_api_key: The `provideAPIKey` field of the request body.
            template_id: The `templateId` field of the request body.
            use_viewers_tableau_username: The `useViewersTableauUsername` field of the request body.
            description: The `description` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ReportDetail

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/reports/{encode_path(id)}",
                json=ReportUpdatePatchRequest(
                    name=name,
                    script_id=script_id,
                    code_body=code_body,
                    config=config,
                    app_state=as_model(ReportUpdatePatchRequestAppState, app_state),
                    provide_api_key=provide_api_key,
                    template_id=template_id,
                    use_viewers_tableau_username=use_viewers_tableau_username,
                    description=description,
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        name,
                        script_id,
                        code_body,
                        config,
                        app_state,
                        provide_api_key,
                        template_id,
                        use_viewers_tableau_username,
                        description,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_patch,
        )

    async def post_grants(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> ReportDetail:
        """Post to reports grants.

        `POST /reports/{id}/grants`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ReportDetail

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/reports/{encode_path(id)}/grants",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_grants,
        )

    async def delete_grants(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete reports grants.

        `DELETE /reports/{id}/grants`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/reports/{encode_path(id)}/grants",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_grants,
        )

    async def list_shares(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ShareIndex]:
        """List reports shares.

        `GET /reports/{id}/shares`

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
                f"/reports/{encode_path(id)}/shares",
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
        """Replace reports shares users.

        `PUT /reports/{id}/shares/users`

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
                f"/reports/{encode_path(id)}/shares/users",
                json=ShareUsersUpdateRequest22(
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
        """Delete reports shares users.

        `DELETE /reports/{id}/shares/users/{user_id}`

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
                f"/reports/{encode_path(id)}/shares/users/{encode_path(user_id)}",
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
        """Replace reports shares groups.

        `PUT /reports/{id}/shares/groups`

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
                f"/reports/{encode_path(id)}/shares/groups",
                json=ShareGroupsUpdateRequest22(
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
        """Delete reports shares groups.

        `DELETE /reports/{id}/shares/groups/{group_id}`

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
                f"/reports/{encode_path(id)}/shares/groups/{encode_path(group_id)}",
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
        """List reports projects.

        `GET /reports/{id}/projects`

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
                f"/reports/{encode_path(id)}/projects",
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
        """Replace reports projects.

        `PUT /reports/{id}/projects/{project_id}`

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
                f"/reports/{encode_path(id)}/projects/{encode_path(project_id)}",
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
        """Delete reports projects.

        `DELETE /reports/{id}/projects/{project_id}`

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
                f"/reports/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_projects,
        )

    async def put_archive(
        self,
        id: int,
        status: bool,
        *,
        request_options: RequestOptions | None = None,
    ) -> ReportDetail:
        """Replace reports archive.

        `PUT /reports/{id}/archive`

        Args:
            id: The `id` path parameter.
            status: The `status` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ReportDetail

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/reports/{encode_path(id)}/archive",
                json=ArchiveUpdateRequest18(status=status).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_archive,
        )

    async def delete_solutions_shares_groups(
        self,
        id: str,
        group_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove reports solutions shares groups.

        Documented by the previous client; absent from the current published API description.

        `DELETE /reports/solutions/{id}/shares/groups/{group_id}`

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
                f"/reports/solutions/{encode_path(id)}/shares/groups/{encode_path(group_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_solutions_shares_groups,
        )

    async def delete_solutions_shares_users(
        self,
        id: str,
        user_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove reports solutions shares users.

        Documented by the previous client; absent from the current published API description.

        `DELETE /reports/solutions/{id}/shares/users/{user_id}`

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
                f"/reports/solutions/{encode_path(id)}/shares/users/{encode_path(user_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_solutions_shares_users,
        )

    async def get_solutions(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Get reports solutions.

        Documented by the previous client; absent from the current published API description.

        `GET /reports/solutions/{id}`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Record

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/reports/solutions/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_solutions,
        )

    async def list_snapshots(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[Record]:
        """List reports snapshots.

        Documented by the previous client; absent from the current published API description.

        `GET /reports/{id}/snapshots`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[Record]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/reports/{encode_path(id)}/snapshots",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_snapshots,
        )

    async def post_snapshots(
        self,
        id: int,
        *,
        state: str | Unset = UNSET,
        finished_at: str | Unset = UNSET,
        send_email_on_completion: bool | Unset = UNSET,
        email_template: str | Unset = UNSET,
        recipient_email_addresses: str | Unset = UNSET,
        email_subject: str | Unset = UNSET,
        height: int | Unset = UNSET,
        width: int | Unset = UNSET,
        schedule: PostReportsIdSnapshotsBodySchedule | Mapping[str, Any] | Unset = UNSET,
        parent_id: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Create reports snapshots.

        Documented by the previous client; absent from the current published API description.

        `POST /reports/{id}/snapshots`

        Args:
            id: The `id` path parameter.
            state: The `state` field of the request body.
            finished_at: The `finishedAt` field of the request body.
            send_email_on_completion: The `sendEmailOnCompletion` field of the request body.
            email_template: The `emailTemplate` field of the request body.
            recipient_email_addresses: The `recipientEmailAddresses` field of the request body.
            email_subject: The `emailSubject` field of the request body.
            height: The `height` field of the request body.
            width: The `width` field of the request body.
            schedule: The `schedule` field of the request body.
            parent_id: The `parentId` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Record

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/reports/{encode_path(id)}/snapshots",
                json=PostReportsIdSnapshotsBody(
                    state=state,
                    finished_at=finished_at,
                    send_email_on_completion=send_email_on_completion,
                    email_template=email_template,
                    recipient_email_addresses=recipient_email_addresses,
                    email_subject=email_subject,
                    height=height,
                    width=width,
                    schedule=as_model(PostReportsIdSnapshotsBodySchedule, schedule),
                    parent_id=parent_id,
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        state,
                        finished_at,
                        send_email_on_completion,
                        email_template,
                        recipient_email_addresses,
                        email_subject,
                        height,
                        width,
                        schedule,
                        parent_id,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_snapshots,
        )

    async def patch_snapshots(
        self,
        id: int,
        *,
        state: str | Unset = UNSET,
        finished_at: str | Unset = UNSET,
        send_email_on_completion: bool | Unset = UNSET,
        email_template: str | Unset = UNSET,
        recipient_email_addresses: str | Unset = UNSET,
        email_subject: str | Unset = UNSET,
        height: int | Unset = UNSET,
        width: int | Unset = UNSET,
        schedule: PatchReportsIdSnapshotsBodySchedule | Mapping[str, Any] | Unset = UNSET,
        parent_id: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Update reports snapshots.

        Documented by the previous client; absent from the current published API description.

        `PATCH /reports/{id}/snapshots`

        Args:
            id: The `id` path parameter.
            state: The `state` field of the request body.
            finished_at: The `finishedAt` field of the request body.
            send_email_on_completion: The `sendEmailOnCompletion` field of the request body.
            email_template: The `emailTemplate` field of the request body.
            recipient_email_addresses: The `recipientEmailAddresses` field of the request body.
            email_subject: The `emailSubject` field of the request body.
            height: The `height` field of the request body.
            width: The `width` field of the request body.
            schedule: The `schedule` field of the request body.
            parent_id: The `parentId` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Record

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/reports/{encode_path(id)}/snapshots",
                json=PatchReportsIdSnapshotsBody(
                    state=state,
                    finished_at=finished_at,
                    send_email_on_completion=send_email_on_completion,
                    email_template=email_template,
                    recipient_email_addresses=recipient_email_addresses,
                    email_subject=email_subject,
                    height=height,
                    width=width,
                    schedule=as_model(PatchReportsIdSnapshotsBodySchedule, schedule),
                    parent_id=parent_id,
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        state,
                        finished_at,
                        send_email_on_completion,
                        email_template,
                        recipient_email_addresses,
                        email_subject,
                        height,
                        width,
                        schedule,
                        parent_id,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_patch_snapshots,
        )

    async def list_solutions_shares(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[Record]:
        """List reports solutions shares.

        Documented by the previous client; absent from the current published API description.

        `GET /reports/solutions/{id}/shares`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[Record]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/reports/solutions/{encode_path(id)}/shares",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_solutions_shares,
        )

    async def put_solutions_shares_groups(
        self,
        id: str,
        group_ids: builtins.list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Set reports solutions shares groups.

        Documented by the previous client; absent from the current published API description.

        `PUT /reports/solutions/{id}/shares/groups`

        Args:
            id: The `id` path parameter.
            group_ids: The `groupIds` field of the request body.
            permission_level: The `permissionLevel` field of the request body.
            share_email_body: The `shareEmailBody` field of the request body.
            send_shared_email: The `sendSharedEmail` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Record

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/reports/solutions/{encode_path(id)}/shares/groups",
                json=PutReportsSolutionsIdSharesGroupsBody(
                    group_ids=group_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_solutions_shares_groups,
        )

    async def put_solutions_shares_users(
        self,
        id: int,
        user_ids: builtins.list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Set reports solutions shares users.

        Documented by the previous client; absent from the current published API description.

        `PUT /reports/solutions/{id}/shares/users`

        Args:
            id: The `id` path parameter.
            user_ids: The `userIds` field of the request body.
            permission_level: The `permissionLevel` field of the request body.
            share_email_body: The `shareEmailBody` field of the request body.
            send_shared_email: The `sendSharedEmail` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Record

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/reports/solutions/{encode_path(id)}/shares/users",
                json=PutReportsSolutionsIdSharesUsersBody(
                    user_ids=user_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_solutions_shares_users,
        )


class AsyncReportsResourceWithRawResponse:
    """`reports` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncReportsResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.post = to_async_raw_response(resource.post)
        self.get = to_async_raw_response(resource.get)
        self.patch = to_async_raw_response(resource.patch)
        self.post_grants = to_async_raw_response(resource.post_grants)
        self.delete_grants = to_async_raw_response(resource.delete_grants)
        self.list_shares = to_async_raw_response(resource.list_shares)
        self.put_shares_users = to_async_raw_response(resource.put_shares_users)
        self.delete_shares_users = to_async_raw_response(resource.delete_shares_users)
        self.put_shares_groups = to_async_raw_response(resource.put_shares_groups)
        self.delete_shares_groups = to_async_raw_response(resource.delete_shares_groups)
        self.list_projects = to_async_raw_response(resource.list_projects)
        self.put_projects = to_async_raw_response(resource.put_projects)
        self.delete_projects = to_async_raw_response(resource.delete_projects)
        self.put_archive = to_async_raw_response(resource.put_archive)
        self.delete_solutions_shares_groups = to_async_raw_response(resource.delete_solutions_shares_groups)
        self.delete_solutions_shares_users = to_async_raw_response(resource.delete_solutions_shares_users)
        self.get_solutions = to_async_raw_response(resource.get_solutions)
        self.list_snapshots = to_async_raw_response(resource.list_snapshots)
        self.post_snapshots = to_async_raw_response(resource.post_snapshots)
        self.patch_snapshots = to_async_raw_response(resource.patch_snapshots)
        self.list_solutions_shares = to_async_raw_response(resource.list_solutions_shares)
        self.put_solutions_shares_groups = to_async_raw_response(resource.put_solutions_shares_groups)
        self.put_solutions_shares_users = to_async_raw_response(resource.put_solutions_shares_users)
