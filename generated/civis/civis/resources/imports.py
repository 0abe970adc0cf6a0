"""Operations on `client.imports`."""

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
from ..models.archive_update_request_7 import ArchiveUpdateRequest7
from ..models.error_model import Error
from ..models.get_imports_order_dir import GetImportsOrderDir
from ..models.import_ import Import
from ..models.import_advanced_sync_options_create_request import ImportAdvancedSyncOptionsCreateRequest
from ..models.import_batch_import import ImportBatchImport
from ..models.import_batch_import_create_request import ImportBatchImportCreateRequest
from ..models.import_batch_import_summary import ImportBatchImportSummary
from ..models.import_data_source_create_request import ImportDataSourceCreateRequest
from ..models.import_file_upload_create_request import ImportFileUploadCreateRequest
from ..models.import_file_upload_response import ImportFileUploadResponse
from ..models.import_run import ImportRun
from ..models.import_run_created import ImportRunCreated
from ..models.import_summary import ImportSummary
from ..models.import_sync import ImportSync
from ..models.import_sync_create_request import ImportSyncCreateRequest
from ..models.import_sync_destination_create_request import ImportSyncDestinationCreateRequest
from ..models.import_sync_relation_update_request import ImportSyncRelationUpdateRequest
from ..models.import_sync_relation_with_data_update_request import ImportSyncRelationWithDataUpdateRequest
from ..models.import_sync_source_create_request import ImportSyncSourceCreateRequest
from ..models.import_update_request import ImportUpdateRequest
from ..models.job_cancel_response_7 import JobCancelResponse7
from ..models.job_notifications_create_request import JobNotificationsCreateRequest
from ..models.job_run import JobRun
from ..models.job_schedule_create_request import JobScheduleCreateRequest
from ..models.job_schedule_input import JobScheduleInput
from ..models.log_entry import LogEntry
from ..models.log_run_log_response_summary import LogRunLogResponseSummary
from ..models.post_imports_body import PostImportsBody
from ..models.post_imports_body_destination import PostImportsBodyDestination
from ..models.post_imports_body_source import PostImportsBodySource
from ..models.projects_project_summary import ProjectsProjectSummary
from ..models.share_groups_update_request_9 import ShareGroupsUpdateRequest9
from ..models.share_index import ShareIndex
from ..models.share_users_update_request_9 import ShareUsersUpdateRequest9
from ..types import UNSET, Unset


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


def _parse_put_archive(response: httpx.Response) -> Import:
    return Import.from_dict(response.json())


def _parse_list(response: httpx.Response) -> list[ImportSummary]:
    response_200 = decode.model_array(_models.ImportSummary.from_dict, response.json())

    return response_200


def _parse_post(response: httpx.Response) -> Import:
    return Import.from_dict(response.json())


def _parse_post_files(response: httpx.Response) -> ImportFileUploadResponse:
    return ImportFileUploadResponse.from_dict(response.json())


def _parse_list_files_runs(response: httpx.Response) -> list[ImportRun]:
    response_200 = decode.model_array(_models.ImportRun.from_dict, response.json())

    return response_200


def _parse_post_files_runs(response: httpx.Response) -> ImportRun:
    return ImportRun.from_dict(response.json())


def _parse_get_files_runs(response: httpx.Response) -> ImportRun:
    return ImportRun.from_dict(response.json())


def _parse_delete_files_runs(response: httpx.Response) -> None:
    return None


def _parse_list_files_runs_logs(response: httpx.Response) -> list[LogRunLogResponseSummary]:
    response_200 = decode.model_array(_models.LogRunLogResponseSummary.from_dict, response.json())

    return response_200


def _parse_list_runs_logs(response: httpx.Response) -> list[LogEntry]:
    response_200 = decode.model_array(_models.LogEntry.from_dict, response.json())

    return response_200


def _parse_list_batches(response: httpx.Response) -> list[ImportBatchImportSummary]:
    response_200 = decode.model_array(_models.ImportBatchImportSummary.from_dict, response.json())

    return response_200


def _parse_post_batches(response: httpx.Response) -> ImportBatchImport:
    return ImportBatchImport.from_dict(response.json())


def _parse_get_batches(response: httpx.Response) -> ImportBatchImport:
    return ImportBatchImport.from_dict(response.json())


def _parse_get(response: httpx.Response) -> Import:
    return Import.from_dict(response.json())


def _parse_put(response: httpx.Response) -> Import:
    return Import.from_dict(response.json())


def _parse_list_runs(response: httpx.Response) -> list[JobRun]:
    response_200 = decode.model_array(_models.JobRun.from_dict, response.json())

    return response_200


def _parse_post_runs(response: httpx.Response) -> ImportRunCreated:
    return ImportRunCreated.from_dict(response.json())


def _parse_post_cancel(response: httpx.Response) -> JobCancelResponse7:
    return JobCancelResponse7.from_dict(response.json())


def _parse_post_syncs(response: httpx.Response) -> ImportSync:
    return ImportSync.from_dict(response.json())


def _parse_put_syncs(response: httpx.Response) -> ImportSync:
    return ImportSync.from_dict(response.json())


def _parse_put_syncs_archive(response: httpx.Response) -> ImportSync:
    return ImportSync.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Error.from_dict,
    401: Error.from_dict,
    403: Error.from_dict,
    404: Error.from_dict,
    429: Error.from_dict,
}


class ImportsResource:
    """Operations on `client.imports`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ImportsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return ImportsResourceWithRawResponse(self)

    def list_shares(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> list[ShareIndex]:
        """List imports shares.

        `GET /imports/{id}/shares`

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
                f"/imports/{encode_path(id)}/shares",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_shares,
        )

    def put_shares_users(
        self,
        id: int,
        user_ids: list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace imports shares users.

        `PUT /imports/{id}/shares/users`

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
                f"/imports/{encode_path(id)}/shares/users",
                json=ShareUsersUpdateRequest9(
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
        """Delete imports shares users.

        `DELETE /imports/{id}/shares/users/{user_id}`

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
                f"/imports/{encode_path(id)}/shares/users/{encode_path(user_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_shares_users,
        )

    def put_shares_groups(
        self,
        id: int,
        group_ids: list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace imports shares groups.

        `PUT /imports/{id}/shares/groups`

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
                f"/imports/{encode_path(id)}/shares/groups",
                json=ShareGroupsUpdateRequest9(
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
        """Delete imports shares groups.

        `DELETE /imports/{id}/shares/groups/{group_id}`

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
                f"/imports/{encode_path(id)}/shares/groups/{encode_path(group_id)}",
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
    ) -> list[ProjectsProjectSummary]:
        """List imports projects.

        `GET /imports/{id}/projects`

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
                f"/imports/{encode_path(id)}/projects",
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
        """Replace imports projects.

        `PUT /imports/{id}/projects/{project_id}`

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
                f"/imports/{encode_path(id)}/projects/{encode_path(project_id)}",
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
        """Delete imports projects.

        `DELETE /imports/{id}/projects/{project_id}`

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
                f"/imports/{encode_path(id)}/projects/{encode_path(project_id)}",
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
    ) -> Import:
        """Replace imports archive.

        `PUT /imports/{id}/archive`

        Args:
            id: The `id` path parameter.
            status: The `status` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Import

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/imports/{encode_path(id)}/archive",
                json=ArchiveUpdateRequest7(status=status).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_archive,
        )

    def list(
        self,
        *,
        type: str | Unset = UNSET,
        author: str | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        archived: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetImportsOrderDir | Unset = UNSET,
        destination: str | Unset = UNSET,
        status: str | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[ImportSummary]:
        """List imports.

        `GET /imports/`

        Args:
            type: Only this import kind.
            author: Comma-separated user ids whose objects to keep.
            hidden: Return hidden (system-created) objects instead of visible ones.
            archived: `true`, `false` or `all`; default `false`.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            destination: The `destination` query parameter.
            status: The `status` query parameter.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `ImportSummary`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[ImportSummary]` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/imports/",
                params=query_params(
                    {
                        "type": type,
                        "author": author,
                        "hidden": hidden,
                        "archived": archived,
                        "limit": limit,
                        "page_num": page_num,
                        "order": order,
                        "order_dir": order_dir,
                        "destination": destination,
                        "status": status,
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
        sync_type: str,
        is_outbound: bool,
        *,
        source: PostImportsBodySource | Mapping[str, Any] | Unset = UNSET,
        destination: PostImportsBodyDestination | Mapping[str, Any] | Unset = UNSET,
        schedule: JobScheduleInput | Mapping[str, Any] | Unset = UNSET,
        parent_id: int | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        notifications: JobNotificationsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        next_run_at: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Import:
        """Create an import.

        `POST /imports/`

        Args:
            name: The `name` field of the request body.
            sync_type: e.g. Dbsync, AutoImport or GdocImport.
            is_outbound: True when data leaves Civis.
            source: The `source` field of the request body.
            destination: The `destination` field of the request body.
            schedule: Schedule settings to store on a job; every field is optional.
            parent_id: The `parentId` field of the request body.
            time_zone: The `timeZone` field of the request body.
            hidden: The `hidden` field of the request body.
            notifications: The `notifications` field of the request body.
            next_run_at: The `nextRunAt` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Import

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/imports/",
                json=PostImportsBody(
                    name=name,
                    sync_type=sync_type,
                    is_outbound=is_outbound,
                    source=as_model(PostImportsBodySource, source),
                    destination=as_model(PostImportsBodyDestination, destination),
                    schedule=as_model(JobScheduleInput, schedule),
                    parent_id=parent_id,
                    time_zone=time_zone,
                    hidden=hidden,
                    notifications=as_model(JobNotificationsCreateRequest, notifications),
                    next_run_at=next_run_at,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post,
        )

    def post_files(
        self,
        schema: str,
        name: str,
        remote_host_id: int,
        credential_id: int,
        *,
        max_errors: int | Unset = UNSET,
        existing_table_rows: str | Unset = UNSET,
        diststyle: str | Unset = UNSET,
        distkey: str | Unset = UNSET,
        sortkey1: str | Unset = UNSET,
        sortkey2: str | Unset = UNSET,
        column_delimiter: str | Unset = UNSET,
        first_row_is_header: bool | Unset = UNSET,
        multipart: bool | Unset = UNSET,
        escaped: bool | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ImportFileUploadResponse:
        """Post to imports files.

        `POST /imports/files`

        Args:
            schema: The `schema` field of the request body.
            name: The `name` field of the request body.
            remote_host_id: The `remoteHostId` field of the request body.
            credential_id: The `credentialId` field of the request body.
            max_errors: The `maxErrors` field of the request body.
            existing_table_rows: The `existingTableRows` field of the request body.
            diststyle: The `diststyle` field of the request body.
            distkey: The `distkey` field of the request body.
            sortkey1: The `sortkey1` field of the request body.
            sortkey2: The `sortkey2` field of the request body.
            column_delimiter: The `columnDelimiter` field of the request body.
            first_row_is_header: The `firstRowIsHeader` field of the request body.
            multipart: The `multipart` field of the request body.
            escaped: The `escaped` field of the request body.
            hidden: The `hidden` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ImportFileUploadResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/imports/files",
                json=ImportFileUploadCreateRequest(
                    schema=schema,
                    name=name,
                    remote_host_id=remote_host_id,
                    credential_id=credential_id,
                    max_errors=max_errors,
                    existing_table_rows=existing_table_rows,
                    diststyle=diststyle,
                    distkey=distkey,
                    sortkey1=sortkey1,
                    sortkey2=sortkey2,
                    column_delimiter=column_delimiter,
                    first_row_is_header=first_row_is_header,
                    multipart=multipart,
                    escaped=escaped,
                    hidden=hidden,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_files,
        )

    def list_files_runs(
        self,
        id: int,
        *,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: str | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[ImportRun]:
        """List imports files runs.

        `GET /imports/files/{id}/runs`

        Args:
            id: The `id` path parameter.
            limit: The `limit` query parameter.
            page_num: The `page_num` query parameter.
            order: The `order` query parameter.
            order_dir: The `order_dir` query parameter.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `ImportRun`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[ImportRun]` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                f"/imports/files/{encode_path(id)}/runs",
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
            cast=_parse_list_files_runs,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    def post_files_runs(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> ImportRun:
        """Post to imports files runs.

        `POST /imports/files/{id}/runs`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ImportRun

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/imports/files/{encode_path(id)}/runs",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_files_runs,
        )

    def get_files_runs(
        self,
        id: int,
        run_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> ImportRun:
        """Get imports files runs.

        `GET /imports/files/{id}/runs/{run_id}`

        Args:
            id: The `id` path parameter.
            run_id: The `run_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ImportRun

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/imports/files/{encode_path(id)}/runs/{encode_path(run_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_files_runs,
        )

    def delete_files_runs(
        self,
        id: int,
        run_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete imports files runs.

        `DELETE /imports/files/{id}/runs/{run_id}`

        Args:
            id: The `id` path parameter.
            run_id: The `run_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/imports/files/{encode_path(id)}/runs/{encode_path(run_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_files_runs,
        )

    def list_files_runs_logs(
        self,
        id: int,
        run_id: int,
        *,
        last_id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[LogRunLogResponseSummary]:
        """List imports files runs logs.

        `GET /imports/files/{id}/runs/{run_id}/logs`

        Args:
            id: The `id` path parameter.
            run_id: The `run_id` path parameter.
            last_id: The `last_id` query parameter.
            limit: The `limit` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[LogRunLogResponseSummary]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/imports/files/{encode_path(id)}/runs/{encode_path(run_id)}/logs",
                params=query_params(
                    {
                        "last_id": last_id,
                        "limit": limit,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_files_runs_logs,
        )

    def list_runs_logs(
        self,
        id: int,
        run_id: int,
        *,
        last_id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[LogEntry]:
        """Read an import run's logs.

        `GET /imports/{id}/runs/{run_id}/logs`

        Args:
            id: Object id.
            run_id: Run id.
            last_id: Cursor: only return log lines with a larger id than this one.
            limit: Most log lines to return (the server default is 10000).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[LogEntry]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/imports/{encode_path(id)}/runs/{encode_path(run_id)}/logs",
                params=query_params(
                    {
                        "last_id": last_id,
                        "limit": limit,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_runs_logs,
        )

    def list_batches(
        self,
        *,
        hidden: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: str | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[ImportBatchImportSummary]:
        """List imports batches.

        `GET /imports/batches`

        Args:
            hidden: The `hidden` query parameter.
            limit: The `limit` query parameter.
            page_num: The `page_num` query parameter.
            order: The `order` query parameter.
            order_dir: The `order_dir` query parameter.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `ImportBatchImportSummary`: iterating it yields every item across pages, fetching
            them as needed; `iter_pages()` yields each page (its items, the parsed
            `list[ImportBatchImportSummary]` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/imports/batches",
                params=query_params(
                    {
                        "hidden": hidden,
                        "limit": limit,
                        "page_num": page_num,
                        "order": order,
                        "order_dir": order_dir,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_batches,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    def post_batches(
        self,
        file_ids: builtins.list[int],
        schema: str,
        table: str,
        remote_host_id: int,
        credential_id: int,
        *,
        column_delimiter: str | Unset = UNSET,
        first_row_is_header: bool | Unset = UNSET,
        compression: str | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ImportBatchImport:
        """Post to imports batches.

        `POST /imports/batches`

        Args:
            file_ids: The `fileIds` field of the request body.
            schema: The `schema` field of the request body.
            table: The `table` field of the request body.
            remote_host_id: The `remoteHostId` field of the request body.
            credential_id: The `credentialId` field of the request body.
            column_delimiter: The `columnDelimiter` field of the request body.
            first_row_is_header: The `firstRowIsHeader` field of the request body.
            compression: The `compression` field of the request body.
            hidden: The `hidden` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ImportBatchImport

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/imports/batches",
                json=ImportBatchImportCreateRequest(
                    file_ids=file_ids,
                    schema=schema,
                    table=table,
                    remote_host_id=remote_host_id,
                    credential_id=credential_id,
                    column_delimiter=column_delimiter,
                    first_row_is_header=first_row_is_header,
                    compression=compression,
                    hidden=hidden,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_batches,
        )

    def get_batches(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> ImportBatchImport:
        """Get imports batches.

        `GET /imports/batches/{id}`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ImportBatchImport

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/imports/batches/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_batches,
        )

    def get(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> Import:
        """Get an import.

        `GET /imports/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Import

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/imports/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get,
        )

    def put(
        self,
        id: int,
        name: str,
        sync_type: str,
        is_outbound: bool,
        *,
        source: ImportDataSourceCreateRequest | Mapping[str, Any] | Unset = UNSET,
        destination: ImportDataSourceCreateRequest | Mapping[str, Any] | Unset = UNSET,
        schedule: JobScheduleCreateRequest | Mapping[str, Any] | Unset = UNSET,
        notifications: JobNotificationsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        parent_id: int | Unset = UNSET,
        next_run_at: str | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Import:
        """Replace imports.

        `PUT /imports/{id}`

        Args:
            id: The `id` path parameter.
            name: The `name` field of the request body.
            sync_type: The `syncType` field of the request body.
            is_outbound: The `isOutbound` field of the request body.
            source: The `source` field of the request body.
            destination: The `destination` field of the request body.
            schedule: The `schedule` field of the request body.
            notifications: The `notifications` field of the request body.
            parent_id: The `parentId` field of the request body.
            next_run_at: The `nextRunAt` field of the request body.
            time_zone: The `timeZone` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Import

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/imports/{encode_path(id)}",
                json=ImportUpdateRequest(
                    name=name,
                    sync_type=sync_type,
                    is_outbound=is_outbound,
                    source=as_model(ImportDataSourceCreateRequest, source),
                    destination=as_model(ImportDataSourceCreateRequest, destination),
                    schedule=as_model(JobScheduleCreateRequest, schedule),
                    notifications=as_model(JobNotificationsCreateRequest, notifications),
                    parent_id=parent_id,
                    next_run_at=next_run_at,
                    time_zone=time_zone,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put,
        )

    def list_runs(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[JobRun]:
        """List imports runs.

        `GET /imports/{id}/runs`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[JobRun]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/imports/{encode_path(id)}/runs",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_runs,
        )

    def post_runs(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> ImportRunCreated:
        """Start an import run.

        `POST /imports/{id}/runs`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ImportRunCreated

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/imports/{encode_path(id)}/runs",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_runs,
        )

    def post_cancel(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> JobCancelResponse7:
        """Post to imports cancel.

        `POST /imports/{id}/cancel`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobCancelResponse7

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/imports/{encode_path(id)}/cancel",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_cancel,
        )

    def post_syncs(
        self,
        id: int,
        source: ImportSyncSourceCreateRequest | Mapping[str, Any],
        destination: ImportSyncDestinationCreateRequest | Mapping[str, Any],
        *,
        advanced_options: ImportAdvancedSyncOptionsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ImportSync:
        """Post to imports syncs.

        `POST /imports/{id}/syncs`

        Args:
            id: The `id` path parameter.
            source: The `source` field of the request body.
            destination: The `destination` field of the request body.
            advanced_options: The `advancedOptions` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ImportSync

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/imports/{encode_path(id)}/syncs",
                json=ImportSyncCreateRequest(
                    source=as_model(ImportSyncSourceCreateRequest, source),
                    destination=as_model(ImportSyncDestinationCreateRequest, destination),
                    advanced_options=as_model(ImportAdvancedSyncOptionsCreateRequest, advanced_options),
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_syncs,
        )

    def put_syncs(
        self,
        id: int,
        sync_id: int,
        source: ImportSyncSourceCreateRequest | Mapping[str, Any],
        destination: ImportSyncDestinationCreateRequest | Mapping[str, Any],
        *,
        advanced_options: ImportAdvancedSyncOptionsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ImportSync:
        """Replace imports syncs.

        `PUT /imports/{id}/syncs/{sync_id}`

        Args:
            id: The `id` path parameter.
            sync_id: The `sync_id` path parameter.
            source: The `source` field of the request body.
            destination: The `destination` field of the request body.
            advanced_options: The `advancedOptions` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ImportSync

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/imports/{encode_path(id)}/syncs/{encode_path(sync_id)}",
                json=ImportSyncRelationWithDataUpdateRequest(
                    source=as_model(ImportSyncSourceCreateRequest, source),
                    destination=as_model(ImportSyncDestinationCreateRequest, destination),
                    advanced_options=as_model(ImportAdvancedSyncOptionsCreateRequest, advanced_options),
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_syncs,
        )

    def put_syncs_archive(
        self,
        id: int,
        sync_id: int,
        *,
        status: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ImportSync:
        """Replace imports syncs archive.

        `PUT /imports/{id}/syncs/{sync_id}/archive`

        Args:
            id: The `id` path parameter.
            sync_id: The `sync_id` path parameter.
            status: The `status` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ImportSync

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/imports/{encode_path(id)}/syncs/{encode_path(sync_id)}/archive",
                json=ImportSyncRelationUpdateRequest(status=status).to_dict()
                if not all(isinstance(value, Unset) for value in (status,))
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_syncs_archive,
        )


class ImportsResourceWithRawResponse:
    """`imports` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: ImportsResource) -> None:
        self.list_shares = to_raw_response(resource.list_shares)
        self.put_shares_users = to_raw_response(resource.put_shares_users)
        self.delete_shares_users = to_raw_response(resource.delete_shares_users)
        self.put_shares_groups = to_raw_response(resource.put_shares_groups)
        self.delete_shares_groups = to_raw_response(resource.delete_shares_groups)
        self.list_projects = to_raw_response(resource.list_projects)
        self.put_projects = to_raw_response(resource.put_projects)
        self.delete_projects = to_raw_response(resource.delete_projects)
        self.put_archive = to_raw_response(resource.put_archive)
        self.list = to_raw_response(resource.list)
        self.post = to_raw_response(resource.post)
        self.post_files = to_raw_response(resource.post_files)
        self.list_files_runs = to_raw_response(resource.list_files_runs)
        self.post_files_runs = to_raw_response(resource.post_files_runs)
        self.get_files_runs = to_raw_response(resource.get_files_runs)
        self.delete_files_runs = to_raw_response(resource.delete_files_runs)
        self.list_files_runs_logs = to_raw_response(resource.list_files_runs_logs)
        self.list_runs_logs = to_raw_response(resource.list_runs_logs)
        self.list_batches = to_raw_response(resource.list_batches)
        self.post_batches = to_raw_response(resource.post_batches)
        self.get_batches = to_raw_response(resource.get_batches)
        self.get = to_raw_response(resource.get)
        self.put = to_raw_response(resource.put)
        self.list_runs = to_raw_response(resource.list_runs)
        self.post_runs = to_raw_response(resource.post_runs)
        self.post_cancel = to_raw_response(resource.post_cancel)
        self.post_syncs = to_raw_response(resource.post_syncs)
        self.put_syncs = to_raw_response(resource.put_syncs)
        self.put_syncs_archive = to_raw_response(resource.put_syncs_archive)


class AsyncImportsResource:
    """Operations on `client.imports`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncImportsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncImportsResourceWithRawResponse(self)

    async def list_shares(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> list[ShareIndex]:
        """List imports shares.

        `GET /imports/{id}/shares`

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
                f"/imports/{encode_path(id)}/shares",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_shares,
        )

    async def put_shares_users(
        self,
        id: int,
        user_ids: list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace imports shares users.

        `PUT /imports/{id}/shares/users`

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
                f"/imports/{encode_path(id)}/shares/users",
                json=ShareUsersUpdateRequest9(
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
        """Delete imports shares users.

        `DELETE /imports/{id}/shares/users/{user_id}`

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
                f"/imports/{encode_path(id)}/shares/users/{encode_path(user_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_shares_users,
        )

    async def put_shares_groups(
        self,
        id: int,
        group_ids: list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace imports shares groups.

        `PUT /imports/{id}/shares/groups`

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
                f"/imports/{encode_path(id)}/shares/groups",
                json=ShareGroupsUpdateRequest9(
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
        """Delete imports shares groups.

        `DELETE /imports/{id}/shares/groups/{group_id}`

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
                f"/imports/{encode_path(id)}/shares/groups/{encode_path(group_id)}",
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
    ) -> list[ProjectsProjectSummary]:
        """List imports projects.

        `GET /imports/{id}/projects`

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
                f"/imports/{encode_path(id)}/projects",
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
        """Replace imports projects.

        `PUT /imports/{id}/projects/{project_id}`

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
                f"/imports/{encode_path(id)}/projects/{encode_path(project_id)}",
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
        """Delete imports projects.

        `DELETE /imports/{id}/projects/{project_id}`

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
                f"/imports/{encode_path(id)}/projects/{encode_path(project_id)}",
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
    ) -> Import:
        """Replace imports archive.

        `PUT /imports/{id}/archive`

        Args:
            id: The `id` path parameter.
            status: The `status` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Import

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/imports/{encode_path(id)}/archive",
                json=ArchiveUpdateRequest7(status=status).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_archive,
        )

    def list(
        self,
        *,
        type: str | Unset = UNSET,
        author: str | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        archived: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetImportsOrderDir | Unset = UNSET,
        destination: str | Unset = UNSET,
        status: str | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[ImportSummary]:
        """List imports.

        `GET /imports/`

        Args:
            type: Only this import kind.
            author: Comma-separated user ids whose objects to keep.
            hidden: Return hidden (system-created) objects instead of visible ones.
            archived: `true`, `false` or `all`; default `false`.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            destination: The `destination` query parameter.
            status: The `status` query parameter.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `ImportSummary`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[ImportSummary]` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/imports/",
                params=query_params(
                    {
                        "type": type,
                        "author": author,
                        "hidden": hidden,
                        "archived": archived,
                        "limit": limit,
                        "page_num": page_num,
                        "order": order,
                        "order_dir": order_dir,
                        "destination": destination,
                        "status": status,
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
        sync_type: str,
        is_outbound: bool,
        *,
        source: PostImportsBodySource | Mapping[str, Any] | Unset = UNSET,
        destination: PostImportsBodyDestination | Mapping[str, Any] | Unset = UNSET,
        schedule: JobScheduleInput | Mapping[str, Any] | Unset = UNSET,
        parent_id: int | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        notifications: JobNotificationsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        next_run_at: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Import:
        """Create an import.

        `POST /imports/`

        Args:
            name: The `name` field of the request body.
            sync_type: e.g. Dbsync, AutoImport or GdocImport.
            is_outbound: True when data leaves Civis.
            source: The `source` field of the request body.
            destination: The `destination` field of the request body.
            schedule: Schedule settings to store on a job; every field is optional.
            parent_id: The `parentId` field of the request body.
            time_zone: The `timeZone` field of the request body.
            hidden: The `hidden` field of the request body.
            notifications: The `notifications` field of the request body.
            next_run_at: The `nextRunAt` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Import

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/imports/",
                json=PostImportsBody(
                    name=name,
                    sync_type=sync_type,
                    is_outbound=is_outbound,
                    source=as_model(PostImportsBodySource, source),
                    destination=as_model(PostImportsBodyDestination, destination),
                    schedule=as_model(JobScheduleInput, schedule),
                    parent_id=parent_id,
                    time_zone=time_zone,
                    hidden=hidden,
                    notifications=as_model(JobNotificationsCreateRequest, notifications),
                    next_run_at=next_run_at,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post,
        )

    async def post_files(
        self,
        schema: str,
        name: str,
        remote_host_id: int,
        credential_id: int,
        *,
        max_errors: int | Unset = UNSET,
        existing_table_rows: str | Unset = UNSET,
        diststyle: str | Unset = UNSET,
        distkey: str | Unset = UNSET,
        sortkey1: str | Unset = UNSET,
        sortkey2: str | Unset = UNSET,
        column_delimiter: str | Unset = UNSET,
        first_row_is_header: bool | Unset = UNSET,
        multipart: bool | Unset = UNSET,
        escaped: bool | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ImportFileUploadResponse:
        """Post to imports files.

        `POST /imports/files`

        Args:
            schema: The `schema` field of the request body.
            name: The `name` field of the request body.
            remote_host_id: The `remoteHostId` field of the request body.
            credential_id: The `credentialId` field of the request body.
            max_errors: The `maxErrors` field of the request body.
            existing_table_rows: The `existingTableRows` field of the request body.
            diststyle: The `diststyle` field of the request body.
            distkey: The `distkey` field of the request body.
            sortkey1: The `sortkey1` field of the request body.
            sortkey2: The `sortkey2` field of the request body.
            column_delimiter: The `columnDelimiter` field of the request body.
            first_row_is_header: The `firstRowIsHeader` field of the request body.
            multipart: The `multipart` field of the request body.
            escaped: The `escaped` field of the request body.
            hidden: The `hidden` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ImportFileUploadResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/imports/files",
                json=ImportFileUploadCreateRequest(
                    schema=schema,
                    name=name,
                    remote_host_id=remote_host_id,
                    credential_id=credential_id,
                    max_errors=max_errors,
                    existing_table_rows=existing_table_rows,
                    diststyle=diststyle,
                    distkey=distkey,
                    sortkey1=sortkey1,
                    sortkey2=sortkey2,
                    column_delimiter=column_delimiter,
                    first_row_is_header=first_row_is_header,
                    multipart=multipart,
                    escaped=escaped,
                    hidden=hidden,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_files,
        )

    def list_files_runs(
        self,
        id: int,
        *,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: str | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[ImportRun]:
        """List imports files runs.

        `GET /imports/files/{id}/runs`

        Args:
            id: The `id` path parameter.
            limit: The `limit` query parameter.
            page_num: The `page_num` query parameter.
            order: The `order` query parameter.
            order_dir: The `order_dir` query parameter.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `ImportRun`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[ImportRun]` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                f"/imports/files/{encode_path(id)}/runs",
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
            cast=_parse_list_files_runs,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    async def post_files_runs(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> ImportRun:
        """Post to imports files runs.

        `POST /imports/files/{id}/runs`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ImportRun

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/imports/files/{encode_path(id)}/runs",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_files_runs,
        )

    async def get_files_runs(
        self,
        id: int,
        run_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> ImportRun:
        """Get imports files runs.

        `GET /imports/files/{id}/runs/{run_id}`

        Args:
            id: The `id` path parameter.
            run_id: The `run_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ImportRun

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/imports/files/{encode_path(id)}/runs/{encode_path(run_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_files_runs,
        )

    async def delete_files_runs(
        self,
        id: int,
        run_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete imports files runs.

        `DELETE /imports/files/{id}/runs/{run_id}`

        Args:
            id: The `id` path parameter.
            run_id: The `run_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/imports/files/{encode_path(id)}/runs/{encode_path(run_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_files_runs,
        )

    async def list_files_runs_logs(
        self,
        id: int,
        run_id: int,
        *,
        last_id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[LogRunLogResponseSummary]:
        """List imports files runs logs.

        `GET /imports/files/{id}/runs/{run_id}/logs`

        Args:
            id: The `id` path parameter.
            run_id: The `run_id` path parameter.
            last_id: The `last_id` query parameter.
            limit: The `limit` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[LogRunLogResponseSummary]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/imports/files/{encode_path(id)}/runs/{encode_path(run_id)}/logs",
                params=query_params(
                    {
                        "last_id": last_id,
                        "limit": limit,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_files_runs_logs,
        )

    async def list_runs_logs(
        self,
        id: int,
        run_id: int,
        *,
        last_id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[LogEntry]:
        """Read an import run's logs.

        `GET /imports/{id}/runs/{run_id}/logs`

        Args:
            id: Object id.
            run_id: Run id.
            last_id: Cursor: only return log lines with a larger id than this one.
            limit: Most log lines to return (the server default is 10000).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[LogEntry]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/imports/{encode_path(id)}/runs/{encode_path(run_id)}/logs",
                params=query_params(
                    {
                        "last_id": last_id,
                        "limit": limit,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_runs_logs,
        )

    def list_batches(
        self,
        *,
        hidden: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: str | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[ImportBatchImportSummary]:
        """List imports batches.

        `GET /imports/batches`

        Args:
            hidden: The `hidden` query parameter.
            limit: The `limit` query parameter.
            page_num: The `page_num` query parameter.
            order: The `order` query parameter.
            order_dir: The `order_dir` query parameter.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `ImportBatchImportSummary`: iterating it yields every item across pages, fetching
            them as needed; `iter_pages()` yields each page (its items, the parsed
            `list[ImportBatchImportSummary]` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/imports/batches",
                params=query_params(
                    {
                        "hidden": hidden,
                        "limit": limit,
                        "page_num": page_num,
                        "order": order,
                        "order_dir": order_dir,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_batches,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    async def post_batches(
        self,
        file_ids: builtins.list[int],
        schema: str,
        table: str,
        remote_host_id: int,
        credential_id: int,
        *,
        column_delimiter: str | Unset = UNSET,
        first_row_is_header: bool | Unset = UNSET,
        compression: str | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ImportBatchImport:
        """Post to imports batches.

        `POST /imports/batches`

        Args:
            file_ids: The `fileIds` field of the request body.
            schema: The `schema` field of the request body.
            table: The `table` field of the request body.
            remote_host_id: The `remoteHostId` field of the request body.
            credential_id: The `credentialId` field of the request body.
            column_delimiter: The `columnDelimiter` field of the request body.
            first_row_is_header: The `firstRowIsHeader` field of the request body.
            compression: The `compression` field of the request body.
            hidden: The `hidden` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ImportBatchImport

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/imports/batches",
                json=ImportBatchImportCreateRequest(
                    file_ids=file_ids,
                    schema=schema,
                    table=table,
                    remote_host_id=remote_host_id,
                    credential_id=credential_id,
                    column_delimiter=column_delimiter,
                    first_row_is_header=first_row_is_header,
                    compression=compression,
                    hidden=hidden,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_batches,
        )

    async def get_batches(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> ImportBatchImport:
        """Get imports batches.

        `GET /imports/batches/{id}`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ImportBatchImport

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/imports/batches/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_batches,
        )

    async def get(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> Import:
        """Get an import.

        `GET /imports/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Import

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/imports/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get,
        )

    async def put(
        self,
        id: int,
        name: str,
        sync_type: str,
        is_outbound: bool,
        *,
        source: ImportDataSourceCreateRequest | Mapping[str, Any] | Unset = UNSET,
        destination: ImportDataSourceCreateRequest | Mapping[str, Any] | Unset = UNSET,
        schedule: JobScheduleCreateRequest | Mapping[str, Any] | Unset = UNSET,
        notifications: JobNotificationsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        parent_id: int | Unset = UNSET,
        next_run_at: str | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Import:
        """Replace imports.

        `PUT /imports/{id}`

        Args:
            id: The `id` path parameter.
            name: The `name` field of the request body.
            sync_type: The `syncType` field of the request body.
            is_outbound: The `isOutbound` field of the request body.
            source: The `source` field of the request body.
            destination: The `destination` field of the request body.
            schedule: The `schedule` field of the request body.
            notifications: The `notifications` field of the request body.
            parent_id: The `parentId` field of the request body.
            next_run_at: The `nextRunAt` field of the request body.
            time_zone: The `timeZone` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Import

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/imports/{encode_path(id)}",
                json=ImportUpdateRequest(
                    name=name,
                    sync_type=sync_type,
                    is_outbound=is_outbound,
                    source=as_model(ImportDataSourceCreateRequest, source),
                    destination=as_model(ImportDataSourceCreateRequest, destination),
                    schedule=as_model(JobScheduleCreateRequest, schedule),
                    notifications=as_model(JobNotificationsCreateRequest, notifications),
                    parent_id=parent_id,
                    next_run_at=next_run_at,
                    time_zone=time_zone,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put,
        )

    async def list_runs(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[JobRun]:
        """List imports runs.

        `GET /imports/{id}/runs`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[JobRun]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/imports/{encode_path(id)}/runs",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_runs,
        )

    async def post_runs(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> ImportRunCreated:
        """Start an import run.

        `POST /imports/{id}/runs`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ImportRunCreated

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/imports/{encode_path(id)}/runs",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_runs,
        )

    async def post_cancel(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> JobCancelResponse7:
        """Post to imports cancel.

        `POST /imports/{id}/cancel`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobCancelResponse7

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/imports/{encode_path(id)}/cancel",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_cancel,
        )

    async def post_syncs(
        self,
        id: int,
        source: ImportSyncSourceCreateRequest | Mapping[str, Any],
        destination: ImportSyncDestinationCreateRequest | Mapping[str, Any],
        *,
        advanced_options: ImportAdvancedSyncOptionsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ImportSync:
        """Post to imports syncs.

        `POST /imports/{id}/syncs`

        Args:
            id: The `id` path parameter.
            source: The `source` field of the request body.
            destination: The `destination` field of the request body.
            advanced_options: The `advancedOptions` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ImportSync

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/imports/{encode_path(id)}/syncs",
                json=ImportSyncCreateRequest(
                    source=as_model(ImportSyncSourceCreateRequest, source),
                    destination=as_model(ImportSyncDestinationCreateRequest, destination),
                    advanced_options=as_model(ImportAdvancedSyncOptionsCreateRequest, advanced_options),
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_syncs,
        )

    async def put_syncs(
        self,
        id: int,
        sync_id: int,
        source: ImportSyncSourceCreateRequest | Mapping[str, Any],
        destination: ImportSyncDestinationCreateRequest | Mapping[str, Any],
        *,
        advanced_options: ImportAdvancedSyncOptionsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ImportSync:
        """Replace imports syncs.

        `PUT /imports/{id}/syncs/{sync_id}`

        Args:
            id: The `id` path parameter.
            sync_id: The `sync_id` path parameter.
            source: The `source` field of the request body.
            destination: The `destination` field of the request body.
            advanced_options: The `advancedOptions` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ImportSync

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/imports/{encode_path(id)}/syncs/{encode_path(sync_id)}",
                json=ImportSyncRelationWithDataUpdateRequest(
                    source=as_model(ImportSyncSourceCreateRequest, source),
                    destination=as_model(ImportSyncDestinationCreateRequest, destination),
                    advanced_options=as_model(ImportAdvancedSyncOptionsCreateRequest, advanced_options),
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_syncs,
        )

    async def put_syncs_archive(
        self,
        id: int,
        sync_id: int,
        *,
        status: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ImportSync:
        """Replace imports syncs archive.

        `PUT /imports/{id}/syncs/{sync_id}/archive`

        Args:
            id: The `id` path parameter.
            sync_id: The `sync_id` path parameter.
            status: The `status` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ImportSync

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/imports/{encode_path(id)}/syncs/{encode_path(sync_id)}/archive",
                json=ImportSyncRelationUpdateRequest(status=status).to_dict()
                if not all(isinstance(value, Unset) for value in (status,))
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_syncs_archive,
        )


class AsyncImportsResourceWithRawResponse:
    """`imports` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncImportsResource) -> None:
        self.list_shares = to_async_raw_response(resource.list_shares)
        self.put_shares_users = to_async_raw_response(resource.put_shares_users)
        self.delete_shares_users = to_async_raw_response(resource.delete_shares_users)
        self.put_shares_groups = to_async_raw_response(resource.put_shares_groups)
        self.delete_shares_groups = to_async_raw_response(resource.delete_shares_groups)
        self.list_projects = to_async_raw_response(resource.list_projects)
        self.put_projects = to_async_raw_response(resource.put_projects)
        self.delete_projects = to_async_raw_response(resource.delete_projects)
        self.put_archive = to_async_raw_response(resource.put_archive)
        self.list = to_async_raw_response(resource.list)
        self.post = to_async_raw_response(resource.post)
        self.post_files = to_async_raw_response(resource.post_files)
        self.list_files_runs = to_async_raw_response(resource.list_files_runs)
        self.post_files_runs = to_async_raw_response(resource.post_files_runs)
        self.get_files_runs = to_async_raw_response(resource.get_files_runs)
        self.delete_files_runs = to_async_raw_response(resource.delete_files_runs)
        self.list_files_runs_logs = to_async_raw_response(resource.list_files_runs_logs)
        self.list_runs_logs = to_async_raw_response(resource.list_runs_logs)
        self.list_batches = to_async_raw_response(resource.list_batches)
        self.post_batches = to_async_raw_response(resource.post_batches)
        self.get_batches = to_async_raw_response(resource.get_batches)
        self.get = to_async_raw_response(resource.get)
        self.put = to_async_raw_response(resource.put)
        self.list_runs = to_async_raw_response(resource.list_runs)
        self.post_runs = to_async_raw_response(resource.post_runs)
        self.post_cancel = to_async_raw_response(resource.post_cancel)
        self.post_syncs = to_async_raw_response(resource.post_syncs)
        self.put_syncs = to_async_raw_response(resource.put_syncs)
        self.put_syncs_archive = to_async_raw_response(resource.put_syncs_archive)
