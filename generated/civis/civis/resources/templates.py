"""Operations on `client.templates`."""

from __future__ import annotations

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
from ..models.get_templates_reports_order_dir import GetTemplatesReportsOrderDir
from ..models.get_templates_scripts_order_dir import GetTemplatesScriptsOrderDir
from ..models.projects_project_summary import ProjectsProjectSummary
from ..models.report_template import ReportTemplate
from ..models.report_template_create_request import ReportTemplateCreateRequest
from ..models.report_template_patch_request import ReportTemplatePatchRequest
from ..models.report_template_summary import ReportTemplateSummary
from ..models.report_template_update_request import ReportTemplateUpdateRequest
from ..models.script_template import ScriptTemplate
from ..models.script_template_create_request import ScriptTemplateCreateRequest
from ..models.script_template_patch_request import ScriptTemplatePatchRequest
from ..models.script_template_summary import ScriptTemplateSummary
from ..models.script_template_update_request import ScriptTemplateUpdateRequest
from ..models.share_groups_update_request_35 import ShareGroupsUpdateRequest35
from ..models.share_groups_update_request_36 import ShareGroupsUpdateRequest36
from ..models.share_index import ShareIndex
from ..models.share_users_update_request_35 import ShareUsersUpdateRequest35
from ..models.share_users_update_request_36 import ShareUsersUpdateRequest36
from ..types import UNSET, Unset


def _parse_list_reports_shares(response: httpx.Response) -> list[ShareIndex]:
    response_200 = decode.model_array(_models.ShareIndex.from_dict, response.json())

    return response_200


def _parse_put_reports_shares_users(response: httpx.Response) -> ShareIndex:
    return ShareIndex.from_dict(response.json())


def _parse_delete_reports_shares_users(response: httpx.Response) -> None:
    return None


def _parse_put_reports_shares_groups(response: httpx.Response) -> ShareIndex:
    return ShareIndex.from_dict(response.json())


def _parse_delete_reports_shares_groups(response: httpx.Response) -> None:
    return None


def _parse_list_reports(response: httpx.Response) -> list[ReportTemplateSummary]:
    response_200 = decode.model_array(_models.ReportTemplateSummary.from_dict, response.json())

    return response_200


def _parse_post_reports(response: httpx.Response) -> ReportTemplate:
    return ReportTemplate.from_dict(response.json())


def _parse_get_reports(response: httpx.Response) -> ReportTemplate:
    return ReportTemplate.from_dict(response.json())


def _parse_put_reports(response: httpx.Response) -> ReportTemplate:
    return ReportTemplate.from_dict(response.json())


def _parse_patch_reports(response: httpx.Response) -> ReportTemplate:
    return ReportTemplate.from_dict(response.json())


def _parse_list_scripts_shares(response: httpx.Response) -> list[ShareIndex]:
    response_200 = decode.model_array(_models.ShareIndex.from_dict, response.json())

    return response_200


def _parse_put_scripts_shares_users(response: httpx.Response) -> ShareIndex:
    return ShareIndex.from_dict(response.json())


def _parse_delete_scripts_shares_users(response: httpx.Response) -> None:
    return None


def _parse_put_scripts_shares_groups(response: httpx.Response) -> ShareIndex:
    return ShareIndex.from_dict(response.json())


def _parse_delete_scripts_shares_groups(response: httpx.Response) -> None:
    return None


def _parse_list_scripts_projects(response: httpx.Response) -> list[ProjectsProjectSummary]:
    response_200 = decode.model_array(_models.ProjectsProjectSummary.from_dict, response.json())

    return response_200


def _parse_put_scripts_projects(response: httpx.Response) -> None:
    return None


def _parse_delete_scripts_projects(response: httpx.Response) -> None:
    return None


def _parse_list_scripts(response: httpx.Response) -> list[ScriptTemplateSummary]:
    response_200 = decode.model_array(_models.ScriptTemplateSummary.from_dict, response.json())

    return response_200


def _parse_post_scripts(response: httpx.Response) -> ScriptTemplate:
    return ScriptTemplate.from_dict(response.json())


def _parse_get_scripts(response: httpx.Response) -> ScriptTemplate:
    return ScriptTemplate.from_dict(response.json())


def _parse_put_scripts(response: httpx.Response) -> ScriptTemplate:
    return ScriptTemplate.from_dict(response.json())


def _parse_patch_scripts(response: httpx.Response) -> ScriptTemplate:
    return ScriptTemplate.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Error.from_dict,
    401: Error.from_dict,
    403: Error.from_dict,
    404: Error.from_dict,
    429: Error.from_dict,
}


class TemplatesResource:
    """Operations on `client.templates`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> TemplatesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return TemplatesResourceWithRawResponse(self)

    def list_reports_shares(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> list[ShareIndex]:
        """List templates reports shares.

        `GET /templates/reports/{id}/shares`

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
                f"/templates/reports/{encode_path(id)}/shares",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_reports_shares,
        )

    def put_reports_shares_users(
        self,
        id: int,
        user_ids: list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace templates reports shares users.

        `PUT /templates/reports/{id}/shares/users`

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
                f"/templates/reports/{encode_path(id)}/shares/users",
                json=ShareUsersUpdateRequest35(
                    user_ids=user_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_reports_shares_users,
        )

    def delete_reports_shares_users(
        self,
        id: int,
        user_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete templates reports shares users.

        `DELETE /templates/reports/{id}/shares/users/{user_id}`

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
                f"/templates/reports/{encode_path(id)}/shares/users/{encode_path(user_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_reports_shares_users,
        )

    def put_reports_shares_groups(
        self,
        id: int,
        group_ids: list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace templates reports shares groups.

        `PUT /templates/reports/{id}/shares/groups`

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
                f"/templates/reports/{encode_path(id)}/shares/groups",
                json=ShareGroupsUpdateRequest35(
                    group_ids=group_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_reports_shares_groups,
        )

    def delete_reports_shares_groups(
        self,
        id: int,
        group_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete templates reports shares groups.

        `DELETE /templates/reports/{id}/shares/groups/{group_id}`

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
                f"/templates/reports/{encode_path(id)}/shares/groups/{encode_path(group_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_reports_shares_groups,
        )

    def list_reports(
        self,
        *,
        hidden: bool | Unset = UNSET,
        author: str | Unset = UNSET,
        category: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetTemplatesReportsOrderDir | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[ReportTemplateSummary]:
        """List report templates.

        `GET /templates/reports/`

        Args:
            hidden: Return hidden (system-created) objects instead of visible ones.
            author: Comma-separated user ids whose objects to keep.
            category: Only this category.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `ReportTemplateSummary`: iterating it yields every item across pages, fetching
            them as needed; `iter_pages()` yields each page (its items, the parsed
            `list[ReportTemplateSummary]` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/templates/reports/",
                params=query_params(
                    {
                        "hidden": hidden,
                        "author": author,
                        "category": category,
                        "limit": limit,
                        "page_num": page_num,
                        "order": order,
                        "order_dir": order_dir,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_reports,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    def post_reports(
        self,
        name: str,
        code_body: str,
        *,
        category: str | Unset = UNSET,
        archived: bool | Unset = UNSET,
        provide_api_key: bool | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ReportTemplate:
        """Post to templates reports.

        `POST /templates/reports/`

        Args:
            name: The `name` field of the request body.
            code_body: The `codeBody` field of the request body.
            category: The `category` field of the request body.
            archived: The `archived` field of the request body.
            provide_api_key: The `provideAPIKey` field of the request body.
            hidden: The `hidden` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ReportTemplate

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/templates/reports/",
                json=ReportTemplateCreateRequest(
                    name=name,
                    code_body=code_body,
                    category=category,
                    archived=archived,
                    provide_api_key=provide_api_key,
                    hidden=hidden,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_reports,
        )

    def get_reports(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> ReportTemplate:
        """Get templates reports.

        `GET /templates/reports/{id}`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ReportTemplate

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/templates/reports/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_reports,
        )

    def put_reports(
        self,
        id: int,
        name: str,
        code_body: str,
        *,
        category: str | Unset = UNSET,
        archived: bool | Unset = UNSET,
        provide_api_key: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ReportTemplate:
        """Replace templates reports.

        `PUT /templates/reports/{id}`

        Args:
            id: The `id` path parameter.
            name: The `name` field of the request body.
            code_body: The `codeBody` field of the request body.
            category: The `category` field of the request body.
            archived: The `archived` field of the request body.
            provide_api_key: The `provideAPIKey` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ReportTemplate

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/templates/reports/{encode_path(id)}",
                json=ReportTemplateUpdateRequest(
                    name=name,
                    code_body=code_body,
                    category=category,
                    archived=archived,
                    provide_api_key=provide_api_key,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_reports,
        )

    def patch_reports(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        category: str | Unset = UNSET,
        archived: bool | Unset = UNSET,
        code_body: str | Unset = UNSET,
        provide_api_key: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ReportTemplate:
        """Update templates reports.

        `PATCH /templates/reports/{id}`

        Args:
            id: The `id` path parameter.
            name: The `name` field of the request body.
            category: The `category` field of the request body.
            archived: The `archived` field of the request body.
            code_body: The `codeBody` field of the request body.
            provide_api_key: The `provideAPIKey` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ReportTemplate

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/templates/reports/{encode_path(id)}",
                json=ReportTemplatePatchRequest(
                    name=name,
                    category=category,
                    archived=archived,
                    code_body=code_body,
                    provide_api_key=provide_api_key,
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        name,
                        category,
                        archived,
                        code_body,
                        provide_api_key,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_patch_reports,
        )

    def list_scripts_shares(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> list[ShareIndex]:
        """List templates scripts shares.

        `GET /templates/scripts/{id}/shares`

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
                f"/templates/scripts/{encode_path(id)}/shares",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_scripts_shares,
        )

    def put_scripts_shares_users(
        self,
        id: int,
        user_ids: list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace templates scripts shares users.

        `PUT /templates/scripts/{id}/shares/users`

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
                f"/templates/scripts/{encode_path(id)}/shares/users",
                json=ShareUsersUpdateRequest36(
                    user_ids=user_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_scripts_shares_users,
        )

    def delete_scripts_shares_users(
        self,
        id: int,
        user_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete templates scripts shares users.

        `DELETE /templates/scripts/{id}/shares/users/{user_id}`

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
                f"/templates/scripts/{encode_path(id)}/shares/users/{encode_path(user_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_scripts_shares_users,
        )

    def put_scripts_shares_groups(
        self,
        id: int,
        group_ids: list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace templates scripts shares groups.

        `PUT /templates/scripts/{id}/shares/groups`

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
                f"/templates/scripts/{encode_path(id)}/shares/groups",
                json=ShareGroupsUpdateRequest36(
                    group_ids=group_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_scripts_shares_groups,
        )

    def delete_scripts_shares_groups(
        self,
        id: int,
        group_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete templates scripts shares groups.

        `DELETE /templates/scripts/{id}/shares/groups/{group_id}`

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
                f"/templates/scripts/{encode_path(id)}/shares/groups/{encode_path(group_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_scripts_shares_groups,
        )

    def list_scripts_projects(
        self,
        id: int,
        *,
        hidden: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> list[ProjectsProjectSummary]:
        """List templates scripts projects.

        `GET /templates/scripts/{id}/projects`

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
                f"/templates/scripts/{encode_path(id)}/projects",
                params=query_params(
                    {
                        "hidden": hidden,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_scripts_projects,
        )

    def put_scripts_projects(
        self,
        id: int,
        project_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Replace templates scripts projects.

        `PUT /templates/scripts/{id}/projects/{project_id}`

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
                f"/templates/scripts/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_scripts_projects,
        )

    def delete_scripts_projects(
        self,
        id: int,
        project_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete templates scripts projects.

        `DELETE /templates/scripts/{id}/projects/{project_id}`

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
                f"/templates/scripts/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_scripts_projects,
        )

    def list_scripts(
        self,
        *,
        hidden: bool | Unset = UNSET,
        author: str | Unset = UNSET,
        category: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetTemplatesScriptsOrderDir | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[ScriptTemplateSummary]:
        """List script templates.

        `GET /templates/scripts/`

        Args:
            hidden: Return hidden (system-created) objects instead of visible ones.
            author: Comma-separated user ids whose objects to keep.
            category: Only this category.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `ScriptTemplateSummary`: iterating it yields every item across pages, fetching
            them as needed; `iter_pages()` yields each page (its items, the parsed
            `list[ScriptTemplateSummary]` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/templates/scripts/",
                params=query_params(
                    {
                        "hidden": hidden,
                        "author": author,
                        "category": category,
                        "limit": limit,
                        "page_num": page_num,
                        "order": order,
                        "order_dir": order_dir,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_scripts,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    def post_scripts(
        self,
        script_id: int,
        name: str,
        *,
        note: str | Unset = UNSET,
        ui_report_id: int | Unset = UNSET,
        archived: bool | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ScriptTemplate:
        """Post to templates scripts.

        `POST /templates/scripts/`

        Args:
            script_id: The `scriptId` field of the request body.
            name: The `name` field of the request body.
            note: The `note` field of the request body.
            ui_report_id: The `uiReportId` field of the request body.
            archived: The `archived` field of the request body.
            hidden: The `hidden` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ScriptTemplate

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/templates/scripts/",
                json=ScriptTemplateCreateRequest(
                    script_id=script_id,
                    name=name,
                    note=note,
                    ui_report_id=ui_report_id,
                    archived=archived,
                    hidden=hidden,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_scripts,
        )

    def get_scripts(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> ScriptTemplate:
        """Get a script template.

        `GET /templates/scripts/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ScriptTemplate

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/templates/scripts/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_scripts,
        )

    def put_scripts(
        self,
        id: int,
        name: str,
        *,
        note: str | Unset = UNSET,
        ui_report_id: int | Unset = UNSET,
        archived: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ScriptTemplate:
        """Replace templates scripts.

        `PUT /templates/scripts/{id}`

        Args:
            id: The `id` path parameter.
            name: The `name` field of the request body.
            note: The `note` field of the request body.
            ui_report_id: The `uiReportId` field of the request body.
            archived: The `archived` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ScriptTemplate

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/templates/scripts/{encode_path(id)}",
                json=ScriptTemplateUpdateRequest(
                    name=name, note=note, ui_report_id=ui_report_id, archived=archived
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_scripts,
        )

    def patch_scripts(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        note: str | Unset = UNSET,
        ui_report_id: int | Unset = UNSET,
        archived: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ScriptTemplate:
        """Update templates scripts.

        `PATCH /templates/scripts/{id}`

        Args:
            id: The `id` path parameter.
            name: The `name` field of the request body.
            note: The `note` field of the request body.
            ui_report_id: The `uiReportId` field of the request body.
            archived: The `archived` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ScriptTemplate

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/templates/scripts/{encode_path(id)}",
                json=ScriptTemplatePatchRequest(
                    name=name, note=note, ui_report_id=ui_report_id, archived=archived
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        name,
                        note,
                        ui_report_id,
                        archived,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_patch_scripts,
        )


class TemplatesResourceWithRawResponse:
    """`templates` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: TemplatesResource) -> None:
        self.list_reports_shares = to_raw_response(resource.list_reports_shares)
        self.put_reports_shares_users = to_raw_response(resource.put_reports_shares_users)
        self.delete_reports_shares_users = to_raw_response(resource.delete_reports_shares_users)
        self.put_reports_shares_groups = to_raw_response(resource.put_reports_shares_groups)
        self.delete_reports_shares_groups = to_raw_response(resource.delete_reports_shares_groups)
        self.list_reports = to_raw_response(resource.list_reports)
        self.post_reports = to_raw_response(resource.post_reports)
        self.get_reports = to_raw_response(resource.get_reports)
        self.put_reports = to_raw_response(resource.put_reports)
        self.patch_reports = to_raw_response(resource.patch_reports)
        self.list_scripts_shares = to_raw_response(resource.list_scripts_shares)
        self.put_scripts_shares_users = to_raw_response(resource.put_scripts_shares_users)
        self.delete_scripts_shares_users = to_raw_response(resource.delete_scripts_shares_users)
        self.put_scripts_shares_groups = to_raw_response(resource.put_scripts_shares_groups)
        self.delete_scripts_shares_groups = to_raw_response(resource.delete_scripts_shares_groups)
        self.list_scripts_projects = to_raw_response(resource.list_scripts_projects)
        self.put_scripts_projects = to_raw_response(resource.put_scripts_projects)
        self.delete_scripts_projects = to_raw_response(resource.delete_scripts_projects)
        self.list_scripts = to_raw_response(resource.list_scripts)
        self.post_scripts = to_raw_response(resource.post_scripts)
        self.get_scripts = to_raw_response(resource.get_scripts)
        self.put_scripts = to_raw_response(resource.put_scripts)
        self.patch_scripts = to_raw_response(resource.patch_scripts)


class AsyncTemplatesResource:
    """Operations on `client.templates`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncTemplatesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncTemplatesResourceWithRawResponse(self)

    async def list_reports_shares(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> list[ShareIndex]:
        """List templates reports shares.

        `GET /templates/reports/{id}/shares`

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
                f"/templates/reports/{encode_path(id)}/shares",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_reports_shares,
        )

    async def put_reports_shares_users(
        self,
        id: int,
        user_ids: list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace templates reports shares users.

        `PUT /templates/reports/{id}/shares/users`

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
                f"/templates/reports/{encode_path(id)}/shares/users",
                json=ShareUsersUpdateRequest35(
                    user_ids=user_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_reports_shares_users,
        )

    async def delete_reports_shares_users(
        self,
        id: int,
        user_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete templates reports shares users.

        `DELETE /templates/reports/{id}/shares/users/{user_id}`

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
                f"/templates/reports/{encode_path(id)}/shares/users/{encode_path(user_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_reports_shares_users,
        )

    async def put_reports_shares_groups(
        self,
        id: int,
        group_ids: list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace templates reports shares groups.

        `PUT /templates/reports/{id}/shares/groups`

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
                f"/templates/reports/{encode_path(id)}/shares/groups",
                json=ShareGroupsUpdateRequest35(
                    group_ids=group_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_reports_shares_groups,
        )

    async def delete_reports_shares_groups(
        self,
        id: int,
        group_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete templates reports shares groups.

        `DELETE /templates/reports/{id}/shares/groups/{group_id}`

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
                f"/templates/reports/{encode_path(id)}/shares/groups/{encode_path(group_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_reports_shares_groups,
        )

    def list_reports(
        self,
        *,
        hidden: bool | Unset = UNSET,
        author: str | Unset = UNSET,
        category: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetTemplatesReportsOrderDir | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[ReportTemplateSummary]:
        """List report templates.

        `GET /templates/reports/`

        Args:
            hidden: Return hidden (system-created) objects instead of visible ones.
            author: Comma-separated user ids whose objects to keep.
            category: Only this category.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `ReportTemplateSummary`: iterating it yields every item across pages, fetching
            them as needed; `iter_pages()` yields each page (its items, the parsed
            `list[ReportTemplateSummary]` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/templates/reports/",
                params=query_params(
                    {
                        "hidden": hidden,
                        "author": author,
                        "category": category,
                        "limit": limit,
                        "page_num": page_num,
                        "order": order,
                        "order_dir": order_dir,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_reports,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    async def post_reports(
        self,
        name: str,
        code_body: str,
        *,
        category: str | Unset = UNSET,
        archived: bool | Unset = UNSET,
        provide_api_key: bool | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ReportTemplate:
        """Post to templates reports.

        `POST /templates/reports/`

        Args:
            name: The `name` field of the request body.
            code_body: The `codeBody` field of the request body.
            category: The `category` field of the request body.
            archived: The `archived` field of the request body.
            provide_api_key: The `provideAPIKey` field of the request body.
            hidden: The `hidden` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ReportTemplate

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/templates/reports/",
                json=ReportTemplateCreateRequest(
                    name=name,
                    code_body=code_body,
                    category=category,
                    archived=archived,
                    provide_api_key=provide_api_key,
                    hidden=hidden,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_reports,
        )

    async def get_reports(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> ReportTemplate:
        """Get templates reports.

        `GET /templates/reports/{id}`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ReportTemplate

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/templates/reports/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_reports,
        )

    async def put_reports(
        self,
        id: int,
        name: str,
        code_body: str,
        *,
        category: str | Unset = UNSET,
        archived: bool | Unset = UNSET,
        provide_api_key: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ReportTemplate:
        """Replace templates reports.

        `PUT /templates/reports/{id}`

        Args:
            id: The `id` path parameter.
            name: The `name` field of the request body.
            code_body: The `codeBody` field of the request body.
            category: The `category` field of the request body.
            archived: The `archived` field of the request body.
            provide_api_key: The `provideAPIKey` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ReportTemplate

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/templates/reports/{encode_path(id)}",
                json=ReportTemplateUpdateRequest(
                    name=name,
                    code_body=code_body,
                    category=category,
                    archived=archived,
                    provide_api_key=provide_api_key,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_reports,
        )

    async def patch_reports(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        category: str | Unset = UNSET,
        archived: bool | Unset = UNSET,
        code_body: str | Unset = UNSET,
        provide_api_key: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ReportTemplate:
        """Update templates reports.

        `PATCH /templates/reports/{id}`

        Args:
            id: The `id` path parameter.
            name: The `name` field of the request body.
            category: The `category` field of the request body.
            archived: The `archived` field of the request body.
            code_body: The `codeBody` field of the request body.
            provide_api_key: The `provideAPIKey` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ReportTemplate

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/templates/reports/{encode_path(id)}",
                json=ReportTemplatePatchRequest(
                    name=name,
                    category=category,
                    archived=archived,
                    code_body=code_body,
                    provide_api_key=provide_api_key,
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        name,
                        category,
                        archived,
                        code_body,
                        provide_api_key,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_patch_reports,
        )

    async def list_scripts_shares(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> list[ShareIndex]:
        """List templates scripts shares.

        `GET /templates/scripts/{id}/shares`

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
                f"/templates/scripts/{encode_path(id)}/shares",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_scripts_shares,
        )

    async def put_scripts_shares_users(
        self,
        id: int,
        user_ids: list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace templates scripts shares users.

        `PUT /templates/scripts/{id}/shares/users`

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
                f"/templates/scripts/{encode_path(id)}/shares/users",
                json=ShareUsersUpdateRequest36(
                    user_ids=user_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_scripts_shares_users,
        )

    async def delete_scripts_shares_users(
        self,
        id: int,
        user_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete templates scripts shares users.

        `DELETE /templates/scripts/{id}/shares/users/{user_id}`

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
                f"/templates/scripts/{encode_path(id)}/shares/users/{encode_path(user_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_scripts_shares_users,
        )

    async def put_scripts_shares_groups(
        self,
        id: int,
        group_ids: list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace templates scripts shares groups.

        `PUT /templates/scripts/{id}/shares/groups`

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
                f"/templates/scripts/{encode_path(id)}/shares/groups",
                json=ShareGroupsUpdateRequest36(
                    group_ids=group_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_scripts_shares_groups,
        )

    async def delete_scripts_shares_groups(
        self,
        id: int,
        group_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete templates scripts shares groups.

        `DELETE /templates/scripts/{id}/shares/groups/{group_id}`

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
                f"/templates/scripts/{encode_path(id)}/shares/groups/{encode_path(group_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_scripts_shares_groups,
        )

    async def list_scripts_projects(
        self,
        id: int,
        *,
        hidden: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> list[ProjectsProjectSummary]:
        """List templates scripts projects.

        `GET /templates/scripts/{id}/projects`

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
                f"/templates/scripts/{encode_path(id)}/projects",
                params=query_params(
                    {
                        "hidden": hidden,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_scripts_projects,
        )

    async def put_scripts_projects(
        self,
        id: int,
        project_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Replace templates scripts projects.

        `PUT /templates/scripts/{id}/projects/{project_id}`

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
                f"/templates/scripts/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_scripts_projects,
        )

    async def delete_scripts_projects(
        self,
        id: int,
        project_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete templates scripts projects.

        `DELETE /templates/scripts/{id}/projects/{project_id}`

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
                f"/templates/scripts/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_scripts_projects,
        )

    def list_scripts(
        self,
        *,
        hidden: bool | Unset = UNSET,
        author: str | Unset = UNSET,
        category: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetTemplatesScriptsOrderDir | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[ScriptTemplateSummary]:
        """List script templates.

        `GET /templates/scripts/`

        Args:
            hidden: Return hidden (system-created) objects instead of visible ones.
            author: Comma-separated user ids whose objects to keep.
            category: Only this category.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `ScriptTemplateSummary`: iterating it yields every item across pages, fetching
            them as needed; `iter_pages()` yields each page (its items, the parsed
            `list[ScriptTemplateSummary]` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/templates/scripts/",
                params=query_params(
                    {
                        "hidden": hidden,
                        "author": author,
                        "category": category,
                        "limit": limit,
                        "page_num": page_num,
                        "order": order,
                        "order_dir": order_dir,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_scripts,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    async def post_scripts(
        self,
        script_id: int,
        name: str,
        *,
        note: str | Unset = UNSET,
        ui_report_id: int | Unset = UNSET,
        archived: bool | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ScriptTemplate:
        """Post to templates scripts.

        `POST /templates/scripts/`

        Args:
            script_id: The `scriptId` field of the request body.
            name: The `name` field of the request body.
            note: The `note` field of the request body.
            ui_report_id: The `uiReportId` field of the request body.
            archived: The `archived` field of the request body.
            hidden: The `hidden` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ScriptTemplate

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/templates/scripts/",
                json=ScriptTemplateCreateRequest(
                    script_id=script_id,
                    name=name,
                    note=note,
                    ui_report_id=ui_report_id,
                    archived=archived,
                    hidden=hidden,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_scripts,
        )

    async def get_scripts(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> ScriptTemplate:
        """Get a script template.

        `GET /templates/scripts/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ScriptTemplate

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/templates/scripts/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_scripts,
        )

    async def put_scripts(
        self,
        id: int,
        name: str,
        *,
        note: str | Unset = UNSET,
        ui_report_id: int | Unset = UNSET,
        archived: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ScriptTemplate:
        """Replace templates scripts.

        `PUT /templates/scripts/{id}`

        Args:
            id: The `id` path parameter.
            name: The `name` field of the request body.
            note: The `note` field of the request body.
            ui_report_id: The `uiReportId` field of the request body.
            archived: The `archived` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ScriptTemplate

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/templates/scripts/{encode_path(id)}",
                json=ScriptTemplateUpdateRequest(
                    name=name, note=note, ui_report_id=ui_report_id, archived=archived
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_scripts,
        )

    async def patch_scripts(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        note: str | Unset = UNSET,
        ui_report_id: int | Unset = UNSET,
        archived: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ScriptTemplate:
        """Update templates scripts.

        `PATCH /templates/scripts/{id}`

        Args:
            id: The `id` path parameter.
            name: The `name` field of the request body.
            note: The `note` field of the request body.
            ui_report_id: The `uiReportId` field of the request body.
            archived: The `archived` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ScriptTemplate

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/templates/scripts/{encode_path(id)}",
                json=ScriptTemplatePatchRequest(
                    name=name, note=note, ui_report_id=ui_report_id, archived=archived
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        name,
                        note,
                        ui_report_id,
                        archived,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_patch_scripts,
        )


class AsyncTemplatesResourceWithRawResponse:
    """`templates` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncTemplatesResource) -> None:
        self.list_reports_shares = to_async_raw_response(resource.list_reports_shares)
        self.put_reports_shares_users = to_async_raw_response(resource.put_reports_shares_users)
        self.delete_reports_shares_users = to_async_raw_response(resource.delete_reports_shares_users)
        self.put_reports_shares_groups = to_async_raw_response(resource.put_reports_shares_groups)
        self.delete_reports_shares_groups = to_async_raw_response(resource.delete_reports_shares_groups)
        self.list_reports = to_async_raw_response(resource.list_reports)
        self.post_reports = to_async_raw_response(resource.post_reports)
        self.get_reports = to_async_raw_response(resource.get_reports)
        self.put_reports = to_async_raw_response(resource.put_reports)
        self.patch_reports = to_async_raw_response(resource.patch_reports)
        self.list_scripts_shares = to_async_raw_response(resource.list_scripts_shares)
        self.put_scripts_shares_users = to_async_raw_response(resource.put_scripts_shares_users)
        self.delete_scripts_shares_users = to_async_raw_response(resource.delete_scripts_shares_users)
        self.put_scripts_shares_groups = to_async_raw_response(resource.put_scripts_shares_groups)
        self.delete_scripts_shares_groups = to_async_raw_response(resource.delete_scripts_shares_groups)
        self.list_scripts_projects = to_async_raw_response(resource.list_scripts_projects)
        self.put_scripts_projects = to_async_raw_response(resource.put_scripts_projects)
        self.delete_scripts_projects = to_async_raw_response(resource.delete_scripts_projects)
        self.list_scripts = to_async_raw_response(resource.list_scripts)
        self.post_scripts = to_async_raw_response(resource.post_scripts)
        self.get_scripts = to_async_raw_response(resource.get_scripts)
        self.put_scripts = to_async_raw_response(resource.put_scripts)
        self.patch_scripts = to_async_raw_response(resource.patch_scripts)
