"""Operations on `client.enhancements`."""

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
from ..models.archive_update_request_2 import ArchiveUpdateRequest2
from ..models.cass_ncoa_enhancement import CassNcoaEnhancement
from ..models.cass_ncoa_enhancement_patch_request import CassNcoaEnhancementPatchRequest
from ..models.cass_ncoa_enhancement_update_request import CassNcoaEnhancementUpdateRequest
from ..models.cass_ncoa_run import CassNcoaRun
from ..models.enhancement_cass_ncoa_columns_create_request import EnhancementCassNcoaColumnsCreateRequest
from ..models.enhancement_cass_ncoa_dest_params_create_request import EnhancementCassNcoaDestParamsCreateRequest
from ..models.enhancement_cass_ncoa_source_params_create_request import EnhancementCassNcoaSourceParamsCreateRequest
from ..models.enhancement_summary import EnhancementSummary
from ..models.enhancement_type import EnhancementType
from ..models.error_model import Error
from ..models.get_enhancements_order_dir import GetEnhancementsOrderDir
from ..models.job_cancel_response_3 import JobCancelResponse3
from ..models.job_notifications_create_request import JobNotificationsCreateRequest
from ..models.job_output_summary_2 import JobOutputSummary2
from ..models.job_schedule_create_request import JobScheduleCreateRequest
from ..models.job_schedule_input import JobScheduleInput
from ..models.log_run_log_response_summary import LogRunLogResponseSummary
from ..models.post_enhancements_cass_ncoa_body import PostEnhancementsCassNcoaBody
from ..models.post_enhancements_cass_ncoa_body_destination import PostEnhancementsCassNcoaBodyDestination
from ..models.post_enhancements_cass_ncoa_body_source import PostEnhancementsCassNcoaBodySource
from ..models.projects_project_summary import ProjectsProjectSummary
from ..models.share_groups_update_request_4 import ShareGroupsUpdateRequest4
from ..models.share_index import ShareIndex
from ..models.share_users_update_request_4 import ShareUsersUpdateRequest4
from ..types import UNSET, Unset


def _parse_list_types(response: httpx.Response) -> list[EnhancementType]:
    response_200 = decode.model_array(_models.EnhancementType.from_dict, response.json())

    return response_200


def _parse_list(response: httpx.Response) -> list[EnhancementSummary]:
    response_200 = decode.model_array(_models.EnhancementSummary.from_dict, response.json())

    return response_200


def _parse_post_cass_ncoa(response: httpx.Response) -> CassNcoaEnhancement:
    return CassNcoaEnhancement.from_dict(response.json())


def _parse_get_cass_ncoa(response: httpx.Response) -> CassNcoaEnhancement:
    return CassNcoaEnhancement.from_dict(response.json())


def _parse_put_cass_ncoa(response: httpx.Response) -> CassNcoaEnhancement:
    return CassNcoaEnhancement.from_dict(response.json())


def _parse_patch_cass_ncoa(response: httpx.Response) -> CassNcoaEnhancement:
    return CassNcoaEnhancement.from_dict(response.json())


def _parse_list_cass_ncoa_runs(response: httpx.Response) -> list[CassNcoaRun]:
    response_200 = decode.model_array(_models.CassNcoaRun.from_dict, response.json())

    return response_200


def _parse_post_cass_ncoa_runs(response: httpx.Response) -> CassNcoaRun:
    return CassNcoaRun.from_dict(response.json())


def _parse_get_cass_ncoa_runs(response: httpx.Response) -> CassNcoaRun:
    return CassNcoaRun.from_dict(response.json())


def _parse_delete_cass_ncoa_runs(response: httpx.Response) -> None:
    return None


def _parse_list_cass_ncoa_runs_logs(response: httpx.Response) -> list[LogRunLogResponseSummary]:
    response_200 = decode.model_array(_models.LogRunLogResponseSummary.from_dict, response.json())

    return response_200


def _parse_post_cass_ncoa_cancel(response: httpx.Response) -> JobCancelResponse3:
    return JobCancelResponse3.from_dict(response.json())


def _parse_list_cass_ncoa_runs_outputs(response: httpx.Response) -> list[JobOutputSummary2]:
    response_200 = decode.model_array(_models.JobOutputSummary2.from_dict, response.json())

    return response_200


def _parse_list_cass_ncoa_shares(response: httpx.Response) -> list[ShareIndex]:
    response_200 = decode.model_array(_models.ShareIndex.from_dict, response.json())

    return response_200


def _parse_put_cass_ncoa_shares_users(response: httpx.Response) -> ShareIndex:
    return ShareIndex.from_dict(response.json())


def _parse_delete_cass_ncoa_shares_users(response: httpx.Response) -> None:
    return None


def _parse_put_cass_ncoa_shares_groups(response: httpx.Response) -> ShareIndex:
    return ShareIndex.from_dict(response.json())


def _parse_delete_cass_ncoa_shares_groups(response: httpx.Response) -> None:
    return None


def _parse_list_cass_ncoa_projects(response: httpx.Response) -> list[ProjectsProjectSummary]:
    response_200 = decode.model_array(_models.ProjectsProjectSummary.from_dict, response.json())

    return response_200


def _parse_put_cass_ncoa_projects(response: httpx.Response) -> None:
    return None


def _parse_delete_cass_ncoa_projects(response: httpx.Response) -> None:
    return None


def _parse_put_cass_ncoa_archive(response: httpx.Response) -> CassNcoaEnhancement:
    return CassNcoaEnhancement.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Error.from_dict,
    401: Error.from_dict,
    403: Error.from_dict,
    404: Error.from_dict,
    429: Error.from_dict,
}


class EnhancementsResource:
    """Operations on `client.enhancements`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> EnhancementsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return EnhancementsResourceWithRawResponse(self)

    def list_types(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> list[EnhancementType]:
        """List enhancement kinds.

        `GET /enhancements/types`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[EnhancementType]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/enhancements/types",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_types,
        )

    def list(
        self,
        *,
        type: str | Unset = UNSET,
        author: str | Unset = UNSET,
        archived: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetEnhancementsOrderDir | Unset = UNSET,
        status: str | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[EnhancementSummary]:
        """List enhancements.

        `GET /enhancements/`

        Args:
            type: Only this enhancement kind.
            author: Comma-separated user ids whose objects to keep.
            archived: `true`, `false` or `all`; default `false`.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            status: The `status` query parameter.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `EnhancementSummary`: iterating it yields every item across pages, fetching them
            as needed; `iter_pages()` yields each page (its items, the parsed `list[EnhancementSummary]`
            and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/enhancements/",
                params=query_params(
                    {
                        "type": type,
                        "author": author,
                        "archived": archived,
                        "limit": limit,
                        "page_num": page_num,
                        "order": order,
                        "order_dir": order_dir,
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

    def post_cass_ncoa(
        self,
        name: str,
        source: PostEnhancementsCassNcoaBodySource | Mapping[str, Any],
        *,
        destination: PostEnhancementsCassNcoaBodyDestination | Mapping[str, Any] | Unset = UNSET,
        perform_ncoa: bool | Unset = UNSET,
        ncoa_credential_id: int | Unset = UNSET,
        output_level: str | Unset = UNSET,
        limiting_sql: str | Unset = UNSET,
        batch_size: int | Unset = UNSET,
        schedule: JobScheduleInput | Mapping[str, Any] | Unset = UNSET,
        parent_id: int | Unset = UNSET,
        notifications: JobNotificationsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        column_mapping: EnhancementCassNcoaColumnsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        use_default_column_mapping: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CassNcoaEnhancement:
        """Set up a CASS/NCOA job.

        `POST /enhancements/cass-ncoa`

        Args:
            name: The `name` field of the request body.
            source: Table holding the addresses.
            destination: The `destination` field of the request body.
            perform_ncoa: Also look up change-of-address records.
            ncoa_credential_id: The `ncoaCredentialId` field of the request body.
            output_level: `cass` or `all` columns in the output.
            limiting_sql: The `limitingSQL` field of the request body.
            batch_size: The `batchSize` field of the request body.
            schedule: Schedule settings to store on a job; every field is optional.
            parent_id: The `parentId` field of the request body.
            notifications: The `notifications` field of the request body.
            column_mapping: The `columnMapping` field of the request body.
            use_default_column_mapping: The `useDefaultColumnMapping` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CassNcoaEnhancement

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/enhancements/cass-ncoa",
                json=PostEnhancementsCassNcoaBody(
                    name=name,
                    source=as_model(PostEnhancementsCassNcoaBodySource, source),
                    destination=as_model(PostEnhancementsCassNcoaBodyDestination, destination),
                    perform_ncoa=perform_ncoa,
                    ncoa_credential_id=ncoa_credential_id,
                    output_level=output_level,
                    limiting_sql=limiting_sql,
                    batch_size=batch_size,
                    schedule=as_model(JobScheduleInput, schedule),
                    parent_id=parent_id,
                    notifications=as_model(JobNotificationsCreateRequest, notifications),
                    column_mapping=as_model(EnhancementCassNcoaColumnsCreateRequest, column_mapping),
                    use_default_column_mapping=use_default_column_mapping,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_cass_ncoa,
        )

    def get_cass_ncoa(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> CassNcoaEnhancement:
        """Show a CASS/NCOA job.

        `GET /enhancements/cass-ncoa/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CassNcoaEnhancement

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/enhancements/cass-ncoa/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_cass_ncoa,
        )

    def put_cass_ncoa(
        self,
        id: int,
        name: str,
        source: EnhancementCassNcoaSourceParamsCreateRequest | Mapping[str, Any],
        *,
        schedule: JobScheduleCreateRequest | Mapping[str, Any] | Unset = UNSET,
        notifications: JobNotificationsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        destination: EnhancementCassNcoaDestParamsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        column_mapping: EnhancementCassNcoaColumnsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        use_default_column_mapping: bool | Unset = UNSET,
        perform_ncoa: bool | Unset = UNSET,
        ncoa_credential_id: int | Unset = UNSET,
        output_level: str | Unset = UNSET,
        limiting_sql: str | Unset = UNSET,
        batch_size: int | Unset = UNSET,
        parent_id: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CassNcoaEnhancement:
        """Replace enhancements cass-ncoa.

        `PUT /enhancements/cass-ncoa/{id}`

        Args:
            id: The `id` path parameter.
            name: The `name` field of the request body.
            source: The `source` field of the request body.
            schedule: The `schedule` field of the request body.
            notifications: The `notifications` field of the request body.
            destination: The `destination` field of the request body.
            column_mapping: The `columnMapping` field of the request body.
            use_default_column_mapping: The `useDefaultColumnMapping` field of the request body.
            perform_ncoa: The `performNcoa` field of the request body.
            ncoa_credential_id: The `ncoaCredentialId` field of the request body.
            output_level: The `outputLevel` field of the request body.
            limiting_sql: The `limitingSQL` field of the request body.
            batch_size: The `batchSize` field of the request body.
            parent_id: The `parentId` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CassNcoaEnhancement

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/enhancements/cass-ncoa/{encode_path(id)}",
                json=CassNcoaEnhancementUpdateRequest(
                    name=name,
                    source=as_model(EnhancementCassNcoaSourceParamsCreateRequest, source),
                    schedule=as_model(JobScheduleCreateRequest, schedule),
                    notifications=as_model(JobNotificationsCreateRequest, notifications),
                    destination=as_model(EnhancementCassNcoaDestParamsCreateRequest, destination),
                    column_mapping=as_model(EnhancementCassNcoaColumnsCreateRequest, column_mapping),
                    use_default_column_mapping=use_default_column_mapping,
                    perform_ncoa=perform_ncoa,
                    ncoa_credential_id=ncoa_credential_id,
                    output_level=output_level,
                    limiting_sql=limiting_sql,
                    batch_size=batch_size,
                    parent_id=parent_id,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_cass_ncoa,
        )

    def patch_cass_ncoa(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        schedule: JobScheduleCreateRequest | Mapping[str, Any] | Unset = UNSET,
        notifications: JobNotificationsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        source: EnhancementCassNcoaSourceParamsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        destination: EnhancementCassNcoaDestParamsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        column_mapping: EnhancementCassNcoaColumnsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        use_default_column_mapping: bool | Unset = UNSET,
        perform_ncoa: bool | Unset = UNSET,
        ncoa_credential_id: int | Unset = UNSET,
        output_level: str | Unset = UNSET,
        limiting_sql: str | Unset = UNSET,
        batch_size: int | Unset = UNSET,
        parent_id: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CassNcoaEnhancement:
        """Update enhancements cass-ncoa.

        `PATCH /enhancements/cass-ncoa/{id}`

        Args:
            id: The `id` path parameter.
            name: The `name` field of the request body.
            schedule: The `schedule` field of the request body.
            notifications: The `notifications` field of the request body.
            source: The `source` field of the request body.
            destination: The `destination` field of the request body.
            column_mapping: The `columnMapping` field of the request body.
            use_default_column_mapping: The `useDefaultColumnMapping` field of the request body.
            perform_ncoa: The `performNcoa` field of the request body.
            ncoa_credential_id: The `ncoaCredentialId` field of the request body.
            output_level: The `outputLevel` field of the request body.
            limiting_sql: The `limitingSQL` field of the request body.
            batch_size: The `batchSize` field of the request body.
            parent_id: The `parentId` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CassNcoaEnhancement

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/enhancements/cass-ncoa/{encode_path(id)}",
                json=CassNcoaEnhancementPatchRequest(
                    name=name,
                    schedule=as_model(JobScheduleCreateRequest, schedule),
                    notifications=as_model(JobNotificationsCreateRequest, notifications),
                    source=as_model(EnhancementCassNcoaSourceParamsCreateRequest, source),
                    destination=as_model(EnhancementCassNcoaDestParamsCreateRequest, destination),
                    column_mapping=as_model(EnhancementCassNcoaColumnsCreateRequest, column_mapping),
                    use_default_column_mapping=use_default_column_mapping,
                    perform_ncoa=perform_ncoa,
                    ncoa_credential_id=ncoa_credential_id,
                    output_level=output_level,
                    limiting_sql=limiting_sql,
                    batch_size=batch_size,
                    parent_id=parent_id,
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        name,
                        schedule,
                        notifications,
                        source,
                        destination,
                        column_mapping,
                        use_default_column_mapping,
                        perform_ncoa,
                        ncoa_credential_id,
                        output_level,
                        limiting_sql,
                        batch_size,
                        parent_id,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_patch_cass_ncoa,
        )

    def list_cass_ncoa_runs(
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
    ) -> SyncPager[CassNcoaRun]:
        """List enhancements cass-ncoa runs.

        `GET /enhancements/cass-ncoa/{id}/runs`

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
            A pager of `CassNcoaRun`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[CassNcoaRun]` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                f"/enhancements/cass-ncoa/{encode_path(id)}/runs",
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
            cast=_parse_list_cass_ncoa_runs,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    def post_cass_ncoa_runs(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> CassNcoaRun:
        """Start a CASS/NCOA run.

        `POST /enhancements/cass-ncoa/{id}/runs`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CassNcoaRun

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/enhancements/cass-ncoa/{encode_path(id)}/runs",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_cass_ncoa_runs,
        )

    def get_cass_ncoa_runs(
        self,
        id: int,
        run_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> CassNcoaRun:
        """Get a CASS/NCOA run.

        `GET /enhancements/cass-ncoa/{id}/runs/{run_id}`

        Args:
            id: Object id.
            run_id: Run id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CassNcoaRun

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/enhancements/cass-ncoa/{encode_path(id)}/runs/{encode_path(run_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_cass_ncoa_runs,
        )

    def delete_cass_ncoa_runs(
        self,
        id: int,
        run_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete enhancements cass-ncoa runs.

        `DELETE /enhancements/cass-ncoa/{id}/runs/{run_id}`

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
                f"/enhancements/cass-ncoa/{encode_path(id)}/runs/{encode_path(run_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_cass_ncoa_runs,
        )

    def list_cass_ncoa_runs_logs(
        self,
        id: int,
        run_id: int,
        *,
        last_id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[LogRunLogResponseSummary]:
        """List enhancements cass-ncoa runs logs.

        `GET /enhancements/cass-ncoa/{id}/runs/{run_id}/logs`

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
                f"/enhancements/cass-ncoa/{encode_path(id)}/runs/{encode_path(run_id)}/logs",
                params=query_params(
                    {
                        "last_id": last_id,
                        "limit": limit,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_cass_ncoa_runs_logs,
        )

    def post_cass_ncoa_cancel(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> JobCancelResponse3:
        """Post to enhancements cass-ncoa cancel.

        `POST /enhancements/cass-ncoa/{id}/cancel`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobCancelResponse3

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/enhancements/cass-ncoa/{encode_path(id)}/cancel",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_cass_ncoa_cancel,
        )

    def list_cass_ncoa_runs_outputs(
        self,
        id: int,
        run_id: int,
        *,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: str | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[JobOutputSummary2]:
        """List enhancements cass-ncoa runs outputs.

        `GET /enhancements/cass-ncoa/{id}/runs/{run_id}/outputs`

        Args:
            id: The `id` path parameter.
            run_id: The `run_id` path parameter.
            limit: The `limit` query parameter.
            page_num: The `page_num` query parameter.
            order: The `order` query parameter.
            order_dir: The `order_dir` query parameter.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `JobOutputSummary2`: iterating it yields every item across pages, fetching them
            as needed; `iter_pages()` yields each page (its items, the parsed `list[JobOutputSummary2]`
            and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                f"/enhancements/cass-ncoa/{encode_path(id)}/runs/{encode_path(run_id)}/outputs",
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
            cast=_parse_list_cass_ncoa_runs_outputs,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    def list_cass_ncoa_shares(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ShareIndex]:
        """List enhancements cass-ncoa shares.

        `GET /enhancements/cass-ncoa/{id}/shares`

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
                f"/enhancements/cass-ncoa/{encode_path(id)}/shares",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_cass_ncoa_shares,
        )

    def put_cass_ncoa_shares_users(
        self,
        id: int,
        user_ids: builtins.list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace enhancements cass-ncoa shares users.

        `PUT /enhancements/cass-ncoa/{id}/shares/users`

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
                f"/enhancements/cass-ncoa/{encode_path(id)}/shares/users",
                json=ShareUsersUpdateRequest4(
                    user_ids=user_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_cass_ncoa_shares_users,
        )

    def delete_cass_ncoa_shares_users(
        self,
        id: int,
        user_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete enhancements cass-ncoa shares users.

        `DELETE /enhancements/cass-ncoa/{id}/shares/users/{user_id}`

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
                f"/enhancements/cass-ncoa/{encode_path(id)}/shares/users/{encode_path(user_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_cass_ncoa_shares_users,
        )

    def put_cass_ncoa_shares_groups(
        self,
        id: int,
        group_ids: builtins.list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace enhancements cass-ncoa shares groups.

        `PUT /enhancements/cass-ncoa/{id}/shares/groups`

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
                f"/enhancements/cass-ncoa/{encode_path(id)}/shares/groups",
                json=ShareGroupsUpdateRequest4(
                    group_ids=group_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_cass_ncoa_shares_groups,
        )

    def delete_cass_ncoa_shares_groups(
        self,
        id: int,
        group_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete enhancements cass-ncoa shares groups.

        `DELETE /enhancements/cass-ncoa/{id}/shares/groups/{group_id}`

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
                f"/enhancements/cass-ncoa/{encode_path(id)}/shares/groups/{encode_path(group_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_cass_ncoa_shares_groups,
        )

    def list_cass_ncoa_projects(
        self,
        id: int,
        *,
        hidden: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ProjectsProjectSummary]:
        """List enhancements cass-ncoa projects.

        `GET /enhancements/cass-ncoa/{id}/projects`

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
                f"/enhancements/cass-ncoa/{encode_path(id)}/projects",
                params=query_params(
                    {
                        "hidden": hidden,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_cass_ncoa_projects,
        )

    def put_cass_ncoa_projects(
        self,
        id: int,
        project_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Replace enhancements cass-ncoa projects.

        `PUT /enhancements/cass-ncoa/{id}/projects/{project_id}`

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
                f"/enhancements/cass-ncoa/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_cass_ncoa_projects,
        )

    def delete_cass_ncoa_projects(
        self,
        id: int,
        project_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete enhancements cass-ncoa projects.

        `DELETE /enhancements/cass-ncoa/{id}/projects/{project_id}`

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
                f"/enhancements/cass-ncoa/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_cass_ncoa_projects,
        )

    def put_cass_ncoa_archive(
        self,
        id: int,
        status: bool,
        *,
        request_options: RequestOptions | None = None,
    ) -> CassNcoaEnhancement:
        """Replace enhancements cass-ncoa archive.

        `PUT /enhancements/cass-ncoa/{id}/archive`

        Args:
            id: The `id` path parameter.
            status: The `status` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CassNcoaEnhancement

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/enhancements/cass-ncoa/{encode_path(id)}/archive",
                json=ArchiveUpdateRequest2(status=status).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_cass_ncoa_archive,
        )


class EnhancementsResourceWithRawResponse:
    """`enhancements` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: EnhancementsResource) -> None:
        self.list_types = to_raw_response(resource.list_types)
        self.list = to_raw_response(resource.list)
        self.post_cass_ncoa = to_raw_response(resource.post_cass_ncoa)
        self.get_cass_ncoa = to_raw_response(resource.get_cass_ncoa)
        self.put_cass_ncoa = to_raw_response(resource.put_cass_ncoa)
        self.patch_cass_ncoa = to_raw_response(resource.patch_cass_ncoa)
        self.list_cass_ncoa_runs = to_raw_response(resource.list_cass_ncoa_runs)
        self.post_cass_ncoa_runs = to_raw_response(resource.post_cass_ncoa_runs)
        self.get_cass_ncoa_runs = to_raw_response(resource.get_cass_ncoa_runs)
        self.delete_cass_ncoa_runs = to_raw_response(resource.delete_cass_ncoa_runs)
        self.list_cass_ncoa_runs_logs = to_raw_response(resource.list_cass_ncoa_runs_logs)
        self.post_cass_ncoa_cancel = to_raw_response(resource.post_cass_ncoa_cancel)
        self.list_cass_ncoa_runs_outputs = to_raw_response(resource.list_cass_ncoa_runs_outputs)
        self.list_cass_ncoa_shares = to_raw_response(resource.list_cass_ncoa_shares)
        self.put_cass_ncoa_shares_users = to_raw_response(resource.put_cass_ncoa_shares_users)
        self.delete_cass_ncoa_shares_users = to_raw_response(resource.delete_cass_ncoa_shares_users)
        self.put_cass_ncoa_shares_groups = to_raw_response(resource.put_cass_ncoa_shares_groups)
        self.delete_cass_ncoa_shares_groups = to_raw_response(resource.delete_cass_ncoa_shares_groups)
        self.list_cass_ncoa_projects = to_raw_response(resource.list_cass_ncoa_projects)
        self.put_cass_ncoa_projects = to_raw_response(resource.put_cass_ncoa_projects)
        self.delete_cass_ncoa_projects = to_raw_response(resource.delete_cass_ncoa_projects)
        self.put_cass_ncoa_archive = to_raw_response(resource.put_cass_ncoa_archive)


class AsyncEnhancementsResource:
    """Operations on `client.enhancements`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncEnhancementsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncEnhancementsResourceWithRawResponse(self)

    async def list_types(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> list[EnhancementType]:
        """List enhancement kinds.

        `GET /enhancements/types`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[EnhancementType]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/enhancements/types",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_types,
        )

    def list(
        self,
        *,
        type: str | Unset = UNSET,
        author: str | Unset = UNSET,
        archived: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetEnhancementsOrderDir | Unset = UNSET,
        status: str | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[EnhancementSummary]:
        """List enhancements.

        `GET /enhancements/`

        Args:
            type: Only this enhancement kind.
            author: Comma-separated user ids whose objects to keep.
            archived: `true`, `false` or `all`; default `false`.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            status: The `status` query parameter.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `EnhancementSummary`: iterating it yields every item across pages, fetching them
            as needed; `iter_pages()` yields each page (its items, the parsed `list[EnhancementSummary]`
            and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/enhancements/",
                params=query_params(
                    {
                        "type": type,
                        "author": author,
                        "archived": archived,
                        "limit": limit,
                        "page_num": page_num,
                        "order": order,
                        "order_dir": order_dir,
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

    async def post_cass_ncoa(
        self,
        name: str,
        source: PostEnhancementsCassNcoaBodySource | Mapping[str, Any],
        *,
        destination: PostEnhancementsCassNcoaBodyDestination | Mapping[str, Any] | Unset = UNSET,
        perform_ncoa: bool | Unset = UNSET,
        ncoa_credential_id: int | Unset = UNSET,
        output_level: str | Unset = UNSET,
        limiting_sql: str | Unset = UNSET,
        batch_size: int | Unset = UNSET,
        schedule: JobScheduleInput | Mapping[str, Any] | Unset = UNSET,
        parent_id: int | Unset = UNSET,
        notifications: JobNotificationsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        column_mapping: EnhancementCassNcoaColumnsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        use_default_column_mapping: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CassNcoaEnhancement:
        """Set up a CASS/NCOA job.

        `POST /enhancements/cass-ncoa`

        Args:
            name: The `name` field of the request body.
            source: Table holding the addresses.
            destination: The `destination` field of the request body.
            perform_ncoa: Also look up change-of-address records.
            ncoa_credential_id: The `ncoaCredentialId` field of the request body.
            output_level: `cass` or `all` columns in the output.
            limiting_sql: The `limitingSQL` field of the request body.
            batch_size: The `batchSize` field of the request body.
            schedule: Schedule settings to store on a job; every field is optional.
            parent_id: The `parentId` field of the request body.
            notifications: The `notifications` field of the request body.
            column_mapping: The `columnMapping` field of the request body.
            use_default_column_mapping: The `useDefaultColumnMapping` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CassNcoaEnhancement

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/enhancements/cass-ncoa",
                json=PostEnhancementsCassNcoaBody(
                    name=name,
                    source=as_model(PostEnhancementsCassNcoaBodySource, source),
                    destination=as_model(PostEnhancementsCassNcoaBodyDestination, destination),
                    perform_ncoa=perform_ncoa,
                    ncoa_credential_id=ncoa_credential_id,
                    output_level=output_level,
                    limiting_sql=limiting_sql,
                    batch_size=batch_size,
                    schedule=as_model(JobScheduleInput, schedule),
                    parent_id=parent_id,
                    notifications=as_model(JobNotificationsCreateRequest, notifications),
                    column_mapping=as_model(EnhancementCassNcoaColumnsCreateRequest, column_mapping),
                    use_default_column_mapping=use_default_column_mapping,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_cass_ncoa,
        )

    async def get_cass_ncoa(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> CassNcoaEnhancement:
        """Show a CASS/NCOA job.

        `GET /enhancements/cass-ncoa/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CassNcoaEnhancement

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/enhancements/cass-ncoa/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_cass_ncoa,
        )

    async def put_cass_ncoa(
        self,
        id: int,
        name: str,
        source: EnhancementCassNcoaSourceParamsCreateRequest | Mapping[str, Any],
        *,
        schedule: JobScheduleCreateRequest | Mapping[str, Any] | Unset = UNSET,
        notifications: JobNotificationsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        destination: EnhancementCassNcoaDestParamsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        column_mapping: EnhancementCassNcoaColumnsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        use_default_column_mapping: bool | Unset = UNSET,
        perform_ncoa: bool | Unset = UNSET,
        ncoa_credential_id: int | Unset = UNSET,
        output_level: str | Unset = UNSET,
        limiting_sql: str | Unset = UNSET,
        batch_size: int | Unset = UNSET,
        parent_id: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CassNcoaEnhancement:
        """Replace enhancements cass-ncoa.

        `PUT /enhancements/cass-ncoa/{id}`

        Args:
            id: The `id` path parameter.
            name: The `name` field of the request body.
            source: The `source` field of the request body.
            schedule: The `schedule` field of the request body.
            notifications: The `notifications` field of the request body.
            destination: The `destination` field of the request body.
            column_mapping: The `columnMapping` field of the request body.
            use_default_column_mapping: The `useDefaultColumnMapping` field of the request body.
            perform_ncoa: The `performNcoa` field of the request body.
            ncoa_credential_id: The `ncoaCredentialId` field of the request body.
            output_level: The `outputLevel` field of the request body.
            limiting_sql: The `limitingSQL` field of the request body.
            batch_size: The `batchSize` field of the request body.
            parent_id: The `parentId` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CassNcoaEnhancement

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/enhancements/cass-ncoa/{encode_path(id)}",
                json=CassNcoaEnhancementUpdateRequest(
                    name=name,
                    source=as_model(EnhancementCassNcoaSourceParamsCreateRequest, source),
                    schedule=as_model(JobScheduleCreateRequest, schedule),
                    notifications=as_model(JobNotificationsCreateRequest, notifications),
                    destination=as_model(EnhancementCassNcoaDestParamsCreateRequest, destination),
                    column_mapping=as_model(EnhancementCassNcoaColumnsCreateRequest, column_mapping),
                    use_default_column_mapping=use_default_column_mapping,
                    perform_ncoa=perform_ncoa,
                    ncoa_credential_id=ncoa_credential_id,
                    output_level=output_level,
                    limiting_sql=limiting_sql,
                    batch_size=batch_size,
                    parent_id=parent_id,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_cass_ncoa,
        )

    async def patch_cass_ncoa(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        schedule: JobScheduleCreateRequest | Mapping[str, Any] | Unset = UNSET,
        notifications: JobNotificationsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        source: EnhancementCassNcoaSourceParamsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        destination: EnhancementCassNcoaDestParamsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        column_mapping: EnhancementCassNcoaColumnsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        use_default_column_mapping: bool | Unset = UNSET,
        perform_ncoa: bool | Unset = UNSET,
        ncoa_credential_id: int | Unset = UNSET,
        output_level: str | Unset = UNSET,
        limiting_sql: str | Unset = UNSET,
        batch_size: int | Unset = UNSET,
        parent_id: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CassNcoaEnhancement:
        """Update enhancements cass-ncoa.

        `PATCH /enhancements/cass-ncoa/{id}`

        Args:
            id: The `id` path parameter.
            name: The `name` field of the request body.
            schedule: The `schedule` field of the request body.
            notifications: The `notifications` field of the request body.
            source: The `source` field of the request body.
            destination: The `destination` field of the request body.
            column_mapping: The `columnMapping` field of the request body.
            use_default_column_mapping: The `useDefaultColumnMapping` field of the request body.
            perform_ncoa: The `performNcoa` field of the request body.
            ncoa_credential_id: The `ncoaCredentialId` field of the request body.
            output_level: The `outputLevel` field of the request body.
            limiting_sql: The `limitingSQL` field of the request body.
            batch_size: The `batchSize` field of the request body.
            parent_id: The `parentId` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CassNcoaEnhancement

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/enhancements/cass-ncoa/{encode_path(id)}",
                json=CassNcoaEnhancementPatchRequest(
                    name=name,
                    schedule=as_model(JobScheduleCreateRequest, schedule),
                    notifications=as_model(JobNotificationsCreateRequest, notifications),
                    source=as_model(EnhancementCassNcoaSourceParamsCreateRequest, source),
                    destination=as_model(EnhancementCassNcoaDestParamsCreateRequest, destination),
                    column_mapping=as_model(EnhancementCassNcoaColumnsCreateRequest, column_mapping),
                    use_default_column_mapping=use_default_column_mapping,
                    perform_ncoa=perform_ncoa,
                    ncoa_credential_id=ncoa_credential_id,
                    output_level=output_level,
                    limiting_sql=limiting_sql,
                    batch_size=batch_size,
                    parent_id=parent_id,
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        name,
                        schedule,
                        notifications,
                        source,
                        destination,
                        column_mapping,
                        use_default_column_mapping,
                        perform_ncoa,
                        ncoa_credential_id,
                        output_level,
                        limiting_sql,
                        batch_size,
                        parent_id,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_patch_cass_ncoa,
        )

    def list_cass_ncoa_runs(
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
    ) -> AsyncPager[CassNcoaRun]:
        """List enhancements cass-ncoa runs.

        `GET /enhancements/cass-ncoa/{id}/runs`

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
            A pager of `CassNcoaRun`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[CassNcoaRun]` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                f"/enhancements/cass-ncoa/{encode_path(id)}/runs",
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
            cast=_parse_list_cass_ncoa_runs,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    async def post_cass_ncoa_runs(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> CassNcoaRun:
        """Start a CASS/NCOA run.

        `POST /enhancements/cass-ncoa/{id}/runs`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CassNcoaRun

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/enhancements/cass-ncoa/{encode_path(id)}/runs",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_cass_ncoa_runs,
        )

    async def get_cass_ncoa_runs(
        self,
        id: int,
        run_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> CassNcoaRun:
        """Get a CASS/NCOA run.

        `GET /enhancements/cass-ncoa/{id}/runs/{run_id}`

        Args:
            id: Object id.
            run_id: Run id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CassNcoaRun

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/enhancements/cass-ncoa/{encode_path(id)}/runs/{encode_path(run_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_cass_ncoa_runs,
        )

    async def delete_cass_ncoa_runs(
        self,
        id: int,
        run_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete enhancements cass-ncoa runs.

        `DELETE /enhancements/cass-ncoa/{id}/runs/{run_id}`

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
                f"/enhancements/cass-ncoa/{encode_path(id)}/runs/{encode_path(run_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_cass_ncoa_runs,
        )

    async def list_cass_ncoa_runs_logs(
        self,
        id: int,
        run_id: int,
        *,
        last_id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[LogRunLogResponseSummary]:
        """List enhancements cass-ncoa runs logs.

        `GET /enhancements/cass-ncoa/{id}/runs/{run_id}/logs`

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
                f"/enhancements/cass-ncoa/{encode_path(id)}/runs/{encode_path(run_id)}/logs",
                params=query_params(
                    {
                        "last_id": last_id,
                        "limit": limit,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_cass_ncoa_runs_logs,
        )

    async def post_cass_ncoa_cancel(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> JobCancelResponse3:
        """Post to enhancements cass-ncoa cancel.

        `POST /enhancements/cass-ncoa/{id}/cancel`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobCancelResponse3

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/enhancements/cass-ncoa/{encode_path(id)}/cancel",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_cass_ncoa_cancel,
        )

    def list_cass_ncoa_runs_outputs(
        self,
        id: int,
        run_id: int,
        *,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: str | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[JobOutputSummary2]:
        """List enhancements cass-ncoa runs outputs.

        `GET /enhancements/cass-ncoa/{id}/runs/{run_id}/outputs`

        Args:
            id: The `id` path parameter.
            run_id: The `run_id` path parameter.
            limit: The `limit` query parameter.
            page_num: The `page_num` query parameter.
            order: The `order` query parameter.
            order_dir: The `order_dir` query parameter.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `JobOutputSummary2`: iterating it yields every item across pages, fetching them
            as needed; `iter_pages()` yields each page (its items, the parsed `list[JobOutputSummary2]`
            and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                f"/enhancements/cass-ncoa/{encode_path(id)}/runs/{encode_path(run_id)}/outputs",
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
            cast=_parse_list_cass_ncoa_runs_outputs,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    async def list_cass_ncoa_shares(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ShareIndex]:
        """List enhancements cass-ncoa shares.

        `GET /enhancements/cass-ncoa/{id}/shares`

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
                f"/enhancements/cass-ncoa/{encode_path(id)}/shares",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_cass_ncoa_shares,
        )

    async def put_cass_ncoa_shares_users(
        self,
        id: int,
        user_ids: builtins.list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace enhancements cass-ncoa shares users.

        `PUT /enhancements/cass-ncoa/{id}/shares/users`

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
                f"/enhancements/cass-ncoa/{encode_path(id)}/shares/users",
                json=ShareUsersUpdateRequest4(
                    user_ids=user_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_cass_ncoa_shares_users,
        )

    async def delete_cass_ncoa_shares_users(
        self,
        id: int,
        user_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete enhancements cass-ncoa shares users.

        `DELETE /enhancements/cass-ncoa/{id}/shares/users/{user_id}`

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
                f"/enhancements/cass-ncoa/{encode_path(id)}/shares/users/{encode_path(user_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_cass_ncoa_shares_users,
        )

    async def put_cass_ncoa_shares_groups(
        self,
        id: int,
        group_ids: builtins.list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace enhancements cass-ncoa shares groups.

        `PUT /enhancements/cass-ncoa/{id}/shares/groups`

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
                f"/enhancements/cass-ncoa/{encode_path(id)}/shares/groups",
                json=ShareGroupsUpdateRequest4(
                    group_ids=group_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_cass_ncoa_shares_groups,
        )

    async def delete_cass_ncoa_shares_groups(
        self,
        id: int,
        group_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete enhancements cass-ncoa shares groups.

        `DELETE /enhancements/cass-ncoa/{id}/shares/groups/{group_id}`

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
                f"/enhancements/cass-ncoa/{encode_path(id)}/shares/groups/{encode_path(group_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_cass_ncoa_shares_groups,
        )

    async def list_cass_ncoa_projects(
        self,
        id: int,
        *,
        hidden: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ProjectsProjectSummary]:
        """List enhancements cass-ncoa projects.

        `GET /enhancements/cass-ncoa/{id}/projects`

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
                f"/enhancements/cass-ncoa/{encode_path(id)}/projects",
                params=query_params(
                    {
                        "hidden": hidden,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_cass_ncoa_projects,
        )

    async def put_cass_ncoa_projects(
        self,
        id: int,
        project_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Replace enhancements cass-ncoa projects.

        `PUT /enhancements/cass-ncoa/{id}/projects/{project_id}`

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
                f"/enhancements/cass-ncoa/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_cass_ncoa_projects,
        )

    async def delete_cass_ncoa_projects(
        self,
        id: int,
        project_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete enhancements cass-ncoa projects.

        `DELETE /enhancements/cass-ncoa/{id}/projects/{project_id}`

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
                f"/enhancements/cass-ncoa/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_cass_ncoa_projects,
        )

    async def put_cass_ncoa_archive(
        self,
        id: int,
        status: bool,
        *,
        request_options: RequestOptions | None = None,
    ) -> CassNcoaEnhancement:
        """Replace enhancements cass-ncoa archive.

        `PUT /enhancements/cass-ncoa/{id}/archive`

        Args:
            id: The `id` path parameter.
            status: The `status` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CassNcoaEnhancement

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/enhancements/cass-ncoa/{encode_path(id)}/archive",
                json=ArchiveUpdateRequest2(status=status).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_cass_ncoa_archive,
        )


class AsyncEnhancementsResourceWithRawResponse:
    """`enhancements` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncEnhancementsResource) -> None:
        self.list_types = to_async_raw_response(resource.list_types)
        self.list = to_async_raw_response(resource.list)
        self.post_cass_ncoa = to_async_raw_response(resource.post_cass_ncoa)
        self.get_cass_ncoa = to_async_raw_response(resource.get_cass_ncoa)
        self.put_cass_ncoa = to_async_raw_response(resource.put_cass_ncoa)
        self.patch_cass_ncoa = to_async_raw_response(resource.patch_cass_ncoa)
        self.list_cass_ncoa_runs = to_async_raw_response(resource.list_cass_ncoa_runs)
        self.post_cass_ncoa_runs = to_async_raw_response(resource.post_cass_ncoa_runs)
        self.get_cass_ncoa_runs = to_async_raw_response(resource.get_cass_ncoa_runs)
        self.delete_cass_ncoa_runs = to_async_raw_response(resource.delete_cass_ncoa_runs)
        self.list_cass_ncoa_runs_logs = to_async_raw_response(resource.list_cass_ncoa_runs_logs)
        self.post_cass_ncoa_cancel = to_async_raw_response(resource.post_cass_ncoa_cancel)
        self.list_cass_ncoa_runs_outputs = to_async_raw_response(resource.list_cass_ncoa_runs_outputs)
        self.list_cass_ncoa_shares = to_async_raw_response(resource.list_cass_ncoa_shares)
        self.put_cass_ncoa_shares_users = to_async_raw_response(resource.put_cass_ncoa_shares_users)
        self.delete_cass_ncoa_shares_users = to_async_raw_response(resource.delete_cass_ncoa_shares_users)
        self.put_cass_ncoa_shares_groups = to_async_raw_response(resource.put_cass_ncoa_shares_groups)
        self.delete_cass_ncoa_shares_groups = to_async_raw_response(resource.delete_cass_ncoa_shares_groups)
        self.list_cass_ncoa_projects = to_async_raw_response(resource.list_cass_ncoa_projects)
        self.put_cass_ncoa_projects = to_async_raw_response(resource.put_cass_ncoa_projects)
        self.delete_cass_ncoa_projects = to_async_raw_response(resource.delete_cass_ncoa_projects)
        self.put_cass_ncoa_archive = to_async_raw_response(resource.put_cass_ncoa_archive)
