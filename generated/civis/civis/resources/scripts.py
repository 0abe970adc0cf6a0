"""Operations on `client.scripts`."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Mapping, Sequence
from functools import cached_property
from typing import Any

import httpx

from .._core import _decode as decode
from .._core._encode import encode_path, query_params
from .._core._request import ApiRequest
from .._core._types import as_model, as_models
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.pagination import (
    AsyncPager,
    PageNumberStrategy,
    SyncPager,
)
from .._core.polling import AsyncPollingFuture, PollingFuture, RunStates
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.cancel_response import CancelResponse
from ..models.error_model import Error
from ..models.get_scripts_order_dir import GetScriptsOrderDir
from ..models.get_scripts_sql_id_runs_order_dir import (
    GetScriptsSqlIdRunsOrderDir,
)
from ..models.get_scripts_sql_id_runs_run_id_outputs_order_dir import (
    GetScriptsSqlIdRunsRunIdOutputsOrderDir,
)
from ..models.job_notifications import JobNotifications
from ..models.job_output import JobOutput
from ..models.job_schedule_input import JobScheduleInput
from ..models.log_entry import LogEntry
from ..models.patch_scripts_sql_id_body import PatchScriptsSqlIdBody
from ..models.patch_scripts_sql_id_body_arguments import PatchScriptsSqlIdBodyArguments
from ..models.patch_scripts_sql_id_body_csv_settings import PatchScriptsSqlIdBodyCsvSettings
from ..models.post_scripts_sql_body import PostScriptsSqlBody
from ..models.post_scripts_sql_body_arguments import PostScriptsSqlBodyArguments
from ..models.post_scripts_sql_body_csv_settings import PostScriptsSqlBodyCsvSettings
from ..models.post_scripts_sql_id_clone_body import PostScriptsSqlIdCloneBody
from ..models.put_scripts_sql_id_body import PutScriptsSqlIdBody
from ..models.put_scripts_sql_id_body_arguments import PutScriptsSqlIdBodyArguments
from ..models.put_scripts_sql_id_body_csv_settings import PutScriptsSqlIdBodyCsvSettings
from ..models.script_detail import ScriptDetail
from ..models.script_history_entry import ScriptHistoryEntry
from ..models.script_param import ScriptParam
from ..models.script_summary import ScriptSummary
from ..models.script_type import ScriptType
from ..models.sql_run import SqlRun
from ..models.sql_script import SqlScript
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> list[ScriptSummary]:
    _response_200 = response.json()
    response_200: list[ScriptSummary]
    if isinstance(_response_200, list):
        response_200 = []
        for response_200_index, response_200_item_data in enumerate(_response_200):
            with decode.at(None, response_200_index):
                response_200_item = decode.model(ScriptSummary.from_dict, response_200_item_data)

            response_200.append(response_200_item)
    else:
        response_200 = decode.mismatch("an array", _response_200)

    return response_200


def _parse_list_types(response: httpx.Response) -> list[ScriptType]:
    _response_200 = response.json()
    response_200: list[ScriptType]
    if isinstance(_response_200, list):
        response_200 = []
        for response_200_index, response_200_item_data in enumerate(_response_200):
            with decode.at(None, response_200_index):
                response_200_item = decode.model(ScriptType.from_dict, response_200_item_data)

            response_200.append(response_200_item)
    else:
        response_200 = decode.mismatch("an array", _response_200)

    return response_200


def _parse_get(response: httpx.Response) -> ScriptDetail:
    return ScriptDetail.from_dict(response.json())


def _parse_list_history(response: httpx.Response) -> list[ScriptHistoryEntry]:
    _response_200 = response.json()
    response_200: list[ScriptHistoryEntry]
    if isinstance(_response_200, list):
        response_200 = []
        for response_200_index, response_200_item_data in enumerate(_response_200):
            with decode.at(None, response_200_index):
                response_200_item = decode.model(ScriptHistoryEntry.from_dict, response_200_item_data)

            response_200.append(response_200_item)
    else:
        response_200 = decode.mismatch("an array", _response_200)

    return response_200


def _parse_post_cancel(response: httpx.Response) -> CancelResponse:
    return CancelResponse.from_dict(response.json())


def _parse_post_sql(response: httpx.Response) -> SqlScript:
    return SqlScript.from_dict(response.json())


def _parse_get_sql(response: httpx.Response) -> SqlScript:
    return SqlScript.from_dict(response.json())


def _parse_put_sql(response: httpx.Response) -> SqlScript:
    return SqlScript.from_dict(response.json())


def _parse_delete_sql(response: httpx.Response) -> None:
    return None


def _parse_patch_sql(response: httpx.Response) -> SqlScript:
    return SqlScript.from_dict(response.json())


def _parse_post_sql_clone(response: httpx.Response) -> SqlScript:
    return SqlScript.from_dict(response.json())


def _parse_list_sql_runs(response: httpx.Response) -> list[SqlRun]:
    _response_200 = response.json()
    response_200: list[SqlRun]
    if isinstance(_response_200, list):
        response_200 = []
        for response_200_index, response_200_item_data in enumerate(_response_200):
            with decode.at(None, response_200_index):
                response_200_item = decode.model(SqlRun.from_dict, response_200_item_data)

            response_200.append(response_200_item)
    else:
        response_200 = decode.mismatch("an array", _response_200)

    return response_200


def _parse_post_sql_runs(response: httpx.Response) -> SqlRun:
    return SqlRun.from_dict(response.json())


def _parse_get_sql_runs(response: httpx.Response) -> SqlRun:
    return SqlRun.from_dict(response.json())


def _parse_delete_sql_runs(response: httpx.Response) -> None:
    return None


def _parse_list_sql_runs_logs(response: httpx.Response) -> list[LogEntry]:
    _response_200 = response.json()
    response_200: list[LogEntry]
    if isinstance(_response_200, list):
        response_200 = []
        for response_200_index, response_200_item_data in enumerate(_response_200):
            with decode.at(None, response_200_index):
                response_200_item = decode.model(LogEntry.from_dict, response_200_item_data)

            response_200.append(response_200_item)
    else:
        response_200 = decode.mismatch("an array", _response_200)

    return response_200


def _parse_list_sql_runs_outputs(response: httpx.Response) -> list[JobOutput]:
    _response_200 = response.json()
    response_200: list[JobOutput]
    if isinstance(_response_200, list):
        response_200 = []
        for response_200_index, response_200_item_data in enumerate(_response_200):
            with decode.at(None, response_200_index):
                response_200_item = decode.model(JobOutput.from_dict, response_200_item_data)

            response_200.append(response_200_item)
    else:
        response_200 = decode.mismatch("an array", _response_200)

    return response_200


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Error.from_dict,
    401: Error.from_dict,
    403: Error.from_dict,
    404: Error.from_dict,
    429: Error.from_dict,
}


class ScriptsResource:
    """Operations on `client.scripts`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ScriptsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return ScriptsResourceWithRawResponse(self)

    def list(
        self,
        *,
        type: str | Unset = UNSET,
        category: str | Unset = UNSET,
        status: str | Unset = UNSET,
        author: str | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        archived: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetScriptsOrderDir | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[ScriptSummary]:
        """List scripts.

        `GET /scripts/`

        Args:
            type: Comma-separated script kinds, e.g. sql,python3.
            category: Script category.
            status: Latest run state.
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
            A pager of `ScriptSummary`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[ScriptSummary]` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/scripts/",
                params=query_params(
                    {
                        "type": type,
                        "category": category,
                        "status": status,
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

    def list_types(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ScriptType]:
        """List script kinds.

        `GET /scripts/types`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[ScriptType]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/scripts/types",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_types,
        )

    def get(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> ScriptDetail:
        """Get a script.

        `GET /scripts/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ScriptDetail

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/scripts/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get,
        )

    def list_history(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ScriptHistoryEntry]:
        """List a script's past runs.

        `GET /scripts/{id}/history`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[ScriptHistoryEntry]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/scripts/{encode_path(id)}/history",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_history,
        )

    def post_cancel(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> CancelResponse:
        """Cancel a script's active run.

        `POST /scripts/{id}/cancel`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CancelResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/scripts/{encode_path(id)}/cancel",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_cancel,
        )

    def post_sql(
        self,
        *,
        name: str,
        sql: str,
        remote_host_id: int,
        credential_id: int,
        parent_id: int | Unset = UNSET,
        user_context: str | Unset = UNSET,
        params: Sequence[ScriptParam | Mapping[str, Any]] | Unset = UNSET,
        arguments: PostScriptsSqlBodyArguments | Mapping[str, Any] | Unset = UNSET,
        schedule: JobScheduleInput | Mapping[str, Any] | Unset = UNSET,
        notifications: JobNotifications | Mapping[str, Any] | Unset = UNSET,
        next_run_at: datetime.datetime | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        target_project_id: int | Unset = UNSET,
        csv_settings: PostScriptsSqlBodyCsvSettings | Mapping[str, Any] | Unset = UNSET,
        running_as_id: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SqlScript:
        """Create a SQL script.

        `POST /scripts/sql`

        Args:
            name: The `name` field of the request body.
            sql: The `sql` field of the request body.
            remote_host_id: Database (remote host) to run against.
            credential_id: Database credential to run as.
            parent_id: The `parentId` field of the request body.
            user_context: The `userContext` field of the request body.
            params: The `params` field of the request body.
            arguments: The `arguments` field of the request body.
            schedule: Schedule settings to store on a job; every field is optional.
            notifications: Who is told when a job finishes.
            next_run_at: The `nextRunAt` field of the request body.
            time_zone: The `timeZone` field of the request body.
            hidden: The `hidden` field of the request body.
            target_project_id: The `targetProjectId` field of the request body.
            csv_settings: How query output is written to CSV.
            running_as_id: The `runningAsId` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SqlScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/scripts/sql",
                json=PostScriptsSqlBody(
                    name=name,
                    sql=sql,
                    remote_host_id=remote_host_id,
                    credential_id=credential_id,
                    parent_id=parent_id,
                    user_context=user_context,
                    params=as_models(ScriptParam, params),
                    arguments=as_model(PostScriptsSqlBodyArguments, arguments),
                    schedule=as_model(JobScheduleInput, schedule),
                    notifications=as_model(JobNotifications, notifications),
                    next_run_at=next_run_at,
                    time_zone=time_zone,
                    hidden=hidden,
                    target_project_id=target_project_id,
                    csv_settings=as_model(PostScriptsSqlBodyCsvSettings, csv_settings),
                    running_as_id=running_as_id,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_sql,
        )

    def get_sql(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> SqlScript:
        """Get a SQL script.

        `GET /scripts/sql/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SqlScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/scripts/sql/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_sql,
        )

    def put_sql(
        self,
        id: int,
        *,
        name: str,
        sql: str,
        remote_host_id: int,
        credential_id: int,
        parent_id: int | Unset = UNSET,
        user_context: str | Unset = UNSET,
        params: Sequence[ScriptParam | Mapping[str, Any]] | Unset = UNSET,
        arguments: PutScriptsSqlIdBodyArguments | Mapping[str, Any] | Unset = UNSET,
        schedule: JobScheduleInput | Mapping[str, Any] | Unset = UNSET,
        notifications: JobNotifications | Mapping[str, Any] | Unset = UNSET,
        next_run_at: datetime.datetime | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        target_project_id: int | Unset = UNSET,
        csv_settings: PutScriptsSqlIdBodyCsvSettings | Mapping[str, Any] | Unset = UNSET,
        running_as_id: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SqlScript:
        """Replace a SQL script.

        `PUT /scripts/sql/{id}`

        Args:
            id: Object id.
            name: The `name` field of the request body.
            sql: The `sql` field of the request body.
            remote_host_id: Database (remote host) to run against.
            credential_id: Database credential to run as.
            parent_id: The `parentId` field of the request body.
            user_context: The `userContext` field of the request body.
            params: The `params` field of the request body.
            arguments: The `arguments` field of the request body.
            schedule: Schedule settings to store on a job; every field is optional.
            notifications: Who is told when a job finishes.
            next_run_at: The `nextRunAt` field of the request body.
            time_zone: The `timeZone` field of the request body.
            target_project_id: The `targetProjectId` field of the request body.
            csv_settings: How query output is written to CSV.
            running_as_id: The `runningAsId` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SqlScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/scripts/sql/{encode_path(id)}",
                json=PutScriptsSqlIdBody(
                    name=name,
                    sql=sql,
                    remote_host_id=remote_host_id,
                    credential_id=credential_id,
                    parent_id=parent_id,
                    user_context=user_context,
                    params=as_models(ScriptParam, params),
                    arguments=as_model(PutScriptsSqlIdBodyArguments, arguments),
                    schedule=as_model(JobScheduleInput, schedule),
                    notifications=as_model(JobNotifications, notifications),
                    next_run_at=next_run_at,
                    time_zone=time_zone,
                    target_project_id=target_project_id,
                    csv_settings=as_model(PutScriptsSqlIdBodyCsvSettings, csv_settings),
                    running_as_id=running_as_id,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_sql,
        )

    def delete_sql(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete a SQL script.

        `DELETE /scripts/sql/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/scripts/sql/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_sql,
        )

    def patch_sql(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        sql: str | Unset = UNSET,
        remote_host_id: int | Unset = UNSET,
        credential_id: int | Unset = UNSET,
        parent_id: int | Unset = UNSET,
        user_context: str | Unset = UNSET,
        params: Sequence[ScriptParam | Mapping[str, Any]] | Unset = UNSET,
        arguments: PatchScriptsSqlIdBodyArguments | Mapping[str, Any] | Unset = UNSET,
        schedule: JobScheduleInput | Mapping[str, Any] | Unset = UNSET,
        notifications: JobNotifications | Mapping[str, Any] | Unset = UNSET,
        next_run_at: datetime.datetime | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        target_project_id: int | Unset = UNSET,
        csv_settings: PatchScriptsSqlIdBodyCsvSettings | Mapping[str, Any] | Unset = UNSET,
        running_as_id: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SqlScript:
        """Update some fields of a SQL script.

        `PATCH /scripts/sql/{id}`

        Args:
            id: Object id.
            name: The `name` field of the request body.
            sql: The `sql` field of the request body.
            remote_host_id: Database (remote host) to run against.
            credential_id: Database credential to run as.
            parent_id: The `parentId` field of the request body.
            user_context: The `userContext` field of the request body.
            params: The `params` field of the request body.
            arguments: The `arguments` field of the request body.
            schedule: Schedule settings to store on a job; every field is optional.
            notifications: Who is told when a job finishes.
            next_run_at: The `nextRunAt` field of the request body.
            time_zone: The `timeZone` field of the request body.
            target_project_id: The `targetProjectId` field of the request body.
            csv_settings: How query output is written to CSV.
            running_as_id: The `runningAsId` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SqlScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/scripts/sql/{encode_path(id)}",
                json=PatchScriptsSqlIdBody(
                    name=name,
                    sql=sql,
                    remote_host_id=remote_host_id,
                    credential_id=credential_id,
                    parent_id=parent_id,
                    user_context=user_context,
                    params=as_models(ScriptParam, params),
                    arguments=as_model(PatchScriptsSqlIdBodyArguments, arguments),
                    schedule=as_model(JobScheduleInput, schedule),
                    notifications=as_model(JobNotifications, notifications),
                    next_run_at=next_run_at,
                    time_zone=time_zone,
                    target_project_id=target_project_id,
                    csv_settings=as_model(PatchScriptsSqlIdBodyCsvSettings, csv_settings),
                    running_as_id=running_as_id,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_patch_sql,
        )

    def post_sql_clone(
        self,
        id: int,
        *,
        clone_schedule: bool | Unset = UNSET,
        clone_triggers: bool | Unset = UNSET,
        clone_notifications: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SqlScript:
        """Copy a SQL script.

        `POST /scripts/sql/{id}/clone`

        Args:
            id: Object id.
            clone_schedule: The `cloneSchedule` field of the request body.
            clone_triggers: The `cloneTriggers` field of the request body.
            clone_notifications: The `cloneNotifications` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SqlScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/scripts/sql/{encode_path(id)}/clone",
                json=PostScriptsSqlIdCloneBody(
                    clone_schedule=clone_schedule,
                    clone_triggers=clone_triggers,
                    clone_notifications=clone_notifications,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_sql_clone,
        )

    def list_sql_runs(
        self,
        id: int,
        *,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetScriptsSqlIdRunsOrderDir | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[SqlRun]:
        """List runs of a SQL script.

        `GET /scripts/sql/{id}/runs`

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
            A pager of `SqlRun`: iterating it yields every item across pages, fetching them as needed;
            `iter_pages()` yields each page (its items, the parsed `list[SqlRun]` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                f"/scripts/sql/{encode_path(id)}/runs",
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
            cast=_parse_list_sql_runs,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    def post_sql_runs(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> SqlRun:
        """Start a SQL script run.

        Queues a run; keep polling the run while it is queued or running.

        `POST /scripts/sql/{id}/runs`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SqlRun

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/scripts/sql/{encode_path(id)}/runs",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_sql_runs,
        )

    def get_sql_runs(
        self,
        id: int,
        run_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> SqlRun:
        """Get a SQL script run.

        `GET /scripts/sql/{id}/runs/{run_id}`

        Args:
            id: Object id.
            run_id: Run id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SqlRun

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/scripts/sql/{encode_path(id)}/runs/{encode_path(run_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_sql_runs,
        )

    def delete_sql_runs(
        self,
        id: int,
        run_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Cancel a SQL script run.

        Asks the run to stop; the server answers 202 with an empty body.

        `DELETE /scripts/sql/{id}/runs/{run_id}`

        Args:
            id: Object id.
            run_id: Run id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/scripts/sql/{encode_path(id)}/runs/{encode_path(run_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_sql_runs,
        )

    def list_sql_runs_logs(
        self,
        id: int,
        run_id: int,
        *,
        last_id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[LogEntry]:
        """Read a SQL run's logs.

        `GET /scripts/sql/{id}/runs/{run_id}/logs`

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
                f"/scripts/sql/{encode_path(id)}/runs/{encode_path(run_id)}/logs",
                params=query_params(
                    {
                        "last_id": last_id,
                        "limit": limit,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_sql_runs_logs,
        )

    def list_sql_runs_outputs(
        self,
        id: int,
        run_id: int,
        *,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetScriptsSqlIdRunsRunIdOutputsOrderDir | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[JobOutput]:
        """List what a SQL run produced.

        `GET /scripts/sql/{id}/runs/{run_id}/outputs`

        Args:
            id: Object id.
            run_id: Run id.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `JobOutput`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[JobOutput]` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                f"/scripts/sql/{encode_path(id)}/runs/{encode_path(run_id)}/outputs",
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
            cast=_parse_list_sql_runs_outputs,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    def begin_post_sql_runs(
        self,
        id: int,
        *,
        polling_interval: float = 1.0,
        request_options: RequestOptions | None = None,
    ) -> PollingFuture[SqlRun]:
        """Start `post_sql_runs` and poll `get_sql_runs` until its `state` is no longer queued or running.

        Returns a future as soon as `POST /scripts/sql/{id}/runs` answered; `result(timeout)` waits for the final status and raises `RunFailedError` when it is failed or cancelled; `cancel()` calls `delete_sql_runs`.
        Polling starts after `polling_interval` seconds and backs off exponentially (up to 30 s).
        """
        started = self.post_sql_runs(
            id,
            request_options=request_options,
        )
        return PollingFuture(
            lambda: self.get_sql_runs(id, started.id, request_options=request_options),
            RunStates(
                state_of=lambda status: status.state, pending=("queued", "running"), failed=("failed", "cancelled")
            ),
            cancel=lambda: self.delete_sql_runs(id, started.id, request_options=request_options),
            polling_interval=polling_interval,
            start=started,
        )


class ScriptsResourceWithRawResponse:
    """`scripts` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: ScriptsResource) -> None:
        self.list = to_raw_response(resource.list)
        self.list_types = to_raw_response(resource.list_types)
        self.get = to_raw_response(resource.get)
        self.list_history = to_raw_response(resource.list_history)
        self.post_cancel = to_raw_response(resource.post_cancel)
        self.post_sql = to_raw_response(resource.post_sql)
        self.get_sql = to_raw_response(resource.get_sql)
        self.put_sql = to_raw_response(resource.put_sql)
        self.delete_sql = to_raw_response(resource.delete_sql)
        self.patch_sql = to_raw_response(resource.patch_sql)
        self.post_sql_clone = to_raw_response(resource.post_sql_clone)
        self.list_sql_runs = to_raw_response(resource.list_sql_runs)
        self.post_sql_runs = to_raw_response(resource.post_sql_runs)
        self.get_sql_runs = to_raw_response(resource.get_sql_runs)
        self.delete_sql_runs = to_raw_response(resource.delete_sql_runs)
        self.list_sql_runs_logs = to_raw_response(resource.list_sql_runs_logs)
        self.list_sql_runs_outputs = to_raw_response(resource.list_sql_runs_outputs)


class AsyncScriptsResource:
    """Operations on `client.scripts`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncScriptsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncScriptsResourceWithRawResponse(self)

    def list(
        self,
        *,
        type: str | Unset = UNSET,
        category: str | Unset = UNSET,
        status: str | Unset = UNSET,
        author: str | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        archived: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetScriptsOrderDir | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[ScriptSummary]:
        """List scripts.

        `GET /scripts/`

        Args:
            type: Comma-separated script kinds, e.g. sql,python3.
            category: Script category.
            status: Latest run state.
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
            A pager of `ScriptSummary`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[ScriptSummary]` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/scripts/",
                params=query_params(
                    {
                        "type": type,
                        "category": category,
                        "status": status,
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

    async def list_types(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ScriptType]:
        """List script kinds.

        `GET /scripts/types`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[ScriptType]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/scripts/types",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_types,
        )

    async def get(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> ScriptDetail:
        """Get a script.

        `GET /scripts/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ScriptDetail

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/scripts/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get,
        )

    async def list_history(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ScriptHistoryEntry]:
        """List a script's past runs.

        `GET /scripts/{id}/history`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[ScriptHistoryEntry]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/scripts/{encode_path(id)}/history",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_history,
        )

    async def post_cancel(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> CancelResponse:
        """Cancel a script's active run.

        `POST /scripts/{id}/cancel`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CancelResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/scripts/{encode_path(id)}/cancel",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_cancel,
        )

    async def post_sql(
        self,
        *,
        name: str,
        sql: str,
        remote_host_id: int,
        credential_id: int,
        parent_id: int | Unset = UNSET,
        user_context: str | Unset = UNSET,
        params: Sequence[ScriptParam | Mapping[str, Any]] | Unset = UNSET,
        arguments: PostScriptsSqlBodyArguments | Mapping[str, Any] | Unset = UNSET,
        schedule: JobScheduleInput | Mapping[str, Any] | Unset = UNSET,
        notifications: JobNotifications | Mapping[str, Any] | Unset = UNSET,
        next_run_at: datetime.datetime | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        target_project_id: int | Unset = UNSET,
        csv_settings: PostScriptsSqlBodyCsvSettings | Mapping[str, Any] | Unset = UNSET,
        running_as_id: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SqlScript:
        """Create a SQL script.

        `POST /scripts/sql`

        Args:
            name: The `name` field of the request body.
            sql: The `sql` field of the request body.
            remote_host_id: Database (remote host) to run against.
            credential_id: Database credential to run as.
            parent_id: The `parentId` field of the request body.
            user_context: The `userContext` field of the request body.
            params: The `params` field of the request body.
            arguments: The `arguments` field of the request body.
            schedule: Schedule settings to store on a job; every field is optional.
            notifications: Who is told when a job finishes.
            next_run_at: The `nextRunAt` field of the request body.
            time_zone: The `timeZone` field of the request body.
            hidden: The `hidden` field of the request body.
            target_project_id: The `targetProjectId` field of the request body.
            csv_settings: How query output is written to CSV.
            running_as_id: The `runningAsId` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SqlScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/scripts/sql",
                json=PostScriptsSqlBody(
                    name=name,
                    sql=sql,
                    remote_host_id=remote_host_id,
                    credential_id=credential_id,
                    parent_id=parent_id,
                    user_context=user_context,
                    params=as_models(ScriptParam, params),
                    arguments=as_model(PostScriptsSqlBodyArguments, arguments),
                    schedule=as_model(JobScheduleInput, schedule),
                    notifications=as_model(JobNotifications, notifications),
                    next_run_at=next_run_at,
                    time_zone=time_zone,
                    hidden=hidden,
                    target_project_id=target_project_id,
                    csv_settings=as_model(PostScriptsSqlBodyCsvSettings, csv_settings),
                    running_as_id=running_as_id,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_sql,
        )

    async def get_sql(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> SqlScript:
        """Get a SQL script.

        `GET /scripts/sql/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SqlScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/scripts/sql/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_sql,
        )

    async def put_sql(
        self,
        id: int,
        *,
        name: str,
        sql: str,
        remote_host_id: int,
        credential_id: int,
        parent_id: int | Unset = UNSET,
        user_context: str | Unset = UNSET,
        params: Sequence[ScriptParam | Mapping[str, Any]] | Unset = UNSET,
        arguments: PutScriptsSqlIdBodyArguments | Mapping[str, Any] | Unset = UNSET,
        schedule: JobScheduleInput | Mapping[str, Any] | Unset = UNSET,
        notifications: JobNotifications | Mapping[str, Any] | Unset = UNSET,
        next_run_at: datetime.datetime | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        target_project_id: int | Unset = UNSET,
        csv_settings: PutScriptsSqlIdBodyCsvSettings | Mapping[str, Any] | Unset = UNSET,
        running_as_id: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SqlScript:
        """Replace a SQL script.

        `PUT /scripts/sql/{id}`

        Args:
            id: Object id.
            name: The `name` field of the request body.
            sql: The `sql` field of the request body.
            remote_host_id: Database (remote host) to run against.
            credential_id: Database credential to run as.
            parent_id: The `parentId` field of the request body.
            user_context: The `userContext` field of the request body.
            params: The `params` field of the request body.
            arguments: The `arguments` field of the request body.
            schedule: Schedule settings to store on a job; every field is optional.
            notifications: Who is told when a job finishes.
            next_run_at: The `nextRunAt` field of the request body.
            time_zone: The `timeZone` field of the request body.
            target_project_id: The `targetProjectId` field of the request body.
            csv_settings: How query output is written to CSV.
            running_as_id: The `runningAsId` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SqlScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/scripts/sql/{encode_path(id)}",
                json=PutScriptsSqlIdBody(
                    name=name,
                    sql=sql,
                    remote_host_id=remote_host_id,
                    credential_id=credential_id,
                    parent_id=parent_id,
                    user_context=user_context,
                    params=as_models(ScriptParam, params),
                    arguments=as_model(PutScriptsSqlIdBodyArguments, arguments),
                    schedule=as_model(JobScheduleInput, schedule),
                    notifications=as_model(JobNotifications, notifications),
                    next_run_at=next_run_at,
                    time_zone=time_zone,
                    target_project_id=target_project_id,
                    csv_settings=as_model(PutScriptsSqlIdBodyCsvSettings, csv_settings),
                    running_as_id=running_as_id,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_sql,
        )

    async def delete_sql(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete a SQL script.

        `DELETE /scripts/sql/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/scripts/sql/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_sql,
        )

    async def patch_sql(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        sql: str | Unset = UNSET,
        remote_host_id: int | Unset = UNSET,
        credential_id: int | Unset = UNSET,
        parent_id: int | Unset = UNSET,
        user_context: str | Unset = UNSET,
        params: Sequence[ScriptParam | Mapping[str, Any]] | Unset = UNSET,
        arguments: PatchScriptsSqlIdBodyArguments | Mapping[str, Any] | Unset = UNSET,
        schedule: JobScheduleInput | Mapping[str, Any] | Unset = UNSET,
        notifications: JobNotifications | Mapping[str, Any] | Unset = UNSET,
        next_run_at: datetime.datetime | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        target_project_id: int | Unset = UNSET,
        csv_settings: PatchScriptsSqlIdBodyCsvSettings | Mapping[str, Any] | Unset = UNSET,
        running_as_id: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SqlScript:
        """Update some fields of a SQL script.

        `PATCH /scripts/sql/{id}`

        Args:
            id: Object id.
            name: The `name` field of the request body.
            sql: The `sql` field of the request body.
            remote_host_id: Database (remote host) to run against.
            credential_id: Database credential to run as.
            parent_id: The `parentId` field of the request body.
            user_context: The `userContext` field of the request body.
            params: The `params` field of the request body.
            arguments: The `arguments` field of the request body.
            schedule: Schedule settings to store on a job; every field is optional.
            notifications: Who is told when a job finishes.
            next_run_at: The `nextRunAt` field of the request body.
            time_zone: The `timeZone` field of the request body.
            target_project_id: The `targetProjectId` field of the request body.
            csv_settings: How query output is written to CSV.
            running_as_id: The `runningAsId` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SqlScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/scripts/sql/{encode_path(id)}",
                json=PatchScriptsSqlIdBody(
                    name=name,
                    sql=sql,
                    remote_host_id=remote_host_id,
                    credential_id=credential_id,
                    parent_id=parent_id,
                    user_context=user_context,
                    params=as_models(ScriptParam, params),
                    arguments=as_model(PatchScriptsSqlIdBodyArguments, arguments),
                    schedule=as_model(JobScheduleInput, schedule),
                    notifications=as_model(JobNotifications, notifications),
                    next_run_at=next_run_at,
                    time_zone=time_zone,
                    target_project_id=target_project_id,
                    csv_settings=as_model(PatchScriptsSqlIdBodyCsvSettings, csv_settings),
                    running_as_id=running_as_id,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_patch_sql,
        )

    async def post_sql_clone(
        self,
        id: int,
        *,
        clone_schedule: bool | Unset = UNSET,
        clone_triggers: bool | Unset = UNSET,
        clone_notifications: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SqlScript:
        """Copy a SQL script.

        `POST /scripts/sql/{id}/clone`

        Args:
            id: Object id.
            clone_schedule: The `cloneSchedule` field of the request body.
            clone_triggers: The `cloneTriggers` field of the request body.
            clone_notifications: The `cloneNotifications` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SqlScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/scripts/sql/{encode_path(id)}/clone",
                json=PostScriptsSqlIdCloneBody(
                    clone_schedule=clone_schedule,
                    clone_triggers=clone_triggers,
                    clone_notifications=clone_notifications,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_sql_clone,
        )

    def list_sql_runs(
        self,
        id: int,
        *,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetScriptsSqlIdRunsOrderDir | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[SqlRun]:
        """List runs of a SQL script.

        `GET /scripts/sql/{id}/runs`

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
            A pager of `SqlRun`: iterating it yields every item across pages, fetching them as needed;
            `iter_pages()` yields each page (its items, the parsed `list[SqlRun]` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                f"/scripts/sql/{encode_path(id)}/runs",
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
            cast=_parse_list_sql_runs,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    async def post_sql_runs(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> SqlRun:
        """Start a SQL script run.

        Queues a run; keep polling the run while it is queued or running.

        `POST /scripts/sql/{id}/runs`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SqlRun

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/scripts/sql/{encode_path(id)}/runs",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_sql_runs,
        )

    async def get_sql_runs(
        self,
        id: int,
        run_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> SqlRun:
        """Get a SQL script run.

        `GET /scripts/sql/{id}/runs/{run_id}`

        Args:
            id: Object id.
            run_id: Run id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SqlRun

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/scripts/sql/{encode_path(id)}/runs/{encode_path(run_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_sql_runs,
        )

    async def delete_sql_runs(
        self,
        id: int,
        run_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Cancel a SQL script run.

        Asks the run to stop; the server answers 202 with an empty body.

        `DELETE /scripts/sql/{id}/runs/{run_id}`

        Args:
            id: Object id.
            run_id: Run id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/scripts/sql/{encode_path(id)}/runs/{encode_path(run_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_sql_runs,
        )

    async def list_sql_runs_logs(
        self,
        id: int,
        run_id: int,
        *,
        last_id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[LogEntry]:
        """Read a SQL run's logs.

        `GET /scripts/sql/{id}/runs/{run_id}/logs`

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
                f"/scripts/sql/{encode_path(id)}/runs/{encode_path(run_id)}/logs",
                params=query_params(
                    {
                        "last_id": last_id,
                        "limit": limit,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_sql_runs_logs,
        )

    def list_sql_runs_outputs(
        self,
        id: int,
        run_id: int,
        *,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetScriptsSqlIdRunsRunIdOutputsOrderDir | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[JobOutput]:
        """List what a SQL run produced.

        `GET /scripts/sql/{id}/runs/{run_id}/outputs`

        Args:
            id: Object id.
            run_id: Run id.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `JobOutput`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[JobOutput]` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                f"/scripts/sql/{encode_path(id)}/runs/{encode_path(run_id)}/outputs",
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
            cast=_parse_list_sql_runs_outputs,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    async def begin_post_sql_runs(
        self,
        id: int,
        *,
        polling_interval: float = 1.0,
        request_options: RequestOptions | None = None,
    ) -> AsyncPollingFuture[SqlRun]:
        """Start `post_sql_runs` and poll `get_sql_runs` until its `state` is no longer queued or running.

        Returns a future as soon as `POST /scripts/sql/{id}/runs` answered; `result(timeout)` waits for the final status and raises `RunFailedError` when it is failed or cancelled; `cancel()` calls `delete_sql_runs`.
        Polling starts after `polling_interval` seconds and backs off exponentially (up to 30 s).
        """
        started = await self.post_sql_runs(
            id,
            request_options=request_options,
        )
        return AsyncPollingFuture(
            lambda: self.get_sql_runs(id, started.id, request_options=request_options),
            RunStates(
                state_of=lambda status: status.state, pending=("queued", "running"), failed=("failed", "cancelled")
            ),
            cancel=lambda: self.delete_sql_runs(id, started.id, request_options=request_options),
            polling_interval=polling_interval,
            start=started,
        )


class AsyncScriptsResourceWithRawResponse:
    """`scripts` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncScriptsResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.list_types = to_async_raw_response(resource.list_types)
        self.get = to_async_raw_response(resource.get)
        self.list_history = to_async_raw_response(resource.list_history)
        self.post_cancel = to_async_raw_response(resource.post_cancel)
        self.post_sql = to_async_raw_response(resource.post_sql)
        self.get_sql = to_async_raw_response(resource.get_sql)
        self.put_sql = to_async_raw_response(resource.put_sql)
        self.delete_sql = to_async_raw_response(resource.delete_sql)
        self.patch_sql = to_async_raw_response(resource.patch_sql)
        self.post_sql_clone = to_async_raw_response(resource.post_sql_clone)
        self.list_sql_runs = to_async_raw_response(resource.list_sql_runs)
        self.post_sql_runs = to_async_raw_response(resource.post_sql_runs)
        self.get_sql_runs = to_async_raw_response(resource.get_sql_runs)
        self.delete_sql_runs = to_async_raw_response(resource.delete_sql_runs)
        self.list_sql_runs_logs = to_async_raw_response(resource.list_sql_runs_logs)
        self.list_sql_runs_outputs = to_async_raw_response(resource.list_sql_runs_outputs)
