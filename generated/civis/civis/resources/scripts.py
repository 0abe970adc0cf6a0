"""Operations on `client.scripts`."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Mapping, Sequence
from functools import cached_property
from typing import Any

import httpx

from .. import models as _models
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
from ..models.archive_update_request_21 import ArchiveUpdateRequest21
from ..models.archive_update_request_22 import ArchiveUpdateRequest22
from ..models.archive_update_request_23 import ArchiveUpdateRequest23
from ..models.archive_update_request_24 import ArchiveUpdateRequest24
from ..models.archive_update_request_26 import ArchiveUpdateRequest26
from ..models.archive_update_request_27 import ArchiveUpdateRequest27
from ..models.cancel_response import CancelResponse
from ..models.container_run import ContainerRun
from ..models.container_script import ContainerScript
from ..models.container_script_create_request import ContainerScriptCreateRequest
from ..models.container_script_create_request_arguments import ContainerScriptCreateRequestArguments
from ..models.container_script_patch_request import ContainerScriptPatchRequest
from ..models.container_script_patch_request_arguments import ContainerScriptPatchRequestArguments
from ..models.container_script_update_request import ContainerScriptUpdateRequest
from ..models.container_script_update_request_arguments import ContainerScriptUpdateRequestArguments
from ..models.custom_run import CustomRun
from ..models.custom_script import CustomScript
from ..models.custom_script_create_request import CustomScriptCreateRequest
from ..models.custom_script_create_request_arguments import CustomScriptCreateRequestArguments
from ..models.custom_script_summary import CustomScriptSummary
from ..models.custom_script_update_request import CustomScriptUpdateRequest
from ..models.custom_script_update_request_arguments import CustomScriptUpdateRequestArguments
from ..models.error_model import Error
from ..models.get_scripts_order_dir import GetScriptsOrderDir
from ..models.get_scripts_sql_id_runs_order_dir import (
    GetScriptsSqlIdRunsOrderDir,
)
from ..models.get_scripts_sql_id_runs_run_id_outputs_order_dir import (
    GetScriptsSqlIdRunsRunIdOutputsOrderDir,
)
from ..models.javascript_run import JavascriptRun
from ..models.javascript_script import JavascriptScript
from ..models.javascript_script_create_request import JavascriptScriptCreateRequest
from ..models.javascript_script_create_request_arguments import JavascriptScriptCreateRequestArguments
from ..models.javascript_script_patch_request import JavascriptScriptPatchRequest
from ..models.javascript_script_patch_request_arguments import JavascriptScriptPatchRequestArguments
from ..models.javascript_script_update_request import JavascriptScriptUpdateRequest
from ..models.javascript_script_update_request_arguments import JavascriptScriptUpdateRequestArguments
from ..models.job_notifications import JobNotifications
from ..models.job_notifications_create_request import JobNotificationsCreateRequest
from ..models.job_output import JobOutput
from ..models.job_output_2 import JobOutput2
from ..models.job_output_3 import JobOutput3
from ..models.job_output_5 import JobOutput5
from ..models.job_output_6 import JobOutput6
from ..models.job_output_create_request import JobOutputCreateRequest
from ..models.job_output_create_request_2 import JobOutputCreateRequest2
from ..models.job_output_create_request_3 import JobOutputCreateRequest3
from ..models.job_output_create_request_5 import JobOutputCreateRequest5
from ..models.job_output_create_request_6 import JobOutputCreateRequest6
from ..models.job_schedule_create_request import JobScheduleCreateRequest
from ..models.job_schedule_input import JobScheduleInput
from ..models.log_entry import LogEntry
from ..models.log_run_log_response_summary import LogRunLogResponseSummary
from ..models.patch_scripts_id_body import PatchScriptsIdBody
from ..models.patch_scripts_sql_id_body import PatchScriptsSqlIdBody
from ..models.patch_scripts_sql_id_body_arguments import PatchScriptsSqlIdBodyArguments
from ..models.patch_scripts_sql_id_body_csv_settings import PatchScriptsSqlIdBodyCsvSettings
from ..models.post_scripts_sql_body import PostScriptsSqlBody
from ..models.post_scripts_sql_body_arguments import PostScriptsSqlBodyArguments
from ..models.post_scripts_sql_body_csv_settings import PostScriptsSqlBodyCsvSettings
from ..models.post_scripts_sql_id_clone_body import PostScriptsSqlIdCloneBody
from ..models.projects_project_summary import ProjectsProjectSummary
from ..models.put_scripts_sql_id_body import PutScriptsSqlIdBody
from ..models.put_scripts_sql_id_body_arguments import PutScriptsSqlIdBodyArguments
from ..models.put_scripts_sql_id_body_csv_settings import PutScriptsSqlIdBodyCsvSettings
from ..models.python_run import PythonRun
from ..models.python_script import PythonScript
from ..models.python_script_create_request import PythonScriptCreateRequest
from ..models.python_script_create_request_arguments import PythonScriptCreateRequestArguments
from ..models.python_script_patch_request import PythonScriptPatchRequest
from ..models.python_script_patch_request_arguments import PythonScriptPatchRequestArguments
from ..models.python_script_update_request import PythonScriptUpdateRequest
from ..models.python_script_update_request_arguments import PythonScriptUpdateRequestArguments
from ..models.r_run import RRun
from ..models.r_script import RScript
from ..models.r_script_create_request import RScriptCreateRequest
from ..models.r_script_create_request_arguments import RScriptCreateRequestArguments
from ..models.r_script_patch_request import RScriptPatchRequest
from ..models.r_script_patch_request_arguments import RScriptPatchRequestArguments
from ..models.r_script_update_request import RScriptUpdateRequest
from ..models.r_script_update_request_arguments import RScriptUpdateRequestArguments
from ..models.record import Record
from ..models.script import Script
from ..models.script_clone_params_create_request import ScriptCloneParamsCreateRequest
from ..models.script_create_create_request import ScriptCreateCreateRequest
from ..models.script_create_create_request_arguments import ScriptCreateCreateRequestArguments
from ..models.script_detail import ScriptDetail
from ..models.script_history_entry import ScriptHistoryEntry
from ..models.script_param import ScriptParam
from ..models.script_param_create_request import ScriptParamCreateRequest
from ..models.script_param_patch_request import ScriptParamPatchRequest
from ..models.script_required_resources_create_request import ScriptRequiredResourcesCreateRequest
from ..models.script_required_resources_custom_create_request import ScriptRequiredResourcesCustomCreateRequest
from ..models.script_required_resources_patch_request import ScriptRequiredResourcesPatchRequest
from ..models.script_summary import ScriptSummary
from ..models.script_type import ScriptType
from ..models.share_groups_update_request_26 import ShareGroupsUpdateRequest26
from ..models.share_groups_update_request_27 import ShareGroupsUpdateRequest27
from ..models.share_groups_update_request_28 import ShareGroupsUpdateRequest28
from ..models.share_groups_update_request_29 import ShareGroupsUpdateRequest29
from ..models.share_groups_update_request_31 import ShareGroupsUpdateRequest31
from ..models.share_groups_update_request_32 import ShareGroupsUpdateRequest32
from ..models.share_index import ShareIndex
from ..models.share_users_update_request_26 import ShareUsersUpdateRequest26
from ..models.share_users_update_request_27 import ShareUsersUpdateRequest27
from ..models.share_users_update_request_28 import ShareUsersUpdateRequest28
from ..models.share_users_update_request_29 import ShareUsersUpdateRequest29
from ..models.share_users_update_request_31 import ShareUsersUpdateRequest31
from ..models.share_users_update_request_32 import ShareUsersUpdateRequest32
from ..models.sql_run import SqlRun
from ..models.sql_script import SqlScript
from ..types import UNSET, Unset


def _parse_list_types(response: httpx.Response) -> list[ScriptType]:
    response_200 = decode.model_array(_models.ScriptType.from_dict, response.json())

    return response_200


def _parse_list_history(response: httpx.Response) -> list[ScriptHistoryEntry]:
    response_200 = decode.model_array(_models.ScriptHistoryEntry.from_dict, response.json())

    return response_200


def _parse_list(response: httpx.Response) -> list[ScriptSummary]:
    response_200 = decode.model_array(_models.ScriptSummary.from_dict, response.json())

    return response_200


def _parse_post(response: httpx.Response) -> Script:
    return Script.from_dict(response.json())


def _parse_post_run(response: httpx.Response) -> None:
    return None


def _parse_post_cancel(response: httpx.Response) -> CancelResponse:
    return CancelResponse.from_dict(response.json())


def _parse_get(response: httpx.Response) -> ScriptDetail:
    return ScriptDetail.from_dict(response.json())


def _parse_patch(response: httpx.Response) -> Record:
    return Record.from_dict(response.json())


def _parse_post_containers(response: httpx.Response) -> ContainerScript:
    return ContainerScript.from_dict(response.json())


def _parse_get_containers(response: httpx.Response) -> ContainerScript:
    return ContainerScript.from_dict(response.json())


def _parse_put_containers(response: httpx.Response) -> ContainerScript:
    return ContainerScript.from_dict(response.json())


def _parse_patch_containers(response: httpx.Response) -> ContainerScript:
    return ContainerScript.from_dict(response.json())


def _parse_list_containers_runs_logs(response: httpx.Response) -> list[LogRunLogResponseSummary]:
    response_200 = decode.model_array(_models.LogRunLogResponseSummary.from_dict, response.json())

    return response_200


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


def _parse_post_python3(response: httpx.Response) -> PythonScript:
    return PythonScript.from_dict(response.json())


def _parse_get_python3(response: httpx.Response) -> PythonScript:
    return PythonScript.from_dict(response.json())


def _parse_put_python3(response: httpx.Response) -> PythonScript:
    return PythonScript.from_dict(response.json())


def _parse_patch_python3(response: httpx.Response) -> PythonScript:
    return PythonScript.from_dict(response.json())


def _parse_post_r(response: httpx.Response) -> RScript:
    return RScript.from_dict(response.json())


def _parse_get_r(response: httpx.Response) -> RScript:
    return RScript.from_dict(response.json())


def _parse_put_r(response: httpx.Response) -> RScript:
    return RScript.from_dict(response.json())


def _parse_patch_r(response: httpx.Response) -> RScript:
    return RScript.from_dict(response.json())


def _parse_post_javascript(response: httpx.Response) -> JavascriptScript:
    return JavascriptScript.from_dict(response.json())


def _parse_get_javascript(response: httpx.Response) -> JavascriptScript:
    return JavascriptScript.from_dict(response.json())


def _parse_put_javascript(response: httpx.Response) -> JavascriptScript:
    return JavascriptScript.from_dict(response.json())


def _parse_patch_javascript(response: httpx.Response) -> JavascriptScript:
    return JavascriptScript.from_dict(response.json())


def _parse_list_custom(response: httpx.Response) -> list[CustomScriptSummary]:
    response_200 = decode.model_array(_models.CustomScriptSummary.from_dict, response.json())

    return response_200


def _parse_post_custom(response: httpx.Response) -> CustomScript:
    return CustomScript.from_dict(response.json())


def _parse_get_custom(response: httpx.Response) -> CustomScript:
    return CustomScript.from_dict(response.json())


def _parse_put_custom(response: httpx.Response) -> CustomScript:
    return CustomScript.from_dict(response.json())


def _parse_patch_custom(response: httpx.Response) -> CustomScript:
    return CustomScript.from_dict(response.json())


def _parse_list_sql_runs(response: httpx.Response) -> list[SqlRun]:
    response_200 = decode.model_array(_models.SqlRun.from_dict, response.json())

    return response_200


def _parse_post_sql_runs(response: httpx.Response) -> SqlRun:
    return SqlRun.from_dict(response.json())


def _parse_get_sql_runs(response: httpx.Response) -> SqlRun:
    return SqlRun.from_dict(response.json())


def _parse_delete_sql_runs(response: httpx.Response) -> None:
    return None


def _parse_list_sql_runs_logs(response: httpx.Response) -> list[LogEntry]:
    response_200 = decode.model_array(_models.LogEntry.from_dict, response.json())

    return response_200


def _parse_list_containers_runs(response: httpx.Response) -> list[ContainerRun]:
    response_200 = decode.model_array(_models.ContainerRun.from_dict, response.json())

    return response_200


def _parse_post_containers_runs(response: httpx.Response) -> ContainerRun:
    return ContainerRun.from_dict(response.json())


def _parse_get_containers_runs(response: httpx.Response) -> ContainerRun:
    return ContainerRun.from_dict(response.json())


def _parse_delete_containers_runs(response: httpx.Response) -> None:
    return None


def _parse_list_python3_runs(response: httpx.Response) -> list[PythonRun]:
    response_200 = decode.model_array(_models.PythonRun.from_dict, response.json())

    return response_200


def _parse_post_python3_runs(response: httpx.Response) -> PythonRun:
    return PythonRun.from_dict(response.json())


def _parse_get_python3_runs(response: httpx.Response) -> PythonRun:
    return PythonRun.from_dict(response.json())


def _parse_delete_python3_runs(response: httpx.Response) -> None:
    return None


def _parse_list_python3_runs_logs(response: httpx.Response) -> list[LogRunLogResponseSummary]:
    response_200 = decode.model_array(_models.LogRunLogResponseSummary.from_dict, response.json())

    return response_200


def _parse_list_r_runs(response: httpx.Response) -> list[RRun]:
    response_200 = decode.model_array(_models.RRun.from_dict, response.json())

    return response_200


def _parse_post_r_runs(response: httpx.Response) -> RRun:
    return RRun.from_dict(response.json())


def _parse_get_r_runs(response: httpx.Response) -> RRun:
    return RRun.from_dict(response.json())


def _parse_delete_r_runs(response: httpx.Response) -> None:
    return None


def _parse_list_r_runs_logs(response: httpx.Response) -> list[LogRunLogResponseSummary]:
    response_200 = decode.model_array(_models.LogRunLogResponseSummary.from_dict, response.json())

    return response_200


def _parse_list_javascript_runs(response: httpx.Response) -> list[JavascriptRun]:
    response_200 = decode.model_array(_models.JavascriptRun.from_dict, response.json())

    return response_200


def _parse_post_javascript_runs(response: httpx.Response) -> JavascriptRun:
    return JavascriptRun.from_dict(response.json())


def _parse_get_javascript_runs(response: httpx.Response) -> JavascriptRun:
    return JavascriptRun.from_dict(response.json())


def _parse_delete_javascript_runs(response: httpx.Response) -> None:
    return None


def _parse_list_javascript_runs_logs(response: httpx.Response) -> list[LogRunLogResponseSummary]:
    response_200 = decode.model_array(_models.LogRunLogResponseSummary.from_dict, response.json())

    return response_200


def _parse_list_custom_runs(response: httpx.Response) -> list[CustomRun]:
    response_200 = decode.model_array(_models.CustomRun.from_dict, response.json())

    return response_200


def _parse_post_custom_runs(response: httpx.Response) -> CustomRun:
    return CustomRun.from_dict(response.json())


def _parse_get_custom_runs(response: httpx.Response) -> CustomRun:
    return CustomRun.from_dict(response.json())


def _parse_delete_custom_runs(response: httpx.Response) -> None:
    return None


def _parse_list_custom_runs_logs(response: httpx.Response) -> list[LogRunLogResponseSummary]:
    response_200 = decode.model_array(_models.LogRunLogResponseSummary.from_dict, response.json())

    return response_200


def _parse_list_sql_runs_outputs(response: httpx.Response) -> list[JobOutput]:
    response_200 = decode.model_array(_models.JobOutput.from_dict, response.json())

    return response_200


def _parse_list_containers_runs_outputs(response: httpx.Response) -> list[JobOutput]:
    response_200 = decode.model_array(_models.JobOutput.from_dict, response.json())

    return response_200


def _parse_post_containers_runs_outputs(response: httpx.Response) -> JobOutput:
    return JobOutput.from_dict(response.json())


def _parse_list_python3_runs_outputs(response: httpx.Response) -> list[JobOutput2]:
    response_200 = decode.model_array(_models.JobOutput2.from_dict, response.json())

    return response_200


def _parse_post_python3_runs_outputs(response: httpx.Response) -> JobOutput2:
    return JobOutput2.from_dict(response.json())


def _parse_list_r_runs_outputs(response: httpx.Response) -> list[JobOutput3]:
    response_200 = decode.model_array(_models.JobOutput3.from_dict, response.json())

    return response_200


def _parse_post_r_runs_outputs(response: httpx.Response) -> JobOutput3:
    return JobOutput3.from_dict(response.json())


def _parse_list_javascript_runs_outputs(response: httpx.Response) -> list[JobOutput5]:
    response_200 = decode.model_array(_models.JobOutput5.from_dict, response.json())

    return response_200


def _parse_post_javascript_runs_outputs(response: httpx.Response) -> JobOutput5:
    return JobOutput5.from_dict(response.json())


def _parse_list_custom_runs_outputs(response: httpx.Response) -> list[JobOutput6]:
    response_200 = decode.model_array(_models.JobOutput6.from_dict, response.json())

    return response_200


def _parse_post_custom_runs_outputs(response: httpx.Response) -> JobOutput6:
    return JobOutput6.from_dict(response.json())


def _parse_list_sql_shares(response: httpx.Response) -> list[ShareIndex]:
    response_200 = decode.model_array(_models.ShareIndex.from_dict, response.json())

    return response_200


def _parse_put_sql_shares_users(response: httpx.Response) -> ShareIndex:
    return ShareIndex.from_dict(response.json())


def _parse_delete_sql_shares_users(response: httpx.Response) -> None:
    return None


def _parse_put_sql_shares_groups(response: httpx.Response) -> ShareIndex:
    return ShareIndex.from_dict(response.json())


def _parse_delete_sql_shares_groups(response: httpx.Response) -> None:
    return None


def _parse_list_sql_projects(response: httpx.Response) -> list[ProjectsProjectSummary]:
    response_200 = decode.model_array(_models.ProjectsProjectSummary.from_dict, response.json())

    return response_200


def _parse_put_sql_projects(response: httpx.Response) -> None:
    return None


def _parse_delete_sql_projects(response: httpx.Response) -> None:
    return None


def _parse_put_sql_archive(response: httpx.Response) -> SqlScript:
    return SqlScript.from_dict(response.json())


def _parse_list_containers_shares(response: httpx.Response) -> list[ShareIndex]:
    response_200 = decode.model_array(_models.ShareIndex.from_dict, response.json())

    return response_200


def _parse_put_containers_shares_users(response: httpx.Response) -> ShareIndex:
    return ShareIndex.from_dict(response.json())


def _parse_delete_containers_shares_users(response: httpx.Response) -> None:
    return None


def _parse_put_containers_shares_groups(response: httpx.Response) -> ShareIndex:
    return ShareIndex.from_dict(response.json())


def _parse_delete_containers_shares_groups(response: httpx.Response) -> None:
    return None


def _parse_list_containers_projects(response: httpx.Response) -> list[ProjectsProjectSummary]:
    response_200 = decode.model_array(_models.ProjectsProjectSummary.from_dict, response.json())

    return response_200


def _parse_put_containers_projects(response: httpx.Response) -> None:
    return None


def _parse_delete_containers_projects(response: httpx.Response) -> None:
    return None


def _parse_put_containers_archive(response: httpx.Response) -> ContainerScript:
    return ContainerScript.from_dict(response.json())


def _parse_list_python3_shares(response: httpx.Response) -> list[ShareIndex]:
    response_200 = decode.model_array(_models.ShareIndex.from_dict, response.json())

    return response_200


def _parse_put_python3_shares_users(response: httpx.Response) -> ShareIndex:
    return ShareIndex.from_dict(response.json())


def _parse_delete_python3_shares_users(response: httpx.Response) -> None:
    return None


def _parse_put_python3_shares_groups(response: httpx.Response) -> ShareIndex:
    return ShareIndex.from_dict(response.json())


def _parse_delete_python3_shares_groups(response: httpx.Response) -> None:
    return None


def _parse_list_python3_projects(response: httpx.Response) -> list[ProjectsProjectSummary]:
    response_200 = decode.model_array(_models.ProjectsProjectSummary.from_dict, response.json())

    return response_200


def _parse_put_python3_projects(response: httpx.Response) -> None:
    return None


def _parse_delete_python3_projects(response: httpx.Response) -> None:
    return None


def _parse_put_python3_archive(response: httpx.Response) -> PythonScript:
    return PythonScript.from_dict(response.json())


def _parse_list_r_shares(response: httpx.Response) -> list[ShareIndex]:
    response_200 = decode.model_array(_models.ShareIndex.from_dict, response.json())

    return response_200


def _parse_put_r_shares_users(response: httpx.Response) -> ShareIndex:
    return ShareIndex.from_dict(response.json())


def _parse_delete_r_shares_users(response: httpx.Response) -> None:
    return None


def _parse_put_r_shares_groups(response: httpx.Response) -> ShareIndex:
    return ShareIndex.from_dict(response.json())


def _parse_delete_r_shares_groups(response: httpx.Response) -> None:
    return None


def _parse_list_r_projects(response: httpx.Response) -> list[ProjectsProjectSummary]:
    response_200 = decode.model_array(_models.ProjectsProjectSummary.from_dict, response.json())

    return response_200


def _parse_put_r_projects(response: httpx.Response) -> None:
    return None


def _parse_delete_r_projects(response: httpx.Response) -> None:
    return None


def _parse_put_r_archive(response: httpx.Response) -> RScript:
    return RScript.from_dict(response.json())


def _parse_list_javascript_shares(response: httpx.Response) -> list[ShareIndex]:
    response_200 = decode.model_array(_models.ShareIndex.from_dict, response.json())

    return response_200


def _parse_put_javascript_shares_users(response: httpx.Response) -> ShareIndex:
    return ShareIndex.from_dict(response.json())


def _parse_delete_javascript_shares_users(response: httpx.Response) -> None:
    return None


def _parse_put_javascript_shares_groups(response: httpx.Response) -> ShareIndex:
    return ShareIndex.from_dict(response.json())


def _parse_delete_javascript_shares_groups(response: httpx.Response) -> None:
    return None


def _parse_list_javascript_projects(response: httpx.Response) -> list[ProjectsProjectSummary]:
    response_200 = decode.model_array(_models.ProjectsProjectSummary.from_dict, response.json())

    return response_200


def _parse_put_javascript_projects(response: httpx.Response) -> None:
    return None


def _parse_delete_javascript_projects(response: httpx.Response) -> None:
    return None


def _parse_put_javascript_archive(response: httpx.Response) -> JavascriptScript:
    return JavascriptScript.from_dict(response.json())


def _parse_list_custom_shares(response: httpx.Response) -> list[ShareIndex]:
    response_200 = decode.model_array(_models.ShareIndex.from_dict, response.json())

    return response_200


def _parse_put_custom_shares_users(response: httpx.Response) -> ShareIndex:
    return ShareIndex.from_dict(response.json())


def _parse_delete_custom_shares_users(response: httpx.Response) -> None:
    return None


def _parse_put_custom_shares_groups(response: httpx.Response) -> ShareIndex:
    return ShareIndex.from_dict(response.json())


def _parse_delete_custom_shares_groups(response: httpx.Response) -> None:
    return None


def _parse_list_custom_projects(response: httpx.Response) -> list[ProjectsProjectSummary]:
    response_200 = decode.model_array(_models.ProjectsProjectSummary.from_dict, response.json())

    return response_200


def _parse_put_custom_projects(response: httpx.Response) -> None:
    return None


def _parse_delete_custom_projects(response: httpx.Response) -> None:
    return None


def _parse_put_custom_archive(response: httpx.Response) -> CustomScript:
    return CustomScript.from_dict(response.json())


def _parse_post_sql_clone(response: httpx.Response) -> SqlScript:
    return SqlScript.from_dict(response.json())


def _parse_post_javascript_clone(response: httpx.Response) -> JavascriptScript:
    return JavascriptScript.from_dict(response.json())


def _parse_post_python3_clone(response: httpx.Response) -> PythonScript:
    return PythonScript.from_dict(response.json())


def _parse_post_r_clone(response: httpx.Response) -> RScript:
    return RScript.from_dict(response.json())


def _parse_post_containers_clone(response: httpx.Response) -> ContainerScript:
    return ContainerScript.from_dict(response.json())


def _parse_post_custom_clone(response: httpx.Response) -> CustomScript:
    return CustomScript.from_dict(response.json())


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

    def list_types(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> list[ScriptType]:
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

    def list_history(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> list[ScriptHistoryEntry]:
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

    def post(
        self,
        name: str,
        remote_host_id: int,
        credential_id: int,
        sql: str,
        *,
        params: Sequence[ScriptParamCreateRequest | Mapping[str, Any]] | Unset = UNSET,
        arguments: ScriptCreateCreateRequestArguments | Mapping[str, Any] | Unset = UNSET,
        template_script_id: int | Unset = UNSET,
        notifications: JobNotificationsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Script:
        """Post to scripts.

        `POST /scripts/`

        Args:
            name: The `name` field of the request body.
            remote_host_id: The `remoteHostId` field of the request body.
            credential_id: The `credentialId` field of the request body.
            sql: The `sql` field of the request body.
            params: The `params` field of the request body.
            arguments: The `arguments` field of the request body.
            template_script_id: The `templateScriptId` field of the request body.
            notifications: The `notifications` field of the request body.
            hidden: The `hidden` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Script

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/scripts/",
                json=ScriptCreateCreateRequest(
                    name=name,
                    remote_host_id=remote_host_id,
                    credential_id=credential_id,
                    sql=sql,
                    params=as_models(ScriptParamCreateRequest, params),
                    arguments=as_model(ScriptCreateCreateRequestArguments, arguments),
                    template_script_id=template_script_id,
                    notifications=as_model(JobNotificationsCreateRequest, notifications),
                    hidden=hidden,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post,
        )

    def post_run(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Post to scripts run.

        `POST /scripts/{id}/run`

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
                "POST",
                f"/scripts/{encode_path(id)}/run",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_run,
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

    def patch(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        sql: str | Unset = UNSET,
        params: builtins.list[Any] | Unset = UNSET,
        arguments: str | Unset = UNSET,
        template_script_id: str | Unset = UNSET,
        schedule: str | Unset = UNSET,
        notifications: str | Unset = UNSET,
        parent_id: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Update scripts.

        Documented by the previous client; absent from the current published API description.

        `PATCH /scripts/{id}`

        Args:
            id: The `id` path parameter.
            name: The `name` field of the request body.
            sql: The `sql` field of the request body.
            params: The `params` field of the request body.
            arguments: The `arguments` field of the request body.
            template_script_id: The `templateScriptId` field of the request body.
            schedule: The `schedule` field of the request body.
            notifications: The `notifications` field of the request body.
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
                f"/scripts/{encode_path(id)}",
                json=PatchScriptsIdBody(
                    name=name,
                    sql=sql,
                    params=params,
                    arguments=arguments,
                    template_script_id=template_script_id,
                    schedule=schedule,
                    notifications=notifications,
                    parent_id=parent_id,
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        name,
                        sql,
                        params,
                        arguments,
                        template_script_id,
                        schedule,
                        notifications,
                        parent_id,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_patch,
        )

    def post_containers(
        self,
        required_resources: ScriptRequiredResourcesCreateRequest | Mapping[str, Any],
        docker_command: str,
        docker_image_name: str,
        *,
        name: str | Unset = UNSET,
        parent_id: int | Unset = UNSET,
        user_context: str | Unset = UNSET,
        params: Sequence[ScriptParamCreateRequest | Mapping[str, Any]] | Unset = UNSET,
        arguments: ContainerScriptCreateRequestArguments | Mapping[str, Any] | Unset = UNSET,
        schedule: JobScheduleCreateRequest | Mapping[str, Any] | Unset = UNSET,
        notifications: JobNotificationsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        repo_http_uri: str | Unset = UNSET,
        repo_ref: str | Unset = UNSET,
        remote_host_credential_id: int | Unset = UNSET,
        git_credential_id: int | Unset = UNSET,
        docker_image_tag: str | Unset = UNSET,
        instance_type: str | Unset = UNSET,
        cancel_timeout: int | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        partition_label: str | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        target_project_id: int | Unset = UNSET,
        running_as_id: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ContainerScript:
        """Post to scripts containers.

        `POST /scripts/containers`

        Args:
            required_resources: The `requiredResources` field of the request body.
            docker_command: The `dockerCommand` field of the request body.
            docker_image_name: The `dockerImageName` field of the request body.
            name: The `name` field of the request body.
            parent_id: The `parentId` field of the request body.
            user_context: The `userContext` field of the request body.
            params: The `params` field of the request body.
            arguments: The `arguments` field of the request body.
            schedule: The `schedule` field of the request body.
            notifications: The `notifications` field of the request body.
            repo_http_uri: The `repoHttpUri` field of the request body.
            repo_ref: The `repoRef` field of the request body.
            remote_host_credential_id: The `remoteHostCredentialId` field of the request body.
            git_credential_id: The `gitCredentialId` field of the request body.
            docker_image_tag: The `dockerImageTag` field of the request body.
            instance_type: The `instanceType` field of the request body.
            cancel_timeout: The `cancelTimeout` field of the request body.
            time_zone: The `timeZone` field of the request body.
            partition_label: The `partitionLabel` field of the request body.
            hidden: The `hidden` field of the request body.
            target_project_id: The `targetProjectId` field of the request body.
            running_as_id: The `runningAsId` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ContainerScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/scripts/containers",
                json=ContainerScriptCreateRequest(
                    required_resources=as_model(ScriptRequiredResourcesCreateRequest, required_resources),
                    docker_command=docker_command,
                    docker_image_name=docker_image_name,
                    name=name,
                    parent_id=parent_id,
                    user_context=user_context,
                    params=as_models(ScriptParamCreateRequest, params),
                    arguments=as_model(ContainerScriptCreateRequestArguments, arguments),
                    schedule=as_model(JobScheduleCreateRequest, schedule),
                    notifications=as_model(JobNotificationsCreateRequest, notifications),
                    repo_http_uri=repo_http_uri,
                    repo_ref=repo_ref,
                    remote_host_credential_id=remote_host_credential_id,
                    git_credential_id=git_credential_id,
                    docker_image_tag=docker_image_tag,
                    instance_type=instance_type,
                    cancel_timeout=cancel_timeout,
                    time_zone=time_zone,
                    partition_label=partition_label,
                    hidden=hidden,
                    target_project_id=target_project_id,
                    running_as_id=running_as_id,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_containers,
        )

    def get_containers(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> ContainerScript:
        """Get scripts containers.

        `GET /scripts/containers/{id}`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ContainerScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/scripts/containers/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_containers,
        )

    def put_containers(
        self,
        id: int,
        required_resources: ScriptRequiredResourcesCreateRequest | Mapping[str, Any],
        docker_command: str,
        docker_image_name: str,
        *,
        name: str | Unset = UNSET,
        parent_id: int | Unset = UNSET,
        user_context: str | Unset = UNSET,
        params: Sequence[ScriptParamCreateRequest | Mapping[str, Any]] | Unset = UNSET,
        arguments: ContainerScriptUpdateRequestArguments | Mapping[str, Any] | Unset = UNSET,
        schedule: JobScheduleCreateRequest | Mapping[str, Any] | Unset = UNSET,
        notifications: JobNotificationsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        repo_http_uri: str | Unset = UNSET,
        repo_ref: str | Unset = UNSET,
        remote_host_credential_id: int | Unset = UNSET,
        git_credential_id: int | Unset = UNSET,
        docker_image_tag: str | Unset = UNSET,
        instance_type: str | Unset = UNSET,
        cancel_timeout: int | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        partition_label: str | Unset = UNSET,
        target_project_id: int | Unset = UNSET,
        running_as_id: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ContainerScript:
        """Replace scripts containers.

        `PUT /scripts/containers/{id}`

        Args:
            id: The `id` path parameter.
            required_resources: The `requiredResources` field of the request body.
            docker_command: The `dockerCommand` field of the request body.
            docker_image_name: The `dockerImageName` field of the request body.
            name: The `name` field of the request body.
            parent_id: The `parentId` field of the request body.
            user_context: The `userContext` field of the request body.
            params: The `params` field of the request body.
            arguments: The `arguments` field of the request body.
            schedule: The `schedule` field of the request body.
            notifications: The `notifications` field of the request body.
            repo_http_uri: The `repoHttpUri` field of the request body.
            repo_ref: The `repoRef` field of the request body.
            remote_host_credential_id: The `remoteHostCredentialId` field of the request body.
            git_credential_id: The `gitCredentialId` field of the request body.
            docker_image_tag: The `dockerImageTag` field of the request body.
            instance_type: The `instanceType` field of the request body.
            cancel_timeout: The `cancelTimeout` field of the request body.
            time_zone: The `timeZone` field of the request body.
            partition_label: The `partitionLabel` field of the request body.
            target_project_id: The `targetProjectId` field of the request body.
            running_as_id: The `runningAsId` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ContainerScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/scripts/containers/{encode_path(id)}",
                json=ContainerScriptUpdateRequest(
                    required_resources=as_model(ScriptRequiredResourcesCreateRequest, required_resources),
                    docker_command=docker_command,
                    docker_image_name=docker_image_name,
                    name=name,
                    parent_id=parent_id,
                    user_context=user_context,
                    params=as_models(ScriptParamCreateRequest, params),
                    arguments=as_model(ContainerScriptUpdateRequestArguments, arguments),
                    schedule=as_model(JobScheduleCreateRequest, schedule),
                    notifications=as_model(JobNotificationsCreateRequest, notifications),
                    repo_http_uri=repo_http_uri,
                    repo_ref=repo_ref,
                    remote_host_credential_id=remote_host_credential_id,
                    git_credential_id=git_credential_id,
                    docker_image_tag=docker_image_tag,
                    instance_type=instance_type,
                    cancel_timeout=cancel_timeout,
                    time_zone=time_zone,
                    partition_label=partition_label,
                    target_project_id=target_project_id,
                    running_as_id=running_as_id,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_containers,
        )

    def patch_containers(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        parent_id: int | Unset = UNSET,
        user_context: str | Unset = UNSET,
        params: Sequence[ScriptParamPatchRequest | Mapping[str, Any]] | Unset = UNSET,
        arguments: ContainerScriptPatchRequestArguments | Mapping[str, Any] | Unset = UNSET,
        schedule: JobScheduleCreateRequest | Mapping[str, Any] | Unset = UNSET,
        notifications: JobNotificationsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        required_resources: ScriptRequiredResourcesPatchRequest | Mapping[str, Any] | Unset = UNSET,
        repo_http_uri: str | Unset = UNSET,
        repo_ref: str | Unset = UNSET,
        remote_host_credential_id: int | Unset = UNSET,
        git_credential_id: int | Unset = UNSET,
        docker_command: str | Unset = UNSET,
        docker_image_name: str | Unset = UNSET,
        docker_image_tag: str | Unset = UNSET,
        instance_type: str | Unset = UNSET,
        cancel_timeout: int | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        partition_label: str | Unset = UNSET,
        target_project_id: int | Unset = UNSET,
        running_as_id: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ContainerScript:
        """Update scripts containers.

        `PATCH /scripts/containers/{id}`

        Args:
            id: The `id` path parameter.
            name: The `name` field of the request body.
            parent_id: The `parentId` field of the request body.
            user_context: The `userContext` field of the request body.
            params: The `params` field of the request body.
            arguments: The `arguments` field of the request body.
            schedule: The `schedule` field of the request body.
            notifications: The `notifications` field of the request body.
            required_resources: The `requiredResources` field of the request body.
            repo_http_uri: The `repoHttpUri` field of the request body.
            repo_ref: The `repoRef` field of the request body.
            remote_host_credential_id: The `remoteHostCredentialId` field of the request body.
            git_credential_id: The `gitCredentialId` field of the request body.
            docker_command: The `dockerCommand` field of the request body.
            docker_image_name: The `dockerImageName` field of the request body.
            docker_image_tag: The `dockerImageTag` field of the request body.
            instance_type: The `instanceType` field of the request body.
            cancel_timeout: The `cancelTimeout` field of the request body.
            time_zone: The `timeZone` field of the request body.
            partition_label: The `partitionLabel` field of the request body.
            target_project_id: The `targetProjectId` field of the request body.
            running_as_id: The `runningAsId` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ContainerScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/scripts/containers/{encode_path(id)}",
                json=ContainerScriptPatchRequest(
                    name=name,
                    parent_id=parent_id,
                    user_context=user_context,
                    params=as_models(ScriptParamPatchRequest, params),
                    arguments=as_model(ContainerScriptPatchRequestArguments, arguments),
                    schedule=as_model(JobScheduleCreateRequest, schedule),
                    notifications=as_model(JobNotificationsCreateRequest, notifications),
                    required_resources=as_model(ScriptRequiredResourcesPatchRequest, required_resources),
                    repo_http_uri=repo_http_uri,
                    repo_ref=repo_ref,
                    remote_host_credential_id=remote_host_credential_id,
                    git_credential_id=git_credential_id,
                    docker_command=docker_command,
                    docker_image_name=docker_image_name,
                    docker_image_tag=docker_image_tag,
                    instance_type=instance_type,
                    cancel_timeout=cancel_timeout,
                    time_zone=time_zone,
                    partition_label=partition_label,
                    target_project_id=target_project_id,
                    running_as_id=running_as_id,
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        name,
                        parent_id,
                        user_context,
                        params,
                        arguments,
                        schedule,
                        notifications,
                        required_resources,
                        repo_http_uri,
                        repo_ref,
                        remote_host_credential_id,
                        git_credential_id,
                        docker_command,
                        docker_image_name,
                        docker_image_tag,
                        instance_type,
                        cancel_timeout,
                        time_zone,
                        partition_label,
                        target_project_id,
                        running_as_id,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_patch_containers,
        )

    def list_containers_runs_logs(
        self,
        id: int,
        run_id: int,
        *,
        last_id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[LogRunLogResponseSummary]:
        """List scripts containers runs logs.

        `GET /scripts/containers/{id}/runs/{run_id}/logs`

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
                f"/scripts/containers/{encode_path(id)}/runs/{encode_path(run_id)}/logs",
                params=query_params(
                    {
                        "last_id": last_id,
                        "limit": limit,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_containers_runs_logs,
        )

    def post_sql(
        self,
        name: str,
        sql: str,
        remote_host_id: int,
        credential_id: int,
        *,
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
        name: str,
        sql: str,
        remote_host_id: int,
        credential_id: int,
        *,
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

    def post_python3(
        self,
        name: str,
        source: str,
        *,
        parent_id: int | Unset = UNSET,
        user_context: str | Unset = UNSET,
        params: Sequence[ScriptParamCreateRequest | Mapping[str, Any]] | Unset = UNSET,
        arguments: PythonScriptCreateRequestArguments | Mapping[str, Any] | Unset = UNSET,
        schedule: JobScheduleCreateRequest | Mapping[str, Any] | Unset = UNSET,
        notifications: JobNotificationsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        next_run_at: str | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        target_project_id: int | Unset = UNSET,
        required_resources: ScriptRequiredResourcesCreateRequest | Mapping[str, Any] | Unset = UNSET,
        instance_type: str | Unset = UNSET,
        cancel_timeout: int | Unset = UNSET,
        docker_image_tag: str | Unset = UNSET,
        partition_label: str | Unset = UNSET,
        running_as_id: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> PythonScript:
        """Post to scripts python3.

        `POST /scripts/python3`

        Args:
            name: The `name` field of the request body.
            source: The `source` field of the request body.
            parent_id: The `parentId` field of the request body.
            user_context: The `userContext` field of the request body.
            params: The `params` field of the request body.
            arguments: The `arguments` field of the request body.
            schedule: The `schedule` field of the request body.
            notifications: The `notifications` field of the request body.
            next_run_at: The `nextRunAt` field of the request body.
            time_zone: The `timeZone` field of the request body.
            hidden: The `hidden` field of the request body.
            target_project_id: The `targetProjectId` field of the request body.
            required_resources: The `requiredResources` field of the request body.
            instance_type: The `instanceType` field of the request body.
            cancel_timeout: The `cancelTimeout` field of the request body.
            docker_image_tag: The `dockerImageTag` field of the request body.
            partition_label: The `partitionLabel` field of the request body.
            running_as_id: The `runningAsId` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            PythonScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/scripts/python3",
                json=PythonScriptCreateRequest(
                    name=name,
                    source=source,
                    parent_id=parent_id,
                    user_context=user_context,
                    params=as_models(ScriptParamCreateRequest, params),
                    arguments=as_model(PythonScriptCreateRequestArguments, arguments),
                    schedule=as_model(JobScheduleCreateRequest, schedule),
                    notifications=as_model(JobNotificationsCreateRequest, notifications),
                    next_run_at=next_run_at,
                    time_zone=time_zone,
                    hidden=hidden,
                    target_project_id=target_project_id,
                    required_resources=as_model(ScriptRequiredResourcesCreateRequest, required_resources),
                    instance_type=instance_type,
                    cancel_timeout=cancel_timeout,
                    docker_image_tag=docker_image_tag,
                    partition_label=partition_label,
                    running_as_id=running_as_id,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_python3,
        )

    def get_python3(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> PythonScript:
        """Get scripts python3.

        `GET /scripts/python3/{id}`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            PythonScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/scripts/python3/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_python3,
        )

    def put_python3(
        self,
        id: int,
        name: str,
        source: str,
        *,
        parent_id: int | Unset = UNSET,
        user_context: str | Unset = UNSET,
        params: Sequence[ScriptParamCreateRequest | Mapping[str, Any]] | Unset = UNSET,
        arguments: PythonScriptUpdateRequestArguments | Mapping[str, Any] | Unset = UNSET,
        schedule: JobScheduleCreateRequest | Mapping[str, Any] | Unset = UNSET,
        notifications: JobNotificationsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        next_run_at: str | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        target_project_id: int | Unset = UNSET,
        required_resources: ScriptRequiredResourcesCreateRequest | Mapping[str, Any] | Unset = UNSET,
        instance_type: str | Unset = UNSET,
        cancel_timeout: int | Unset = UNSET,
        docker_image_tag: str | Unset = UNSET,
        partition_label: str | Unset = UNSET,
        running_as_id: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> PythonScript:
        """Replace scripts python3.

        `PUT /scripts/python3/{id}`

        Args:
            id: The `id` path parameter.
            name: The `name` field of the request body.
            source: The `source` field of the request body.
            parent_id: The `parentId` field of the request body.
            user_context: The `userContext` field of the request body.
            params: The `params` field of the request body.
            arguments: The `arguments` field of the request body.
            schedule: The `schedule` field of the request body.
            notifications: The `notifications` field of the request body.
            next_run_at: The `nextRunAt` field of the request body.
            time_zone: The `timeZone` field of the request body.
            target_project_id: The `targetProjectId` field of the request body.
            required_resources: The `requiredResources` field of the request body.
            instance_type: The `instanceType` field of the request body.
            cancel_timeout: The `cancelTimeout` field of the request body.
            docker_image_tag: The `dockerImageTag` field of the request body.
            partition_label: The `partitionLabel` field of the request body.
            running_as_id: The `runningAsId` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            PythonScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/scripts/python3/{encode_path(id)}",
                json=PythonScriptUpdateRequest(
                    name=name,
                    source=source,
                    parent_id=parent_id,
                    user_context=user_context,
                    params=as_models(ScriptParamCreateRequest, params),
                    arguments=as_model(PythonScriptUpdateRequestArguments, arguments),
                    schedule=as_model(JobScheduleCreateRequest, schedule),
                    notifications=as_model(JobNotificationsCreateRequest, notifications),
                    next_run_at=next_run_at,
                    time_zone=time_zone,
                    target_project_id=target_project_id,
                    required_resources=as_model(ScriptRequiredResourcesCreateRequest, required_resources),
                    instance_type=instance_type,
                    cancel_timeout=cancel_timeout,
                    docker_image_tag=docker_image_tag,
                    partition_label=partition_label,
                    running_as_id=running_as_id,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_python3,
        )

    def patch_python3(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        parent_id: int | Unset = UNSET,
        user_context: str | Unset = UNSET,
        params: Sequence[ScriptParamPatchRequest | Mapping[str, Any]] | Unset = UNSET,
        arguments: PythonScriptPatchRequestArguments | Mapping[str, Any] | Unset = UNSET,
        schedule: JobScheduleCreateRequest | Mapping[str, Any] | Unset = UNSET,
        notifications: JobNotificationsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        next_run_at: str | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        target_project_id: int | Unset = UNSET,
        required_resources: ScriptRequiredResourcesPatchRequest | Mapping[str, Any] | Unset = UNSET,
        instance_type: str | Unset = UNSET,
        cancel_timeout: int | Unset = UNSET,
        docker_image_tag: str | Unset = UNSET,
        partition_label: str | Unset = UNSET,
        running_as_id: int | Unset = UNSET,
        source: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> PythonScript:
        """Update scripts python3.

        `PATCH /scripts/python3/{id}`

        Args:
            id: The `id` path parameter.
            name: The `name` field of the request body.
            parent_id: The `parentId` field of the request body.
            user_context: The `userContext` field of the request body.
            params: The `params` field of the request body.
            arguments: The `arguments` field of the request body.
            schedule: The `schedule` field of the request body.
            notifications: The `notifications` field of the request body.
            next_run_at: The `nextRunAt` field of the request body.
            time_zone: The `timeZone` field of the request body.
            target_project_id: The `targetProjectId` field of the request body.
            required_resources: The `requiredResources` field of the request body.
            instance_type: The `instanceType` field of the request body.
            cancel_timeout: The `cancelTimeout` field of the request body.
            docker_image_tag: The `dockerImageTag` field of the request body.
            partition_label: The `partitionLabel` field of the request body.
            running_as_id: The `runningAsId` field of the request body.
            source: The `source` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            PythonScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/scripts/python3/{encode_path(id)}",
                json=PythonScriptPatchRequest(
                    name=name,
                    parent_id=parent_id,
                    user_context=user_context,
                    params=as_models(ScriptParamPatchRequest, params),
                    arguments=as_model(PythonScriptPatchRequestArguments, arguments),
                    schedule=as_model(JobScheduleCreateRequest, schedule),
                    notifications=as_model(JobNotificationsCreateRequest, notifications),
                    next_run_at=next_run_at,
                    time_zone=time_zone,
                    target_project_id=target_project_id,
                    required_resources=as_model(ScriptRequiredResourcesPatchRequest, required_resources),
                    instance_type=instance_type,
                    cancel_timeout=cancel_timeout,
                    docker_image_tag=docker_image_tag,
                    partition_label=partition_label,
                    running_as_id=running_as_id,
                    source=source,
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        name,
                        parent_id,
                        user_context,
                        params,
                        arguments,
                        schedule,
                        notifications,
                        next_run_at,
                        time_zone,
                        target_project_id,
                        required_resources,
                        instance_type,
                        cancel_timeout,
                        docker_image_tag,
                        partition_label,
                        running_as_id,
                        source,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_patch_python3,
        )

    def post_r(
        self,
        name: str,
        source: str,
        *,
        parent_id: int | Unset = UNSET,
        user_context: str | Unset = UNSET,
        params: Sequence[ScriptParamCreateRequest | Mapping[str, Any]] | Unset = UNSET,
        arguments: RScriptCreateRequestArguments | Mapping[str, Any] | Unset = UNSET,
        schedule: JobScheduleCreateRequest | Mapping[str, Any] | Unset = UNSET,
        notifications: JobNotificationsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        next_run_at: str | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        target_project_id: int | Unset = UNSET,
        required_resources: ScriptRequiredResourcesCreateRequest | Mapping[str, Any] | Unset = UNSET,
        instance_type: str | Unset = UNSET,
        cancel_timeout: int | Unset = UNSET,
        docker_image_tag: str | Unset = UNSET,
        partition_label: str | Unset = UNSET,
        running_as_id: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RScript:
        """Post to scripts r.

        `POST /scripts/r`

        Args:
            name: The `name` field of the request body.
            source: The `source` field of the request body.
            parent_id: The `parentId` field of the request body.
            user_context: The `userContext` field of the request body.
            params: The `params` field of the request body.
            arguments: The `arguments` field of the request body.
            schedule: The `schedule` field of the request body.
            notifications: The `notifications` field of the request body.
            next_run_at: The `nextRunAt` field of the request body.
            time_zone: The `timeZone` field of the request body.
            hidden: The `hidden` field of the request body.
            target_project_id: The `targetProjectId` field of the request body.
            required_resources: The `requiredResources` field of the request body.
            instance_type: The `instanceType` field of the request body.
            cancel_timeout: The `cancelTimeout` field of the request body.
            docker_image_tag: The `dockerImageTag` field of the request body.
            partition_label: The `partitionLabel` field of the request body.
            running_as_id: The `runningAsId` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            RScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/scripts/r",
                json=RScriptCreateRequest(
                    name=name,
                    source=source,
                    parent_id=parent_id,
                    user_context=user_context,
                    params=as_models(ScriptParamCreateRequest, params),
                    arguments=as_model(RScriptCreateRequestArguments, arguments),
                    schedule=as_model(JobScheduleCreateRequest, schedule),
                    notifications=as_model(JobNotificationsCreateRequest, notifications),
                    next_run_at=next_run_at,
                    time_zone=time_zone,
                    hidden=hidden,
                    target_project_id=target_project_id,
                    required_resources=as_model(ScriptRequiredResourcesCreateRequest, required_resources),
                    instance_type=instance_type,
                    cancel_timeout=cancel_timeout,
                    docker_image_tag=docker_image_tag,
                    partition_label=partition_label,
                    running_as_id=running_as_id,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_r,
        )

    def get_r(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> RScript:
        """Get scripts r.

        `GET /scripts/r/{id}`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            RScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/scripts/r/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_r,
        )

    def put_r(
        self,
        id: int,
        name: str,
        source: str,
        *,
        parent_id: int | Unset = UNSET,
        user_context: str | Unset = UNSET,
        params: Sequence[ScriptParamCreateRequest | Mapping[str, Any]] | Unset = UNSET,
        arguments: RScriptUpdateRequestArguments | Mapping[str, Any] | Unset = UNSET,
        schedule: JobScheduleCreateRequest | Mapping[str, Any] | Unset = UNSET,
        notifications: JobNotificationsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        next_run_at: str | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        target_project_id: int | Unset = UNSET,
        required_resources: ScriptRequiredResourcesCreateRequest | Mapping[str, Any] | Unset = UNSET,
        instance_type: str | Unset = UNSET,
        cancel_timeout: int | Unset = UNSET,
        docker_image_tag: str | Unset = UNSET,
        partition_label: str | Unset = UNSET,
        running_as_id: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RScript:
        """Replace scripts r.

        `PUT /scripts/r/{id}`

        Args:
            id: The `id` path parameter.
            name: The `name` field of the request body.
            source: The `source` field of the request body.
            parent_id: The `parentId` field of the request body.
            user_context: The `userContext` field of the request body.
            params: The `params` field of the request body.
            arguments: The `arguments` field of the request body.
            schedule: The `schedule` field of the request body.
            notifications: The `notifications` field of the request body.
            next_run_at: The `nextRunAt` field of the request body.
            time_zone: The `timeZone` field of the request body.
            target_project_id: The `targetProjectId` field of the request body.
            required_resources: The `requiredResources` field of the request body.
            instance_type: The `instanceType` field of the request body.
            cancel_timeout: The `cancelTimeout` field of the request body.
            docker_image_tag: The `dockerImageTag` field of the request body.
            partition_label: The `partitionLabel` field of the request body.
            running_as_id: The `runningAsId` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            RScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/scripts/r/{encode_path(id)}",
                json=RScriptUpdateRequest(
                    name=name,
                    source=source,
                    parent_id=parent_id,
                    user_context=user_context,
                    params=as_models(ScriptParamCreateRequest, params),
                    arguments=as_model(RScriptUpdateRequestArguments, arguments),
                    schedule=as_model(JobScheduleCreateRequest, schedule),
                    notifications=as_model(JobNotificationsCreateRequest, notifications),
                    next_run_at=next_run_at,
                    time_zone=time_zone,
                    target_project_id=target_project_id,
                    required_resources=as_model(ScriptRequiredResourcesCreateRequest, required_resources),
                    instance_type=instance_type,
                    cancel_timeout=cancel_timeout,
                    docker_image_tag=docker_image_tag,
                    partition_label=partition_label,
                    running_as_id=running_as_id,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_r,
        )

    def patch_r(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        parent_id: int | Unset = UNSET,
        user_context: str | Unset = UNSET,
        params: Sequence[ScriptParamPatchRequest | Mapping[str, Any]] | Unset = UNSET,
        arguments: RScriptPatchRequestArguments | Mapping[str, Any] | Unset = UNSET,
        schedule: JobScheduleCreateRequest | Mapping[str, Any] | Unset = UNSET,
        notifications: JobNotificationsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        next_run_at: str | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        target_project_id: int | Unset = UNSET,
        required_resources: ScriptRequiredResourcesPatchRequest | Mapping[str, Any] | Unset = UNSET,
        instance_type: str | Unset = UNSET,
        cancel_timeout: int | Unset = UNSET,
        docker_image_tag: str | Unset = UNSET,
        partition_label: str | Unset = UNSET,
        running_as_id: int | Unset = UNSET,
        source: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RScript:
        """Update scripts r.

        `PATCH /scripts/r/{id}`

        Args:
            id: The `id` path parameter.
            name: The `name` field of the request body.
            parent_id: The `parentId` field of the request body.
            user_context: The `userContext` field of the request body.
            params: The `params` field of the request body.
            arguments: The `arguments` field of the request body.
            schedule: The `schedule` field of the request body.
            notifications: The `notifications` field of the request body.
            next_run_at: The `nextRunAt` field of the request body.
            time_zone: The `timeZone` field of the request body.
            target_project_id: The `targetProjectId` field of the request body.
            required_resources: The `requiredResources` field of the request body.
            instance_type: The `instanceType` field of the request body.
            cancel_timeout: The `cancelTimeout` field of the request body.
            docker_image_tag: The `dockerImageTag` field of the request body.
            partition_label: The `partitionLabel` field of the request body.
            running_as_id: The `runningAsId` field of the request body.
            source: The `source` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            RScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/scripts/r/{encode_path(id)}",
                json=RScriptPatchRequest(
                    name=name,
                    parent_id=parent_id,
                    user_context=user_context,
                    params=as_models(ScriptParamPatchRequest, params),
                    arguments=as_model(RScriptPatchRequestArguments, arguments),
                    schedule=as_model(JobScheduleCreateRequest, schedule),
                    notifications=as_model(JobNotificationsCreateRequest, notifications),
                    next_run_at=next_run_at,
                    time_zone=time_zone,
                    target_project_id=target_project_id,
                    required_resources=as_model(ScriptRequiredResourcesPatchRequest, required_resources),
                    instance_type=instance_type,
                    cancel_timeout=cancel_timeout,
                    docker_image_tag=docker_image_tag,
                    partition_label=partition_label,
                    running_as_id=running_as_id,
                    source=source,
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        name,
                        parent_id,
                        user_context,
                        params,
                        arguments,
                        schedule,
                        notifications,
                        next_run_at,
                        time_zone,
                        target_project_id,
                        required_resources,
                        instance_type,
                        cancel_timeout,
                        docker_image_tag,
                        partition_label,
                        running_as_id,
                        source,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_patch_r,
        )

    def post_javascript(
        self,
        name: str,
        source: str,
        remote_host_id: int,
        credential_id: int,
        *,
        parent_id: int | Unset = UNSET,
        user_context: str | Unset = UNSET,
        params: Sequence[ScriptParamCreateRequest | Mapping[str, Any]] | Unset = UNSET,
        arguments: JavascriptScriptCreateRequestArguments | Mapping[str, Any] | Unset = UNSET,
        schedule: JobScheduleCreateRequest | Mapping[str, Any] | Unset = UNSET,
        notifications: JobNotificationsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        next_run_at: str | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        target_project_id: int | Unset = UNSET,
        running_as_id: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> JavascriptScript:
        """Post to scripts javascript.

        `POST /scripts/javascript`

        Args:
            name: The `name` field of the request body.
            source: The `source` field of the request body.
            remote_host_id: The `remoteHostId` field of the request body.
            credential_id: The `credentialId` field of the request body.
            parent_id: The `parentId` field of the request body.
            user_context: The `userContext` field of the request body.
            params: The `params` field of the request body.
            arguments: The `arguments` field of the request body.
            schedule: The `schedule` field of the request body.
            notifications: The `notifications` field of the request body.
            next_run_at: The `nextRunAt` field of the request body.
            time_zone: The `timeZone` field of the request body.
            hidden: The `hidden` field of the request body.
            target_project_id: The `targetProjectId` field of the request body.
            running_as_id: The `runningAsId` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JavascriptScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/scripts/javascript",
                json=JavascriptScriptCreateRequest(
                    name=name,
                    source=source,
                    remote_host_id=remote_host_id,
                    credential_id=credential_id,
                    parent_id=parent_id,
                    user_context=user_context,
                    params=as_models(ScriptParamCreateRequest, params),
                    arguments=as_model(JavascriptScriptCreateRequestArguments, arguments),
                    schedule=as_model(JobScheduleCreateRequest, schedule),
                    notifications=as_model(JobNotificationsCreateRequest, notifications),
                    next_run_at=next_run_at,
                    time_zone=time_zone,
                    hidden=hidden,
                    target_project_id=target_project_id,
                    running_as_id=running_as_id,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_javascript,
        )

    def get_javascript(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> JavascriptScript:
        """Get scripts javascript.

        `GET /scripts/javascript/{id}`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JavascriptScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/scripts/javascript/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_javascript,
        )

    def put_javascript(
        self,
        id: int,
        name: str,
        source: str,
        remote_host_id: int,
        credential_id: int,
        *,
        parent_id: int | Unset = UNSET,
        user_context: str | Unset = UNSET,
        params: Sequence[ScriptParamCreateRequest | Mapping[str, Any]] | Unset = UNSET,
        arguments: JavascriptScriptUpdateRequestArguments | Mapping[str, Any] | Unset = UNSET,
        schedule: JobScheduleCreateRequest | Mapping[str, Any] | Unset = UNSET,
        notifications: JobNotificationsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        next_run_at: str | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        target_project_id: int | Unset = UNSET,
        running_as_id: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> JavascriptScript:
        """Replace scripts javascript.

        `PUT /scripts/javascript/{id}`

        Args:
            id: The `id` path parameter.
            name: The `name` field of the request body.
            source: The `source` field of the request body.
            remote_host_id: The `remoteHostId` field of the request body.
            credential_id: The `credentialId` field of the request body.
            parent_id: The `parentId` field of the request body.
            user_context: The `userContext` field of the request body.
            params: The `params` field of the request body.
            arguments: The `arguments` field of the request body.
            schedule: The `schedule` field of the request body.
            notifications: The `notifications` field of the request body.
            next_run_at: The `nextRunAt` field of the request body.
            time_zone: The `timeZone` field of the request body.
            target_project_id: The `targetProjectId` field of the request body.
            running_as_id: The `runningAsId` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JavascriptScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/scripts/javascript/{encode_path(id)}",
                json=JavascriptScriptUpdateRequest(
                    name=name,
                    source=source,
                    remote_host_id=remote_host_id,
                    credential_id=credential_id,
                    parent_id=parent_id,
                    user_context=user_context,
                    params=as_models(ScriptParamCreateRequest, params),
                    arguments=as_model(JavascriptScriptUpdateRequestArguments, arguments),
                    schedule=as_model(JobScheduleCreateRequest, schedule),
                    notifications=as_model(JobNotificationsCreateRequest, notifications),
                    next_run_at=next_run_at,
                    time_zone=time_zone,
                    target_project_id=target_project_id,
                    running_as_id=running_as_id,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_javascript,
        )

    def patch_javascript(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        parent_id: int | Unset = UNSET,
        user_context: str | Unset = UNSET,
        params: Sequence[ScriptParamPatchRequest | Mapping[str, Any]] | Unset = UNSET,
        arguments: JavascriptScriptPatchRequestArguments | Mapping[str, Any] | Unset = UNSET,
        schedule: JobScheduleCreateRequest | Mapping[str, Any] | Unset = UNSET,
        notifications: JobNotificationsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        next_run_at: str | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        target_project_id: int | Unset = UNSET,
        source: str | Unset = UNSET,
        remote_host_id: int | Unset = UNSET,
        credential_id: int | Unset = UNSET,
        running_as_id: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> JavascriptScript:
        """Update scripts javascript.

        `PATCH /scripts/javascript/{id}`

        Args:
            id: The `id` path parameter.
            name: The `name` field of the request body.
            parent_id: The `parentId` field of the request body.
            user_context: The `userContext` field of the request body.
            params: The `params` field of the request body.
            arguments: The `arguments` field of the request body.
            schedule: The `schedule` field of the request body.
            notifications: The `notifications` field of the request body.
            next_run_at: The `nextRunAt` field of the request body.
            time_zone: The `timeZone` field of the request body.
            target_project_id: The `targetProjectId` field of the request body.
            source: The `source` field of the request body.
            remote_host_id: The `remoteHostId` field of the request body.
            credential_id: The `credentialId` field of the request body.
            running_as_id: The `runningAsId` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JavascriptScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/scripts/javascript/{encode_path(id)}",
                json=JavascriptScriptPatchRequest(
                    name=name,
                    parent_id=parent_id,
                    user_context=user_context,
                    params=as_models(ScriptParamPatchRequest, params),
                    arguments=as_model(JavascriptScriptPatchRequestArguments, arguments),
                    schedule=as_model(JobScheduleCreateRequest, schedule),
                    notifications=as_model(JobNotificationsCreateRequest, notifications),
                    next_run_at=next_run_at,
                    time_zone=time_zone,
                    target_project_id=target_project_id,
                    source=source,
                    remote_host_id=remote_host_id,
                    credential_id=credential_id,
                    running_as_id=running_as_id,
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        name,
                        parent_id,
                        user_context,
                        params,
                        arguments,
                        schedule,
                        notifications,
                        next_run_at,
                        time_zone,
                        target_project_id,
                        source,
                        remote_host_id,
                        credential_id,
                        running_as_id,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_patch_javascript,
        )

    def list_custom(
        self,
        *,
        from_template_id: str | Unset = UNSET,
        author: str | Unset = UNSET,
        status: str | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        archived: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: str | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[CustomScriptSummary]:
        """List scripts custom.

        `GET /scripts/custom`

        Args:
            from_template_id: The `from_template_id` query parameter.
            author: The `author` query parameter.
            status: The `status` query parameter.
            hidden: The `hidden` query parameter.
            archived: The `archived` query parameter.
            limit: The `limit` query parameter.
            page_num: The `page_num` query parameter.
            order: The `order` query parameter.
            order_dir: The `order_dir` query parameter.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `CustomScriptSummary`: iterating it yields every item across pages, fetching them
            as needed; `iter_pages()` yields each page (its items, the parsed
            `list[CustomScriptSummary]` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/scripts/custom",
                params=query_params(
                    {
                        "from_template_id": from_template_id,
                        "author": author,
                        "status": status,
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
            cast=_parse_list_custom,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    def post_custom(
        self,
        from_template_id: int,
        *,
        name: str | Unset = UNSET,
        parent_id: int | Unset = UNSET,
        arguments: CustomScriptCreateRequestArguments | Mapping[str, Any] | Unset = UNSET,
        remote_host_id: int | Unset = UNSET,
        credential_id: int | Unset = UNSET,
        schedule: JobScheduleCreateRequest | Mapping[str, Any] | Unset = UNSET,
        notifications: JobNotificationsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        target_project_id: int | Unset = UNSET,
        required_resources: ScriptRequiredResourcesCustomCreateRequest | Mapping[str, Any] | Unset = UNSET,
        partition_label: str | Unset = UNSET,
        running_as_id: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CustomScript:
        """Post to scripts custom.

        `POST /scripts/custom`

        Args:
            from_template_id: The `fromTemplateId` field of the request body.
            name: The `name` field of the request body.
            parent_id: The `parentId` field of the request body.
            arguments: The `arguments` field of the request body.
            remote_host_id: The `remoteHostId` field of the request body.
            credential_id: The `credentialId` field of the request body.
            schedule: The `schedule` field of the request body.
            notifications: The `notifications` field of the request body.
            time_zone: The `timeZone` field of the request body.
            hidden: The `hidden` field of the request body.
            target_project_id: The `targetProjectId` field of the request body.
            required_resources: The `requiredResources` field of the request body.
            partition_label: The `partitionLabel` field of the request body.
            running_as_id: The `runningAsId` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CustomScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/scripts/custom",
                json=CustomScriptCreateRequest(
                    from_template_id=from_template_id,
                    name=name,
                    parent_id=parent_id,
                    arguments=as_model(CustomScriptCreateRequestArguments, arguments),
                    remote_host_id=remote_host_id,
                    credential_id=credential_id,
                    schedule=as_model(JobScheduleCreateRequest, schedule),
                    notifications=as_model(JobNotificationsCreateRequest, notifications),
                    time_zone=time_zone,
                    hidden=hidden,
                    target_project_id=target_project_id,
                    required_resources=as_model(ScriptRequiredResourcesCustomCreateRequest, required_resources),
                    partition_label=partition_label,
                    running_as_id=running_as_id,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_custom,
        )

    def get_custom(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> CustomScript:
        """Get scripts custom.

        `GET /scripts/custom/{id}`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CustomScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/scripts/custom/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_custom,
        )

    def put_custom(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        parent_id: int | Unset = UNSET,
        arguments: CustomScriptUpdateRequestArguments | Mapping[str, Any] | Unset = UNSET,
        remote_host_id: int | Unset = UNSET,
        credential_id: int | Unset = UNSET,
        schedule: JobScheduleCreateRequest | Mapping[str, Any] | Unset = UNSET,
        notifications: JobNotificationsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        target_project_id: int | Unset = UNSET,
        required_resources: ScriptRequiredResourcesCustomCreateRequest | Mapping[str, Any] | Unset = UNSET,
        partition_label: str | Unset = UNSET,
        running_as_id: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CustomScript:
        """Replace scripts custom.

        `PUT /scripts/custom/{id}`

        Args:
            id: The `id` path parameter.
            name: The `name` field of the request body.
            parent_id: The `parentId` field of the request body.
            arguments: The `arguments` field of the request body.
            remote_host_id: The `remoteHostId` field of the request body.
            credential_id: The `credentialId` field of the request body.
            schedule: The `schedule` field of the request body.
            notifications: The `notifications` field of the request body.
            time_zone: The `timeZone` field of the request body.
            target_project_id: The `targetProjectId` field of the request body.
            required_resources: The `requiredResources` field of the request body.
            partition_label: The `partitionLabel` field of the request body.
            running_as_id: The `runningAsId` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CustomScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/scripts/custom/{encode_path(id)}",
                json=CustomScriptUpdateRequest(
                    name=name,
                    parent_id=parent_id,
                    arguments=as_model(CustomScriptUpdateRequestArguments, arguments),
                    remote_host_id=remote_host_id,
                    credential_id=credential_id,
                    schedule=as_model(JobScheduleCreateRequest, schedule),
                    notifications=as_model(JobNotificationsCreateRequest, notifications),
                    time_zone=time_zone,
                    target_project_id=target_project_id,
                    required_resources=as_model(ScriptRequiredResourcesCustomCreateRequest, required_resources),
                    partition_label=partition_label,
                    running_as_id=running_as_id,
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        name,
                        parent_id,
                        arguments,
                        remote_host_id,
                        credential_id,
                        schedule,
                        notifications,
                        time_zone,
                        target_project_id,
                        required_resources,
                        partition_label,
                        running_as_id,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_custom,
        )

    def patch_custom(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        parent_id: int | Unset = UNSET,
        arguments: CustomScriptUpdateRequestArguments | Mapping[str, Any] | Unset = UNSET,
        remote_host_id: int | Unset = UNSET,
        credential_id: int | Unset = UNSET,
        schedule: JobScheduleCreateRequest | Mapping[str, Any] | Unset = UNSET,
        notifications: JobNotificationsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        target_project_id: int | Unset = UNSET,
        required_resources: ScriptRequiredResourcesCustomCreateRequest | Mapping[str, Any] | Unset = UNSET,
        partition_label: str | Unset = UNSET,
        running_as_id: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CustomScript:
        """Update scripts custom.

        `PATCH /scripts/custom/{id}`

        Args:
            id: The `id` path parameter.
            name: The `name` field of the request body.
            parent_id: The `parentId` field of the request body.
            arguments: The `arguments` field of the request body.
            remote_host_id: The `remoteHostId` field of the request body.
            credential_id: The `credentialId` field of the request body.
            schedule: The `schedule` field of the request body.
            notifications: The `notifications` field of the request body.
            time_zone: The `timeZone` field of the request body.
            target_project_id: The `targetProjectId` field of the request body.
            required_resources: The `requiredResources` field of the request body.
            partition_label: The `partitionLabel` field of the request body.
            running_as_id: The `runningAsId` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CustomScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/scripts/custom/{encode_path(id)}",
                json=CustomScriptUpdateRequest(
                    name=name,
                    parent_id=parent_id,
                    arguments=as_model(CustomScriptUpdateRequestArguments, arguments),
                    remote_host_id=remote_host_id,
                    credential_id=credential_id,
                    schedule=as_model(JobScheduleCreateRequest, schedule),
                    notifications=as_model(JobNotificationsCreateRequest, notifications),
                    time_zone=time_zone,
                    target_project_id=target_project_id,
                    required_resources=as_model(ScriptRequiredResourcesCustomCreateRequest, required_resources),
                    partition_label=partition_label,
                    running_as_id=running_as_id,
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        name,
                        parent_id,
                        arguments,
                        remote_host_id,
                        credential_id,
                        schedule,
                        notifications,
                        time_zone,
                        target_project_id,
                        required_resources,
                        partition_label,
                        running_as_id,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_patch_custom,
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

    def list_containers_runs(
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
    ) -> SyncPager[ContainerRun]:
        """List scripts containers runs.

        `GET /scripts/containers/{id}/runs`

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
            A pager of `ContainerRun`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[ContainerRun]` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                f"/scripts/containers/{encode_path(id)}/runs",
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
            cast=_parse_list_containers_runs,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    def post_containers_runs(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> ContainerRun:
        """Post to scripts containers runs.

        `POST /scripts/containers/{id}/runs`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ContainerRun

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/scripts/containers/{encode_path(id)}/runs",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_containers_runs,
        )

    def get_containers_runs(
        self,
        id: int,
        run_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> ContainerRun:
        """Get scripts containers runs.

        `GET /scripts/containers/{id}/runs/{run_id}`

        Args:
            id: The `id` path parameter.
            run_id: The `run_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ContainerRun

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/scripts/containers/{encode_path(id)}/runs/{encode_path(run_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_containers_runs,
        )

    def delete_containers_runs(
        self,
        id: int,
        run_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete scripts containers runs.

        `DELETE /scripts/containers/{id}/runs/{run_id}`

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
                f"/scripts/containers/{encode_path(id)}/runs/{encode_path(run_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_containers_runs,
        )

    def list_python3_runs(
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
    ) -> SyncPager[PythonRun]:
        """List scripts python3 runs.

        `GET /scripts/python3/{id}/runs`

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
            A pager of `PythonRun`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[PythonRun]` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                f"/scripts/python3/{encode_path(id)}/runs",
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
            cast=_parse_list_python3_runs,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    def post_python3_runs(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> PythonRun:
        """Post to scripts python3 runs.

        `POST /scripts/python3/{id}/runs`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            PythonRun

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/scripts/python3/{encode_path(id)}/runs",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_python3_runs,
        )

    def get_python3_runs(
        self,
        id: int,
        run_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> PythonRun:
        """Get scripts python3 runs.

        `GET /scripts/python3/{id}/runs/{run_id}`

        Args:
            id: The `id` path parameter.
            run_id: The `run_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            PythonRun

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/scripts/python3/{encode_path(id)}/runs/{encode_path(run_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_python3_runs,
        )

    def delete_python3_runs(
        self,
        id: int,
        run_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete scripts python3 runs.

        `DELETE /scripts/python3/{id}/runs/{run_id}`

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
                f"/scripts/python3/{encode_path(id)}/runs/{encode_path(run_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_python3_runs,
        )

    def list_python3_runs_logs(
        self,
        id: int,
        run_id: int,
        *,
        last_id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[LogRunLogResponseSummary]:
        """List scripts python3 runs logs.

        `GET /scripts/python3/{id}/runs/{run_id}/logs`

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
                f"/scripts/python3/{encode_path(id)}/runs/{encode_path(run_id)}/logs",
                params=query_params(
                    {
                        "last_id": last_id,
                        "limit": limit,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_python3_runs_logs,
        )

    def list_r_runs(
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
    ) -> SyncPager[RRun]:
        """List scripts r runs.

        `GET /scripts/r/{id}/runs`

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
            A pager of `RRun`: iterating it yields every item across pages, fetching them as needed;
            `iter_pages()` yields each page (its items, the parsed `list[RRun]` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                f"/scripts/r/{encode_path(id)}/runs",
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
            cast=_parse_list_r_runs,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    def post_r_runs(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> RRun:
        """Post to scripts r runs.

        `POST /scripts/r/{id}/runs`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            RRun

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/scripts/r/{encode_path(id)}/runs",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_r_runs,
        )

    def get_r_runs(
        self,
        id: int,
        run_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> RRun:
        """Get scripts r runs.

        `GET /scripts/r/{id}/runs/{run_id}`

        Args:
            id: The `id` path parameter.
            run_id: The `run_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            RRun

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/scripts/r/{encode_path(id)}/runs/{encode_path(run_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_r_runs,
        )

    def delete_r_runs(
        self,
        id: int,
        run_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete scripts r runs.

        `DELETE /scripts/r/{id}/runs/{run_id}`

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
                f"/scripts/r/{encode_path(id)}/runs/{encode_path(run_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_r_runs,
        )

    def list_r_runs_logs(
        self,
        id: int,
        run_id: int,
        *,
        last_id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[LogRunLogResponseSummary]:
        """List scripts r runs logs.

        `GET /scripts/r/{id}/runs/{run_id}/logs`

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
                f"/scripts/r/{encode_path(id)}/runs/{encode_path(run_id)}/logs",
                params=query_params(
                    {
                        "last_id": last_id,
                        "limit": limit,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_r_runs_logs,
        )

    def list_javascript_runs(
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
    ) -> SyncPager[JavascriptRun]:
        """List scripts javascript runs.

        `GET /scripts/javascript/{id}/runs`

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
            A pager of `JavascriptRun`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[JavascriptRun]` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                f"/scripts/javascript/{encode_path(id)}/runs",
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
            cast=_parse_list_javascript_runs,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    def post_javascript_runs(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> JavascriptRun:
        """Post to scripts javascript runs.

        `POST /scripts/javascript/{id}/runs`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JavascriptRun

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/scripts/javascript/{encode_path(id)}/runs",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_javascript_runs,
        )

    def get_javascript_runs(
        self,
        id: int,
        run_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> JavascriptRun:
        """Get scripts javascript runs.

        `GET /scripts/javascript/{id}/runs/{run_id}`

        Args:
            id: The `id` path parameter.
            run_id: The `run_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JavascriptRun

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/scripts/javascript/{encode_path(id)}/runs/{encode_path(run_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_javascript_runs,
        )

    def delete_javascript_runs(
        self,
        id: int,
        run_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete scripts javascript runs.

        `DELETE /scripts/javascript/{id}/runs/{run_id}`

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
                f"/scripts/javascript/{encode_path(id)}/runs/{encode_path(run_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_javascript_runs,
        )

    def list_javascript_runs_logs(
        self,
        id: int,
        run_id: int,
        *,
        last_id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[LogRunLogResponseSummary]:
        """List scripts javascript runs logs.

        `GET /scripts/javascript/{id}/runs/{run_id}/logs`

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
                f"/scripts/javascript/{encode_path(id)}/runs/{encode_path(run_id)}/logs",
                params=query_params(
                    {
                        "last_id": last_id,
                        "limit": limit,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_javascript_runs_logs,
        )

    def list_custom_runs(
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
    ) -> SyncPager[CustomRun]:
        """List scripts custom runs.

        `GET /scripts/custom/{id}/runs`

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
            A pager of `CustomRun`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[CustomRun]` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                f"/scripts/custom/{encode_path(id)}/runs",
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
            cast=_parse_list_custom_runs,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    def post_custom_runs(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> CustomRun:
        """Post to scripts custom runs.

        `POST /scripts/custom/{id}/runs`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CustomRun

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/scripts/custom/{encode_path(id)}/runs",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_custom_runs,
        )

    def get_custom_runs(
        self,
        id: int,
        run_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> CustomRun:
        """Get scripts custom runs.

        `GET /scripts/custom/{id}/runs/{run_id}`

        Args:
            id: The `id` path parameter.
            run_id: The `run_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CustomRun

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/scripts/custom/{encode_path(id)}/runs/{encode_path(run_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_custom_runs,
        )

    def delete_custom_runs(
        self,
        id: int,
        run_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete scripts custom runs.

        `DELETE /scripts/custom/{id}/runs/{run_id}`

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
                f"/scripts/custom/{encode_path(id)}/runs/{encode_path(run_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_custom_runs,
        )

    def list_custom_runs_logs(
        self,
        id: int,
        run_id: int,
        *,
        last_id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[LogRunLogResponseSummary]:
        """List scripts custom runs logs.

        `GET /scripts/custom/{id}/runs/{run_id}/logs`

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
                f"/scripts/custom/{encode_path(id)}/runs/{encode_path(run_id)}/logs",
                params=query_params(
                    {
                        "last_id": last_id,
                        "limit": limit,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_custom_runs_logs,
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

    def list_containers_runs_outputs(
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
    ) -> SyncPager[JobOutput]:
        """List scripts containers runs outputs.

        `GET /scripts/containers/{id}/runs/{run_id}/outputs`

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
                f"/scripts/containers/{encode_path(id)}/runs/{encode_path(run_id)}/outputs",
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
            cast=_parse_list_containers_runs_outputs,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    def post_containers_runs_outputs(
        self,
        id: int,
        run_id: int,
        object_type: str,
        object_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> JobOutput:
        """Post to scripts containers runs outputs.

        `POST /scripts/containers/{id}/runs/{run_id}/outputs`

        Args:
            id: The `id` path parameter.
            run_id: The `run_id` path parameter.
            object_type: The `objectType` field of the request body.
            object_id: The `objectId` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobOutput

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/scripts/containers/{encode_path(id)}/runs/{encode_path(run_id)}/outputs",
                json=JobOutputCreateRequest(object_type=object_type, object_id=object_id).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_containers_runs_outputs,
        )

    def list_python3_runs_outputs(
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
    ) -> SyncPager[JobOutput2]:
        """List scripts python3 runs outputs.

        `GET /scripts/python3/{id}/runs/{run_id}/outputs`

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
            A pager of `JobOutput2`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[JobOutput2]` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                f"/scripts/python3/{encode_path(id)}/runs/{encode_path(run_id)}/outputs",
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
            cast=_parse_list_python3_runs_outputs,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    def post_python3_runs_outputs(
        self,
        id: int,
        run_id: int,
        object_type: str,
        object_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> JobOutput2:
        """Post to scripts python3 runs outputs.

        `POST /scripts/python3/{id}/runs/{run_id}/outputs`

        Args:
            id: The `id` path parameter.
            run_id: The `run_id` path parameter.
            object_type: The `objectType` field of the request body.
            object_id: The `objectId` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobOutput2

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/scripts/python3/{encode_path(id)}/runs/{encode_path(run_id)}/outputs",
                json=JobOutputCreateRequest2(object_type=object_type, object_id=object_id).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_python3_runs_outputs,
        )

    def list_r_runs_outputs(
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
    ) -> SyncPager[JobOutput3]:
        """List scripts r runs outputs.

        `GET /scripts/r/{id}/runs/{run_id}/outputs`

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
            A pager of `JobOutput3`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[JobOutput3]` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                f"/scripts/r/{encode_path(id)}/runs/{encode_path(run_id)}/outputs",
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
            cast=_parse_list_r_runs_outputs,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    def post_r_runs_outputs(
        self,
        id: int,
        run_id: int,
        object_type: str,
        object_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> JobOutput3:
        """Post to scripts r runs outputs.

        `POST /scripts/r/{id}/runs/{run_id}/outputs`

        Args:
            id: The `id` path parameter.
            run_id: The `run_id` path parameter.
            object_type: The `objectType` field of the request body.
            object_id: The `objectId` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobOutput3

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/scripts/r/{encode_path(id)}/runs/{encode_path(run_id)}/outputs",
                json=JobOutputCreateRequest3(object_type=object_type, object_id=object_id).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_r_runs_outputs,
        )

    def list_javascript_runs_outputs(
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
    ) -> SyncPager[JobOutput5]:
        """List scripts javascript runs outputs.

        `GET /scripts/javascript/{id}/runs/{run_id}/outputs`

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
            A pager of `JobOutput5`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[JobOutput5]` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                f"/scripts/javascript/{encode_path(id)}/runs/{encode_path(run_id)}/outputs",
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
            cast=_parse_list_javascript_runs_outputs,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    def post_javascript_runs_outputs(
        self,
        id: int,
        run_id: int,
        object_type: str,
        object_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> JobOutput5:
        """Post to scripts javascript runs outputs.

        `POST /scripts/javascript/{id}/runs/{run_id}/outputs`

        Args:
            id: The `id` path parameter.
            run_id: The `run_id` path parameter.
            object_type: The `objectType` field of the request body.
            object_id: The `objectId` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobOutput5

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/scripts/javascript/{encode_path(id)}/runs/{encode_path(run_id)}/outputs",
                json=JobOutputCreateRequest5(object_type=object_type, object_id=object_id).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_javascript_runs_outputs,
        )

    def list_custom_runs_outputs(
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
    ) -> SyncPager[JobOutput6]:
        """List scripts custom runs outputs.

        `GET /scripts/custom/{id}/runs/{run_id}/outputs`

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
            A pager of `JobOutput6`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[JobOutput6]` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                f"/scripts/custom/{encode_path(id)}/runs/{encode_path(run_id)}/outputs",
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
            cast=_parse_list_custom_runs_outputs,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    def post_custom_runs_outputs(
        self,
        id: int,
        run_id: int,
        object_type: str,
        object_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> JobOutput6:
        """Post to scripts custom runs outputs.

        `POST /scripts/custom/{id}/runs/{run_id}/outputs`

        Args:
            id: The `id` path parameter.
            run_id: The `run_id` path parameter.
            object_type: The `objectType` field of the request body.
            object_id: The `objectId` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobOutput6

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/scripts/custom/{encode_path(id)}/runs/{encode_path(run_id)}/outputs",
                json=JobOutputCreateRequest6(object_type=object_type, object_id=object_id).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_custom_runs_outputs,
        )

    def list_sql_shares(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ShareIndex]:
        """List scripts sql shares.

        `GET /scripts/sql/{id}/shares`

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
                f"/scripts/sql/{encode_path(id)}/shares",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_sql_shares,
        )

    def put_sql_shares_users(
        self,
        id: int,
        user_ids: builtins.list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace scripts sql shares users.

        `PUT /scripts/sql/{id}/shares/users`

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
                f"/scripts/sql/{encode_path(id)}/shares/users",
                json=ShareUsersUpdateRequest26(
                    user_ids=user_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_sql_shares_users,
        )

    def delete_sql_shares_users(
        self,
        id: int,
        user_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete scripts sql shares users.

        `DELETE /scripts/sql/{id}/shares/users/{user_id}`

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
                f"/scripts/sql/{encode_path(id)}/shares/users/{encode_path(user_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_sql_shares_users,
        )

    def put_sql_shares_groups(
        self,
        id: int,
        group_ids: builtins.list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace scripts sql shares groups.

        `PUT /scripts/sql/{id}/shares/groups`

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
                f"/scripts/sql/{encode_path(id)}/shares/groups",
                json=ShareGroupsUpdateRequest26(
                    group_ids=group_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_sql_shares_groups,
        )

    def delete_sql_shares_groups(
        self,
        id: int,
        group_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete scripts sql shares groups.

        `DELETE /scripts/sql/{id}/shares/groups/{group_id}`

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
                f"/scripts/sql/{encode_path(id)}/shares/groups/{encode_path(group_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_sql_shares_groups,
        )

    def list_sql_projects(
        self,
        id: int,
        *,
        hidden: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ProjectsProjectSummary]:
        """List scripts sql projects.

        `GET /scripts/sql/{id}/projects`

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
                f"/scripts/sql/{encode_path(id)}/projects",
                params=query_params(
                    {
                        "hidden": hidden,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_sql_projects,
        )

    def put_sql_projects(
        self,
        id: int,
        project_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Replace scripts sql projects.

        `PUT /scripts/sql/{id}/projects/{project_id}`

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
                f"/scripts/sql/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_sql_projects,
        )

    def delete_sql_projects(
        self,
        id: int,
        project_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete scripts sql projects.

        `DELETE /scripts/sql/{id}/projects/{project_id}`

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
                f"/scripts/sql/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_sql_projects,
        )

    def put_sql_archive(
        self,
        id: int,
        status: bool,
        *,
        request_options: RequestOptions | None = None,
    ) -> SqlScript:
        """Replace scripts sql archive.

        `PUT /scripts/sql/{id}/archive`

        Args:
            id: The `id` path parameter.
            status: The `status` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SqlScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/scripts/sql/{encode_path(id)}/archive",
                json=ArchiveUpdateRequest21(status=status).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_sql_archive,
        )

    def list_containers_shares(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ShareIndex]:
        """List scripts containers shares.

        `GET /scripts/containers/{id}/shares`

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
                f"/scripts/containers/{encode_path(id)}/shares",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_containers_shares,
        )

    def put_containers_shares_users(
        self,
        id: int,
        user_ids: builtins.list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace scripts containers shares users.

        `PUT /scripts/containers/{id}/shares/users`

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
                f"/scripts/containers/{encode_path(id)}/shares/users",
                json=ShareUsersUpdateRequest27(
                    user_ids=user_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_containers_shares_users,
        )

    def delete_containers_shares_users(
        self,
        id: int,
        user_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete scripts containers shares users.

        `DELETE /scripts/containers/{id}/shares/users/{user_id}`

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
                f"/scripts/containers/{encode_path(id)}/shares/users/{encode_path(user_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_containers_shares_users,
        )

    def put_containers_shares_groups(
        self,
        id: int,
        group_ids: builtins.list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace scripts containers shares groups.

        `PUT /scripts/containers/{id}/shares/groups`

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
                f"/scripts/containers/{encode_path(id)}/shares/groups",
                json=ShareGroupsUpdateRequest27(
                    group_ids=group_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_containers_shares_groups,
        )

    def delete_containers_shares_groups(
        self,
        id: int,
        group_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete scripts containers shares groups.

        `DELETE /scripts/containers/{id}/shares/groups/{group_id}`

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
                f"/scripts/containers/{encode_path(id)}/shares/groups/{encode_path(group_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_containers_shares_groups,
        )

    def list_containers_projects(
        self,
        id: int,
        *,
        hidden: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ProjectsProjectSummary]:
        """List scripts containers projects.

        `GET /scripts/containers/{id}/projects`

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
                f"/scripts/containers/{encode_path(id)}/projects",
                params=query_params(
                    {
                        "hidden": hidden,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_containers_projects,
        )

    def put_containers_projects(
        self,
        id: int,
        project_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Replace scripts containers projects.

        `PUT /scripts/containers/{id}/projects/{project_id}`

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
                f"/scripts/containers/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_containers_projects,
        )

    def delete_containers_projects(
        self,
        id: int,
        project_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete scripts containers projects.

        `DELETE /scripts/containers/{id}/projects/{project_id}`

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
                f"/scripts/containers/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_containers_projects,
        )

    def put_containers_archive(
        self,
        id: int,
        status: bool,
        *,
        request_options: RequestOptions | None = None,
    ) -> ContainerScript:
        """Replace scripts containers archive.

        `PUT /scripts/containers/{id}/archive`

        Args:
            id: The `id` path parameter.
            status: The `status` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ContainerScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/scripts/containers/{encode_path(id)}/archive",
                json=ArchiveUpdateRequest22(status=status).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_containers_archive,
        )

    def list_python3_shares(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ShareIndex]:
        """List scripts python3 shares.

        `GET /scripts/python3/{id}/shares`

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
                f"/scripts/python3/{encode_path(id)}/shares",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_python3_shares,
        )

    def put_python3_shares_users(
        self,
        id: int,
        user_ids: builtins.list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace scripts python3 shares users.

        `PUT /scripts/python3/{id}/shares/users`

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
                f"/scripts/python3/{encode_path(id)}/shares/users",
                json=ShareUsersUpdateRequest28(
                    user_ids=user_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_python3_shares_users,
        )

    def delete_python3_shares_users(
        self,
        id: int,
        user_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete scripts python3 shares users.

        `DELETE /scripts/python3/{id}/shares/users/{user_id}`

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
                f"/scripts/python3/{encode_path(id)}/shares/users/{encode_path(user_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_python3_shares_users,
        )

    def put_python3_shares_groups(
        self,
        id: int,
        group_ids: builtins.list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace scripts python3 shares groups.

        `PUT /scripts/python3/{id}/shares/groups`

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
                f"/scripts/python3/{encode_path(id)}/shares/groups",
                json=ShareGroupsUpdateRequest28(
                    group_ids=group_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_python3_shares_groups,
        )

    def delete_python3_shares_groups(
        self,
        id: int,
        group_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete scripts python3 shares groups.

        `DELETE /scripts/python3/{id}/shares/groups/{group_id}`

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
                f"/scripts/python3/{encode_path(id)}/shares/groups/{encode_path(group_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_python3_shares_groups,
        )

    def list_python3_projects(
        self,
        id: int,
        *,
        hidden: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ProjectsProjectSummary]:
        """List scripts python3 projects.

        `GET /scripts/python3/{id}/projects`

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
                f"/scripts/python3/{encode_path(id)}/projects",
                params=query_params(
                    {
                        "hidden": hidden,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_python3_projects,
        )

    def put_python3_projects(
        self,
        id: int,
        project_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Replace scripts python3 projects.

        `PUT /scripts/python3/{id}/projects/{project_id}`

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
                f"/scripts/python3/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_python3_projects,
        )

    def delete_python3_projects(
        self,
        id: int,
        project_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete scripts python3 projects.

        `DELETE /scripts/python3/{id}/projects/{project_id}`

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
                f"/scripts/python3/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_python3_projects,
        )

    def put_python3_archive(
        self,
        id: int,
        status: bool,
        *,
        request_options: RequestOptions | None = None,
    ) -> PythonScript:
        """Replace scripts python3 archive.

        `PUT /scripts/python3/{id}/archive`

        Args:
            id: The `id` path parameter.
            status: The `status` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            PythonScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/scripts/python3/{encode_path(id)}/archive",
                json=ArchiveUpdateRequest23(status=status).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_python3_archive,
        )

    def list_r_shares(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ShareIndex]:
        """List scripts r shares.

        `GET /scripts/r/{id}/shares`

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
                f"/scripts/r/{encode_path(id)}/shares",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_r_shares,
        )

    def put_r_shares_users(
        self,
        id: int,
        user_ids: builtins.list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace scripts r shares users.

        `PUT /scripts/r/{id}/shares/users`

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
                f"/scripts/r/{encode_path(id)}/shares/users",
                json=ShareUsersUpdateRequest29(
                    user_ids=user_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_r_shares_users,
        )

    def delete_r_shares_users(
        self,
        id: int,
        user_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete scripts r shares users.

        `DELETE /scripts/r/{id}/shares/users/{user_id}`

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
                f"/scripts/r/{encode_path(id)}/shares/users/{encode_path(user_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_r_shares_users,
        )

    def put_r_shares_groups(
        self,
        id: int,
        group_ids: builtins.list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace scripts r shares groups.

        `PUT /scripts/r/{id}/shares/groups`

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
                f"/scripts/r/{encode_path(id)}/shares/groups",
                json=ShareGroupsUpdateRequest29(
                    group_ids=group_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_r_shares_groups,
        )

    def delete_r_shares_groups(
        self,
        id: int,
        group_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete scripts r shares groups.

        `DELETE /scripts/r/{id}/shares/groups/{group_id}`

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
                f"/scripts/r/{encode_path(id)}/shares/groups/{encode_path(group_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_r_shares_groups,
        )

    def list_r_projects(
        self,
        id: int,
        *,
        hidden: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ProjectsProjectSummary]:
        """List scripts r projects.

        `GET /scripts/r/{id}/projects`

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
                f"/scripts/r/{encode_path(id)}/projects",
                params=query_params(
                    {
                        "hidden": hidden,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_r_projects,
        )

    def put_r_projects(
        self,
        id: int,
        project_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Replace scripts r projects.

        `PUT /scripts/r/{id}/projects/{project_id}`

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
                f"/scripts/r/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_r_projects,
        )

    def delete_r_projects(
        self,
        id: int,
        project_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete scripts r projects.

        `DELETE /scripts/r/{id}/projects/{project_id}`

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
                f"/scripts/r/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_r_projects,
        )

    def put_r_archive(
        self,
        id: int,
        status: bool,
        *,
        request_options: RequestOptions | None = None,
    ) -> RScript:
        """Replace scripts r archive.

        `PUT /scripts/r/{id}/archive`

        Args:
            id: The `id` path parameter.
            status: The `status` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            RScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/scripts/r/{encode_path(id)}/archive",
                json=ArchiveUpdateRequest24(status=status).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_r_archive,
        )

    def list_javascript_shares(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ShareIndex]:
        """List scripts javascript shares.

        `GET /scripts/javascript/{id}/shares`

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
                f"/scripts/javascript/{encode_path(id)}/shares",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_javascript_shares,
        )

    def put_javascript_shares_users(
        self,
        id: int,
        user_ids: builtins.list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace scripts javascript shares users.

        `PUT /scripts/javascript/{id}/shares/users`

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
                f"/scripts/javascript/{encode_path(id)}/shares/users",
                json=ShareUsersUpdateRequest31(
                    user_ids=user_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_javascript_shares_users,
        )

    def delete_javascript_shares_users(
        self,
        id: int,
        user_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete scripts javascript shares users.

        `DELETE /scripts/javascript/{id}/shares/users/{user_id}`

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
                f"/scripts/javascript/{encode_path(id)}/shares/users/{encode_path(user_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_javascript_shares_users,
        )

    def put_javascript_shares_groups(
        self,
        id: int,
        group_ids: builtins.list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace scripts javascript shares groups.

        `PUT /scripts/javascript/{id}/shares/groups`

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
                f"/scripts/javascript/{encode_path(id)}/shares/groups",
                json=ShareGroupsUpdateRequest31(
                    group_ids=group_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_javascript_shares_groups,
        )

    def delete_javascript_shares_groups(
        self,
        id: int,
        group_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete scripts javascript shares groups.

        `DELETE /scripts/javascript/{id}/shares/groups/{group_id}`

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
                f"/scripts/javascript/{encode_path(id)}/shares/groups/{encode_path(group_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_javascript_shares_groups,
        )

    def list_javascript_projects(
        self,
        id: int,
        *,
        hidden: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ProjectsProjectSummary]:
        """List scripts javascript projects.

        `GET /scripts/javascript/{id}/projects`

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
                f"/scripts/javascript/{encode_path(id)}/projects",
                params=query_params(
                    {
                        "hidden": hidden,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_javascript_projects,
        )

    def put_javascript_projects(
        self,
        id: int,
        project_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Replace scripts javascript projects.

        `PUT /scripts/javascript/{id}/projects/{project_id}`

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
                f"/scripts/javascript/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_javascript_projects,
        )

    def delete_javascript_projects(
        self,
        id: int,
        project_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete scripts javascript projects.

        `DELETE /scripts/javascript/{id}/projects/{project_id}`

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
                f"/scripts/javascript/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_javascript_projects,
        )

    def put_javascript_archive(
        self,
        id: int,
        status: bool,
        *,
        request_options: RequestOptions | None = None,
    ) -> JavascriptScript:
        """Replace scripts javascript archive.

        `PUT /scripts/javascript/{id}/archive`

        Args:
            id: The `id` path parameter.
            status: The `status` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JavascriptScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/scripts/javascript/{encode_path(id)}/archive",
                json=ArchiveUpdateRequest26(status=status).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_javascript_archive,
        )

    def list_custom_shares(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ShareIndex]:
        """List scripts custom shares.

        `GET /scripts/custom/{id}/shares`

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
                f"/scripts/custom/{encode_path(id)}/shares",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_custom_shares,
        )

    def put_custom_shares_users(
        self,
        id: int,
        user_ids: builtins.list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace scripts custom shares users.

        `PUT /scripts/custom/{id}/shares/users`

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
                f"/scripts/custom/{encode_path(id)}/shares/users",
                json=ShareUsersUpdateRequest32(
                    user_ids=user_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_custom_shares_users,
        )

    def delete_custom_shares_users(
        self,
        id: int,
        user_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete scripts custom shares users.

        `DELETE /scripts/custom/{id}/shares/users/{user_id}`

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
                f"/scripts/custom/{encode_path(id)}/shares/users/{encode_path(user_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_custom_shares_users,
        )

    def put_custom_shares_groups(
        self,
        id: int,
        group_ids: builtins.list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace scripts custom shares groups.

        `PUT /scripts/custom/{id}/shares/groups`

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
                f"/scripts/custom/{encode_path(id)}/shares/groups",
                json=ShareGroupsUpdateRequest32(
                    group_ids=group_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_custom_shares_groups,
        )

    def delete_custom_shares_groups(
        self,
        id: int,
        group_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete scripts custom shares groups.

        `DELETE /scripts/custom/{id}/shares/groups/{group_id}`

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
                f"/scripts/custom/{encode_path(id)}/shares/groups/{encode_path(group_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_custom_shares_groups,
        )

    def list_custom_projects(
        self,
        id: int,
        *,
        hidden: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ProjectsProjectSummary]:
        """List scripts custom projects.

        `GET /scripts/custom/{id}/projects`

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
                f"/scripts/custom/{encode_path(id)}/projects",
                params=query_params(
                    {
                        "hidden": hidden,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_custom_projects,
        )

    def put_custom_projects(
        self,
        id: int,
        project_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Replace scripts custom projects.

        `PUT /scripts/custom/{id}/projects/{project_id}`

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
                f"/scripts/custom/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_custom_projects,
        )

    def delete_custom_projects(
        self,
        id: int,
        project_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete scripts custom projects.

        `DELETE /scripts/custom/{id}/projects/{project_id}`

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
                f"/scripts/custom/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_custom_projects,
        )

    def put_custom_archive(
        self,
        id: int,
        status: bool,
        *,
        request_options: RequestOptions | None = None,
    ) -> CustomScript:
        """Replace scripts custom archive.

        `PUT /scripts/custom/{id}/archive`

        Args:
            id: The `id` path parameter.
            status: The `status` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CustomScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/scripts/custom/{encode_path(id)}/archive",
                json=ArchiveUpdateRequest27(status=status).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_custom_archive,
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

    def post_javascript_clone(
        self,
        id: int,
        *,
        clone_schedule: bool | Unset = UNSET,
        clone_triggers: bool | Unset = UNSET,
        clone_notifications: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> JavascriptScript:
        """Post to scripts javascript clone.

        `POST /scripts/javascript/{id}/clone`

        Args:
            id: The `id` path parameter.
            clone_schedule: The `cloneSchedule` field of the request body.
            clone_triggers: The `cloneTriggers` field of the request body.
            clone_notifications: The `cloneNotifications` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JavascriptScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/scripts/javascript/{encode_path(id)}/clone",
                json=ScriptCloneParamsCreateRequest(
                    clone_schedule=clone_schedule,
                    clone_triggers=clone_triggers,
                    clone_notifications=clone_notifications,
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        clone_schedule,
                        clone_triggers,
                        clone_notifications,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_javascript_clone,
        )

    def post_python3_clone(
        self,
        id: int,
        *,
        clone_schedule: bool | Unset = UNSET,
        clone_triggers: bool | Unset = UNSET,
        clone_notifications: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> PythonScript:
        """Post to scripts python3 clone.

        `POST /scripts/python3/{id}/clone`

        Args:
            id: The `id` path parameter.
            clone_schedule: The `cloneSchedule` field of the request body.
            clone_triggers: The `cloneTriggers` field of the request body.
            clone_notifications: The `cloneNotifications` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            PythonScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/scripts/python3/{encode_path(id)}/clone",
                json=ScriptCloneParamsCreateRequest(
                    clone_schedule=clone_schedule,
                    clone_triggers=clone_triggers,
                    clone_notifications=clone_notifications,
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        clone_schedule,
                        clone_triggers,
                        clone_notifications,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_python3_clone,
        )

    def post_r_clone(
        self,
        id: int,
        *,
        clone_schedule: bool | Unset = UNSET,
        clone_triggers: bool | Unset = UNSET,
        clone_notifications: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RScript:
        """Post to scripts r clone.

        `POST /scripts/r/{id}/clone`

        Args:
            id: The `id` path parameter.
            clone_schedule: The `cloneSchedule` field of the request body.
            clone_triggers: The `cloneTriggers` field of the request body.
            clone_notifications: The `cloneNotifications` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            RScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/scripts/r/{encode_path(id)}/clone",
                json=ScriptCloneParamsCreateRequest(
                    clone_schedule=clone_schedule,
                    clone_triggers=clone_triggers,
                    clone_notifications=clone_notifications,
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        clone_schedule,
                        clone_triggers,
                        clone_notifications,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_r_clone,
        )

    def post_containers_clone(
        self,
        id: int,
        *,
        clone_schedule: bool | Unset = UNSET,
        clone_triggers: bool | Unset = UNSET,
        clone_notifications: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ContainerScript:
        """Post to scripts containers clone.

        `POST /scripts/containers/{id}/clone`

        Args:
            id: The `id` path parameter.
            clone_schedule: The `cloneSchedule` field of the request body.
            clone_triggers: The `cloneTriggers` field of the request body.
            clone_notifications: The `cloneNotifications` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ContainerScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/scripts/containers/{encode_path(id)}/clone",
                json=ScriptCloneParamsCreateRequest(
                    clone_schedule=clone_schedule,
                    clone_triggers=clone_triggers,
                    clone_notifications=clone_notifications,
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        clone_schedule,
                        clone_triggers,
                        clone_notifications,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_containers_clone,
        )

    def post_custom_clone(
        self,
        id: int,
        *,
        clone_schedule: bool | Unset = UNSET,
        clone_triggers: bool | Unset = UNSET,
        clone_notifications: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CustomScript:
        """Post to scripts custom clone.

        `POST /scripts/custom/{id}/clone`

        Args:
            id: The `id` path parameter.
            clone_schedule: The `cloneSchedule` field of the request body.
            clone_triggers: The `cloneTriggers` field of the request body.
            clone_notifications: The `cloneNotifications` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CustomScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/scripts/custom/{encode_path(id)}/clone",
                json=ScriptCloneParamsCreateRequest(
                    clone_schedule=clone_schedule,
                    clone_triggers=clone_triggers,
                    clone_notifications=clone_notifications,
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        clone_schedule,
                        clone_triggers,
                        clone_notifications,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_custom_clone,
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
        self.list_types = to_raw_response(resource.list_types)
        self.list_history = to_raw_response(resource.list_history)
        self.list = to_raw_response(resource.list)
        self.post = to_raw_response(resource.post)
        self.post_run = to_raw_response(resource.post_run)
        self.post_cancel = to_raw_response(resource.post_cancel)
        self.get = to_raw_response(resource.get)
        self.patch = to_raw_response(resource.patch)
        self.post_containers = to_raw_response(resource.post_containers)
        self.get_containers = to_raw_response(resource.get_containers)
        self.put_containers = to_raw_response(resource.put_containers)
        self.patch_containers = to_raw_response(resource.patch_containers)
        self.list_containers_runs_logs = to_raw_response(resource.list_containers_runs_logs)
        self.post_sql = to_raw_response(resource.post_sql)
        self.get_sql = to_raw_response(resource.get_sql)
        self.put_sql = to_raw_response(resource.put_sql)
        self.delete_sql = to_raw_response(resource.delete_sql)
        self.patch_sql = to_raw_response(resource.patch_sql)
        self.post_python3 = to_raw_response(resource.post_python3)
        self.get_python3 = to_raw_response(resource.get_python3)
        self.put_python3 = to_raw_response(resource.put_python3)
        self.patch_python3 = to_raw_response(resource.patch_python3)
        self.post_r = to_raw_response(resource.post_r)
        self.get_r = to_raw_response(resource.get_r)
        self.put_r = to_raw_response(resource.put_r)
        self.patch_r = to_raw_response(resource.patch_r)
        self.post_javascript = to_raw_response(resource.post_javascript)
        self.get_javascript = to_raw_response(resource.get_javascript)
        self.put_javascript = to_raw_response(resource.put_javascript)
        self.patch_javascript = to_raw_response(resource.patch_javascript)
        self.list_custom = to_raw_response(resource.list_custom)
        self.post_custom = to_raw_response(resource.post_custom)
        self.get_custom = to_raw_response(resource.get_custom)
        self.put_custom = to_raw_response(resource.put_custom)
        self.patch_custom = to_raw_response(resource.patch_custom)
        self.list_sql_runs = to_raw_response(resource.list_sql_runs)
        self.post_sql_runs = to_raw_response(resource.post_sql_runs)
        self.get_sql_runs = to_raw_response(resource.get_sql_runs)
        self.delete_sql_runs = to_raw_response(resource.delete_sql_runs)
        self.list_sql_runs_logs = to_raw_response(resource.list_sql_runs_logs)
        self.list_containers_runs = to_raw_response(resource.list_containers_runs)
        self.post_containers_runs = to_raw_response(resource.post_containers_runs)
        self.get_containers_runs = to_raw_response(resource.get_containers_runs)
        self.delete_containers_runs = to_raw_response(resource.delete_containers_runs)
        self.list_python3_runs = to_raw_response(resource.list_python3_runs)
        self.post_python3_runs = to_raw_response(resource.post_python3_runs)
        self.get_python3_runs = to_raw_response(resource.get_python3_runs)
        self.delete_python3_runs = to_raw_response(resource.delete_python3_runs)
        self.list_python3_runs_logs = to_raw_response(resource.list_python3_runs_logs)
        self.list_r_runs = to_raw_response(resource.list_r_runs)
        self.post_r_runs = to_raw_response(resource.post_r_runs)
        self.get_r_runs = to_raw_response(resource.get_r_runs)
        self.delete_r_runs = to_raw_response(resource.delete_r_runs)
        self.list_r_runs_logs = to_raw_response(resource.list_r_runs_logs)
        self.list_javascript_runs = to_raw_response(resource.list_javascript_runs)
        self.post_javascript_runs = to_raw_response(resource.post_javascript_runs)
        self.get_javascript_runs = to_raw_response(resource.get_javascript_runs)
        self.delete_javascript_runs = to_raw_response(resource.delete_javascript_runs)
        self.list_javascript_runs_logs = to_raw_response(resource.list_javascript_runs_logs)
        self.list_custom_runs = to_raw_response(resource.list_custom_runs)
        self.post_custom_runs = to_raw_response(resource.post_custom_runs)
        self.get_custom_runs = to_raw_response(resource.get_custom_runs)
        self.delete_custom_runs = to_raw_response(resource.delete_custom_runs)
        self.list_custom_runs_logs = to_raw_response(resource.list_custom_runs_logs)
        self.list_sql_runs_outputs = to_raw_response(resource.list_sql_runs_outputs)
        self.list_containers_runs_outputs = to_raw_response(resource.list_containers_runs_outputs)
        self.post_containers_runs_outputs = to_raw_response(resource.post_containers_runs_outputs)
        self.list_python3_runs_outputs = to_raw_response(resource.list_python3_runs_outputs)
        self.post_python3_runs_outputs = to_raw_response(resource.post_python3_runs_outputs)
        self.list_r_runs_outputs = to_raw_response(resource.list_r_runs_outputs)
        self.post_r_runs_outputs = to_raw_response(resource.post_r_runs_outputs)
        self.list_javascript_runs_outputs = to_raw_response(resource.list_javascript_runs_outputs)
        self.post_javascript_runs_outputs = to_raw_response(resource.post_javascript_runs_outputs)
        self.list_custom_runs_outputs = to_raw_response(resource.list_custom_runs_outputs)
        self.post_custom_runs_outputs = to_raw_response(resource.post_custom_runs_outputs)
        self.list_sql_shares = to_raw_response(resource.list_sql_shares)
        self.put_sql_shares_users = to_raw_response(resource.put_sql_shares_users)
        self.delete_sql_shares_users = to_raw_response(resource.delete_sql_shares_users)
        self.put_sql_shares_groups = to_raw_response(resource.put_sql_shares_groups)
        self.delete_sql_shares_groups = to_raw_response(resource.delete_sql_shares_groups)
        self.list_sql_projects = to_raw_response(resource.list_sql_projects)
        self.put_sql_projects = to_raw_response(resource.put_sql_projects)
        self.delete_sql_projects = to_raw_response(resource.delete_sql_projects)
        self.put_sql_archive = to_raw_response(resource.put_sql_archive)
        self.list_containers_shares = to_raw_response(resource.list_containers_shares)
        self.put_containers_shares_users = to_raw_response(resource.put_containers_shares_users)
        self.delete_containers_shares_users = to_raw_response(resource.delete_containers_shares_users)
        self.put_containers_shares_groups = to_raw_response(resource.put_containers_shares_groups)
        self.delete_containers_shares_groups = to_raw_response(resource.delete_containers_shares_groups)
        self.list_containers_projects = to_raw_response(resource.list_containers_projects)
        self.put_containers_projects = to_raw_response(resource.put_containers_projects)
        self.delete_containers_projects = to_raw_response(resource.delete_containers_projects)
        self.put_containers_archive = to_raw_response(resource.put_containers_archive)
        self.list_python3_shares = to_raw_response(resource.list_python3_shares)
        self.put_python3_shares_users = to_raw_response(resource.put_python3_shares_users)
        self.delete_python3_shares_users = to_raw_response(resource.delete_python3_shares_users)
        self.put_python3_shares_groups = to_raw_response(resource.put_python3_shares_groups)
        self.delete_python3_shares_groups = to_raw_response(resource.delete_python3_shares_groups)
        self.list_python3_projects = to_raw_response(resource.list_python3_projects)
        self.put_python3_projects = to_raw_response(resource.put_python3_projects)
        self.delete_python3_projects = to_raw_response(resource.delete_python3_projects)
        self.put_python3_archive = to_raw_response(resource.put_python3_archive)
        self.list_r_shares = to_raw_response(resource.list_r_shares)
        self.put_r_shares_users = to_raw_response(resource.put_r_shares_users)
        self.delete_r_shares_users = to_raw_response(resource.delete_r_shares_users)
        self.put_r_shares_groups = to_raw_response(resource.put_r_shares_groups)
        self.delete_r_shares_groups = to_raw_response(resource.delete_r_shares_groups)
        self.list_r_projects = to_raw_response(resource.list_r_projects)
        self.put_r_projects = to_raw_response(resource.put_r_projects)
        self.delete_r_projects = to_raw_response(resource.delete_r_projects)
        self.put_r_archive = to_raw_response(resource.put_r_archive)
        self.list_javascript_shares = to_raw_response(resource.list_javascript_shares)
        self.put_javascript_shares_users = to_raw_response(resource.put_javascript_shares_users)
        self.delete_javascript_shares_users = to_raw_response(resource.delete_javascript_shares_users)
        self.put_javascript_shares_groups = to_raw_response(resource.put_javascript_shares_groups)
        self.delete_javascript_shares_groups = to_raw_response(resource.delete_javascript_shares_groups)
        self.list_javascript_projects = to_raw_response(resource.list_javascript_projects)
        self.put_javascript_projects = to_raw_response(resource.put_javascript_projects)
        self.delete_javascript_projects = to_raw_response(resource.delete_javascript_projects)
        self.put_javascript_archive = to_raw_response(resource.put_javascript_archive)
        self.list_custom_shares = to_raw_response(resource.list_custom_shares)
        self.put_custom_shares_users = to_raw_response(resource.put_custom_shares_users)
        self.delete_custom_shares_users = to_raw_response(resource.delete_custom_shares_users)
        self.put_custom_shares_groups = to_raw_response(resource.put_custom_shares_groups)
        self.delete_custom_shares_groups = to_raw_response(resource.delete_custom_shares_groups)
        self.list_custom_projects = to_raw_response(resource.list_custom_projects)
        self.put_custom_projects = to_raw_response(resource.put_custom_projects)
        self.delete_custom_projects = to_raw_response(resource.delete_custom_projects)
        self.put_custom_archive = to_raw_response(resource.put_custom_archive)
        self.post_sql_clone = to_raw_response(resource.post_sql_clone)
        self.post_javascript_clone = to_raw_response(resource.post_javascript_clone)
        self.post_python3_clone = to_raw_response(resource.post_python3_clone)
        self.post_r_clone = to_raw_response(resource.post_r_clone)
        self.post_containers_clone = to_raw_response(resource.post_containers_clone)
        self.post_custom_clone = to_raw_response(resource.post_custom_clone)


class AsyncScriptsResource:
    """Operations on `client.scripts`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncScriptsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncScriptsResourceWithRawResponse(self)

    async def list_types(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> list[ScriptType]:
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

    async def list_history(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> list[ScriptHistoryEntry]:
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

    async def post(
        self,
        name: str,
        remote_host_id: int,
        credential_id: int,
        sql: str,
        *,
        params: Sequence[ScriptParamCreateRequest | Mapping[str, Any]] | Unset = UNSET,
        arguments: ScriptCreateCreateRequestArguments | Mapping[str, Any] | Unset = UNSET,
        template_script_id: int | Unset = UNSET,
        notifications: JobNotificationsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Script:
        """Post to scripts.

        `POST /scripts/`

        Args:
            name: The `name` field of the request body.
            remote_host_id: The `remoteHostId` field of the request body.
            credential_id: The `credentialId` field of the request body.
            sql: The `sql` field of the request body.
            params: The `params` field of the request body.
            arguments: The `arguments` field of the request body.
            template_script_id: The `templateScriptId` field of the request body.
            notifications: The `notifications` field of the request body.
            hidden: The `hidden` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Script

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/scripts/",
                json=ScriptCreateCreateRequest(
                    name=name,
                    remote_host_id=remote_host_id,
                    credential_id=credential_id,
                    sql=sql,
                    params=as_models(ScriptParamCreateRequest, params),
                    arguments=as_model(ScriptCreateCreateRequestArguments, arguments),
                    template_script_id=template_script_id,
                    notifications=as_model(JobNotificationsCreateRequest, notifications),
                    hidden=hidden,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post,
        )

    async def post_run(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Post to scripts run.

        `POST /scripts/{id}/run`

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
                "POST",
                f"/scripts/{encode_path(id)}/run",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_run,
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

    async def patch(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        sql: str | Unset = UNSET,
        params: builtins.list[Any] | Unset = UNSET,
        arguments: str | Unset = UNSET,
        template_script_id: str | Unset = UNSET,
        schedule: str | Unset = UNSET,
        notifications: str | Unset = UNSET,
        parent_id: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Update scripts.

        Documented by the previous client; absent from the current published API description.

        `PATCH /scripts/{id}`

        Args:
            id: The `id` path parameter.
            name: The `name` field of the request body.
            sql: The `sql` field of the request body.
            params: The `params` field of the request body.
            arguments: The `arguments` field of the request body.
            template_script_id: The `templateScriptId` field of the request body.
            schedule: The `schedule` field of the request body.
            notifications: The `notifications` field of the request body.
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
                f"/scripts/{encode_path(id)}",
                json=PatchScriptsIdBody(
                    name=name,
                    sql=sql,
                    params=params,
                    arguments=arguments,
                    template_script_id=template_script_id,
                    schedule=schedule,
                    notifications=notifications,
                    parent_id=parent_id,
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        name,
                        sql,
                        params,
                        arguments,
                        template_script_id,
                        schedule,
                        notifications,
                        parent_id,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_patch,
        )

    async def post_containers(
        self,
        required_resources: ScriptRequiredResourcesCreateRequest | Mapping[str, Any],
        docker_command: str,
        docker_image_name: str,
        *,
        name: str | Unset = UNSET,
        parent_id: int | Unset = UNSET,
        user_context: str | Unset = UNSET,
        params: Sequence[ScriptParamCreateRequest | Mapping[str, Any]] | Unset = UNSET,
        arguments: ContainerScriptCreateRequestArguments | Mapping[str, Any] | Unset = UNSET,
        schedule: JobScheduleCreateRequest | Mapping[str, Any] | Unset = UNSET,
        notifications: JobNotificationsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        repo_http_uri: str | Unset = UNSET,
        repo_ref: str | Unset = UNSET,
        remote_host_credential_id: int | Unset = UNSET,
        git_credential_id: int | Unset = UNSET,
        docker_image_tag: str | Unset = UNSET,
        instance_type: str | Unset = UNSET,
        cancel_timeout: int | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        partition_label: str | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        target_project_id: int | Unset = UNSET,
        running_as_id: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ContainerScript:
        """Post to scripts containers.

        `POST /scripts/containers`

        Args:
            required_resources: The `requiredResources` field of the request body.
            docker_command: The `dockerCommand` field of the request body.
            docker_image_name: The `dockerImageName` field of the request body.
            name: The `name` field of the request body.
            parent_id: The `parentId` field of the request body.
            user_context: The `userContext` field of the request body.
            params: The `params` field of the request body.
            arguments: The `arguments` field of the request body.
            schedule: The `schedule` field of the request body.
            notifications: The `notifications` field of the request body.
            repo_http_uri: The `repoHttpUri` field of the request body.
            repo_ref: The `repoRef` field of the request body.
            remote_host_credential_id: The `remoteHostCredentialId` field of the request body.
            git_credential_id: The `gitCredentialId` field of the request body.
            docker_image_tag: The `dockerImageTag` field of the request body.
            instance_type: The `instanceType` field of the request body.
            cancel_timeout: The `cancelTimeout` field of the request body.
            time_zone: The `timeZone` field of the request body.
            partition_label: The `partitionLabel` field of the request body.
            hidden: The `hidden` field of the request body.
            target_project_id: The `targetProjectId` field of the request body.
            running_as_id: The `runningAsId` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ContainerScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/scripts/containers",
                json=ContainerScriptCreateRequest(
                    required_resources=as_model(ScriptRequiredResourcesCreateRequest, required_resources),
                    docker_command=docker_command,
                    docker_image_name=docker_image_name,
                    name=name,
                    parent_id=parent_id,
                    user_context=user_context,
                    params=as_models(ScriptParamCreateRequest, params),
                    arguments=as_model(ContainerScriptCreateRequestArguments, arguments),
                    schedule=as_model(JobScheduleCreateRequest, schedule),
                    notifications=as_model(JobNotificationsCreateRequest, notifications),
                    repo_http_uri=repo_http_uri,
                    repo_ref=repo_ref,
                    remote_host_credential_id=remote_host_credential_id,
                    git_credential_id=git_credential_id,
                    docker_image_tag=docker_image_tag,
                    instance_type=instance_type,
                    cancel_timeout=cancel_timeout,
                    time_zone=time_zone,
                    partition_label=partition_label,
                    hidden=hidden,
                    target_project_id=target_project_id,
                    running_as_id=running_as_id,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_containers,
        )

    async def get_containers(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> ContainerScript:
        """Get scripts containers.

        `GET /scripts/containers/{id}`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ContainerScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/scripts/containers/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_containers,
        )

    async def put_containers(
        self,
        id: int,
        required_resources: ScriptRequiredResourcesCreateRequest | Mapping[str, Any],
        docker_command: str,
        docker_image_name: str,
        *,
        name: str | Unset = UNSET,
        parent_id: int | Unset = UNSET,
        user_context: str | Unset = UNSET,
        params: Sequence[ScriptParamCreateRequest | Mapping[str, Any]] | Unset = UNSET,
        arguments: ContainerScriptUpdateRequestArguments | Mapping[str, Any] | Unset = UNSET,
        schedule: JobScheduleCreateRequest | Mapping[str, Any] | Unset = UNSET,
        notifications: JobNotificationsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        repo_http_uri: str | Unset = UNSET,
        repo_ref: str | Unset = UNSET,
        remote_host_credential_id: int | Unset = UNSET,
        git_credential_id: int | Unset = UNSET,
        docker_image_tag: str | Unset = UNSET,
        instance_type: str | Unset = UNSET,
        cancel_timeout: int | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        partition_label: str | Unset = UNSET,
        target_project_id: int | Unset = UNSET,
        running_as_id: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ContainerScript:
        """Replace scripts containers.

        `PUT /scripts/containers/{id}`

        Args:
            id: The `id` path parameter.
            required_resources: The `requiredResources` field of the request body.
            docker_command: The `dockerCommand` field of the request body.
            docker_image_name: The `dockerImageName` field of the request body.
            name: The `name` field of the request body.
            parent_id: The `parentId` field of the request body.
            user_context: The `userContext` field of the request body.
            params: The `params` field of the request body.
            arguments: The `arguments` field of the request body.
            schedule: The `schedule` field of the request body.
            notifications: The `notifications` field of the request body.
            repo_http_uri: The `repoHttpUri` field of the request body.
            repo_ref: The `repoRef` field of the request body.
            remote_host_credential_id: The `remoteHostCredentialId` field of the request body.
            git_credential_id: The `gitCredentialId` field of the request body.
            docker_image_tag: The `dockerImageTag` field of the request body.
            instance_type: The `instanceType` field of the request body.
            cancel_timeout: The `cancelTimeout` field of the request body.
            time_zone: The `timeZone` field of the request body.
            partition_label: The `partitionLabel` field of the request body.
            target_project_id: The `targetProjectId` field of the request body.
            running_as_id: The `runningAsId` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ContainerScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/scripts/containers/{encode_path(id)}",
                json=ContainerScriptUpdateRequest(
                    required_resources=as_model(ScriptRequiredResourcesCreateRequest, required_resources),
                    docker_command=docker_command,
                    docker_image_name=docker_image_name,
                    name=name,
                    parent_id=parent_id,
                    user_context=user_context,
                    params=as_models(ScriptParamCreateRequest, params),
                    arguments=as_model(ContainerScriptUpdateRequestArguments, arguments),
                    schedule=as_model(JobScheduleCreateRequest, schedule),
                    notifications=as_model(JobNotificationsCreateRequest, notifications),
                    repo_http_uri=repo_http_uri,
                    repo_ref=repo_ref,
                    remote_host_credential_id=remote_host_credential_id,
                    git_credential_id=git_credential_id,
                    docker_image_tag=docker_image_tag,
                    instance_type=instance_type,
                    cancel_timeout=cancel_timeout,
                    time_zone=time_zone,
                    partition_label=partition_label,
                    target_project_id=target_project_id,
                    running_as_id=running_as_id,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_containers,
        )

    async def patch_containers(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        parent_id: int | Unset = UNSET,
        user_context: str | Unset = UNSET,
        params: Sequence[ScriptParamPatchRequest | Mapping[str, Any]] | Unset = UNSET,
        arguments: ContainerScriptPatchRequestArguments | Mapping[str, Any] | Unset = UNSET,
        schedule: JobScheduleCreateRequest | Mapping[str, Any] | Unset = UNSET,
        notifications: JobNotificationsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        required_resources: ScriptRequiredResourcesPatchRequest | Mapping[str, Any] | Unset = UNSET,
        repo_http_uri: str | Unset = UNSET,
        repo_ref: str | Unset = UNSET,
        remote_host_credential_id: int | Unset = UNSET,
        git_credential_id: int | Unset = UNSET,
        docker_command: str | Unset = UNSET,
        docker_image_name: str | Unset = UNSET,
        docker_image_tag: str | Unset = UNSET,
        instance_type: str | Unset = UNSET,
        cancel_timeout: int | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        partition_label: str | Unset = UNSET,
        target_project_id: int | Unset = UNSET,
        running_as_id: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ContainerScript:
        """Update scripts containers.

        `PATCH /scripts/containers/{id}`

        Args:
            id: The `id` path parameter.
            name: The `name` field of the request body.
            parent_id: The `parentId` field of the request body.
            user_context: The `userContext` field of the request body.
            params: The `params` field of the request body.
            arguments: The `arguments` field of the request body.
            schedule: The `schedule` field of the request body.
            notifications: The `notifications` field of the request body.
            required_resources: The `requiredResources` field of the request body.
            repo_http_uri: The `repoHttpUri` field of the request body.
            repo_ref: The `repoRef` field of the request body.
            remote_host_credential_id: The `remoteHostCredentialId` field of the request body.
            git_credential_id: The `gitCredentialId` field of the request body.
            docker_command: The `dockerCommand` field of the request body.
            docker_image_name: The `dockerImageName` field of the request body.
            docker_image_tag: The `dockerImageTag` field of the request body.
            instance_type: The `instanceType` field of the request body.
            cancel_timeout: The `cancelTimeout` field of the request body.
            time_zone: The `timeZone` field of the request body.
            partition_label: The `partitionLabel` field of the request body.
            target_project_id: The `targetProjectId` field of the request body.
            running_as_id: The `runningAsId` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ContainerScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/scripts/containers/{encode_path(id)}",
                json=ContainerScriptPatchRequest(
                    name=name,
                    parent_id=parent_id,
                    user_context=user_context,
                    params=as_models(ScriptParamPatchRequest, params),
                    arguments=as_model(ContainerScriptPatchRequestArguments, arguments),
                    schedule=as_model(JobScheduleCreateRequest, schedule),
                    notifications=as_model(JobNotificationsCreateRequest, notifications),
                    required_resources=as_model(ScriptRequiredResourcesPatchRequest, required_resources),
                    repo_http_uri=repo_http_uri,
                    repo_ref=repo_ref,
                    remote_host_credential_id=remote_host_credential_id,
                    git_credential_id=git_credential_id,
                    docker_command=docker_command,
                    docker_image_name=docker_image_name,
                    docker_image_tag=docker_image_tag,
                    instance_type=instance_type,
                    cancel_timeout=cancel_timeout,
                    time_zone=time_zone,
                    partition_label=partition_label,
                    target_project_id=target_project_id,
                    running_as_id=running_as_id,
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        name,
                        parent_id,
                        user_context,
                        params,
                        arguments,
                        schedule,
                        notifications,
                        required_resources,
                        repo_http_uri,
                        repo_ref,
                        remote_host_credential_id,
                        git_credential_id,
                        docker_command,
                        docker_image_name,
                        docker_image_tag,
                        instance_type,
                        cancel_timeout,
                        time_zone,
                        partition_label,
                        target_project_id,
                        running_as_id,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_patch_containers,
        )

    async def list_containers_runs_logs(
        self,
        id: int,
        run_id: int,
        *,
        last_id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[LogRunLogResponseSummary]:
        """List scripts containers runs logs.

        `GET /scripts/containers/{id}/runs/{run_id}/logs`

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
                f"/scripts/containers/{encode_path(id)}/runs/{encode_path(run_id)}/logs",
                params=query_params(
                    {
                        "last_id": last_id,
                        "limit": limit,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_containers_runs_logs,
        )

    async def post_sql(
        self,
        name: str,
        sql: str,
        remote_host_id: int,
        credential_id: int,
        *,
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
        name: str,
        sql: str,
        remote_host_id: int,
        credential_id: int,
        *,
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

    async def post_python3(
        self,
        name: str,
        source: str,
        *,
        parent_id: int | Unset = UNSET,
        user_context: str | Unset = UNSET,
        params: Sequence[ScriptParamCreateRequest | Mapping[str, Any]] | Unset = UNSET,
        arguments: PythonScriptCreateRequestArguments | Mapping[str, Any] | Unset = UNSET,
        schedule: JobScheduleCreateRequest | Mapping[str, Any] | Unset = UNSET,
        notifications: JobNotificationsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        next_run_at: str | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        target_project_id: int | Unset = UNSET,
        required_resources: ScriptRequiredResourcesCreateRequest | Mapping[str, Any] | Unset = UNSET,
        instance_type: str | Unset = UNSET,
        cancel_timeout: int | Unset = UNSET,
        docker_image_tag: str | Unset = UNSET,
        partition_label: str | Unset = UNSET,
        running_as_id: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> PythonScript:
        """Post to scripts python3.

        `POST /scripts/python3`

        Args:
            name: The `name` field of the request body.
            source: The `source` field of the request body.
            parent_id: The `parentId` field of the request body.
            user_context: The `userContext` field of the request body.
            params: The `params` field of the request body.
            arguments: The `arguments` field of the request body.
            schedule: The `schedule` field of the request body.
            notifications: The `notifications` field of the request body.
            next_run_at: The `nextRunAt` field of the request body.
            time_zone: The `timeZone` field of the request body.
            hidden: The `hidden` field of the request body.
            target_project_id: The `targetProjectId` field of the request body.
            required_resources: The `requiredResources` field of the request body.
            instance_type: The `instanceType` field of the request body.
            cancel_timeout: The `cancelTimeout` field of the request body.
            docker_image_tag: The `dockerImageTag` field of the request body.
            partition_label: The `partitionLabel` field of the request body.
            running_as_id: The `runningAsId` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            PythonScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/scripts/python3",
                json=PythonScriptCreateRequest(
                    name=name,
                    source=source,
                    parent_id=parent_id,
                    user_context=user_context,
                    params=as_models(ScriptParamCreateRequest, params),
                    arguments=as_model(PythonScriptCreateRequestArguments, arguments),
                    schedule=as_model(JobScheduleCreateRequest, schedule),
                    notifications=as_model(JobNotificationsCreateRequest, notifications),
                    next_run_at=next_run_at,
                    time_zone=time_zone,
                    hidden=hidden,
                    target_project_id=target_project_id,
                    required_resources=as_model(ScriptRequiredResourcesCreateRequest, required_resources),
                    instance_type=instance_type,
                    cancel_timeout=cancel_timeout,
                    docker_image_tag=docker_image_tag,
                    partition_label=partition_label,
                    running_as_id=running_as_id,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_python3,
        )

    async def get_python3(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> PythonScript:
        """Get scripts python3.

        `GET /scripts/python3/{id}`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            PythonScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/scripts/python3/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_python3,
        )

    async def put_python3(
        self,
        id: int,
        name: str,
        source: str,
        *,
        parent_id: int | Unset = UNSET,
        user_context: str | Unset = UNSET,
        params: Sequence[ScriptParamCreateRequest | Mapping[str, Any]] | Unset = UNSET,
        arguments: PythonScriptUpdateRequestArguments | Mapping[str, Any] | Unset = UNSET,
        schedule: JobScheduleCreateRequest | Mapping[str, Any] | Unset = UNSET,
        notifications: JobNotificationsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        next_run_at: str | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        target_project_id: int | Unset = UNSET,
        required_resources: ScriptRequiredResourcesCreateRequest | Mapping[str, Any] | Unset = UNSET,
        instance_type: str | Unset = UNSET,
        cancel_timeout: int | Unset = UNSET,
        docker_image_tag: str | Unset = UNSET,
        partition_label: str | Unset = UNSET,
        running_as_id: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> PythonScript:
        """Replace scripts python3.

        `PUT /scripts/python3/{id}`

        Args:
            id: The `id` path parameter.
            name: The `name` field of the request body.
            source: The `source` field of the request body.
            parent_id: The `parentId` field of the request body.
            user_context: The `userContext` field of the request body.
            params: The `params` field of the request body.
            arguments: The `arguments` field of the request body.
            schedule: The `schedule` field of the request body.
            notifications: The `notifications` field of the request body.
            next_run_at: The `nextRunAt` field of the request body.
            time_zone: The `timeZone` field of the request body.
            target_project_id: The `targetProjectId` field of the request body.
            required_resources: The `requiredResources` field of the request body.
            instance_type: The `instanceType` field of the request body.
            cancel_timeout: The `cancelTimeout` field of the request body.
            docker_image_tag: The `dockerImageTag` field of the request body.
            partition_label: The `partitionLabel` field of the request body.
            running_as_id: The `runningAsId` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            PythonScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/scripts/python3/{encode_path(id)}",
                json=PythonScriptUpdateRequest(
                    name=name,
                    source=source,
                    parent_id=parent_id,
                    user_context=user_context,
                    params=as_models(ScriptParamCreateRequest, params),
                    arguments=as_model(PythonScriptUpdateRequestArguments, arguments),
                    schedule=as_model(JobScheduleCreateRequest, schedule),
                    notifications=as_model(JobNotificationsCreateRequest, notifications),
                    next_run_at=next_run_at,
                    time_zone=time_zone,
                    target_project_id=target_project_id,
                    required_resources=as_model(ScriptRequiredResourcesCreateRequest, required_resources),
                    instance_type=instance_type,
                    cancel_timeout=cancel_timeout,
                    docker_image_tag=docker_image_tag,
                    partition_label=partition_label,
                    running_as_id=running_as_id,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_python3,
        )

    async def patch_python3(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        parent_id: int | Unset = UNSET,
        user_context: str | Unset = UNSET,
        params: Sequence[ScriptParamPatchRequest | Mapping[str, Any]] | Unset = UNSET,
        arguments: PythonScriptPatchRequestArguments | Mapping[str, Any] | Unset = UNSET,
        schedule: JobScheduleCreateRequest | Mapping[str, Any] | Unset = UNSET,
        notifications: JobNotificationsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        next_run_at: str | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        target_project_id: int | Unset = UNSET,
        required_resources: ScriptRequiredResourcesPatchRequest | Mapping[str, Any] | Unset = UNSET,
        instance_type: str | Unset = UNSET,
        cancel_timeout: int | Unset = UNSET,
        docker_image_tag: str | Unset = UNSET,
        partition_label: str | Unset = UNSET,
        running_as_id: int | Unset = UNSET,
        source: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> PythonScript:
        """Update scripts python3.

        `PATCH /scripts/python3/{id}`

        Args:
            id: The `id` path parameter.
            name: The `name` field of the request body.
            parent_id: The `parentId` field of the request body.
            user_context: The `userContext` field of the request body.
            params: The `params` field of the request body.
            arguments: The `arguments` field of the request body.
            schedule: The `schedule` field of the request body.
            notifications: The `notifications` field of the request body.
            next_run_at: The `nextRunAt` field of the request body.
            time_zone: The `timeZone` field of the request body.
            target_project_id: The `targetProjectId` field of the request body.
            required_resources: The `requiredResources` field of the request body.
            instance_type: The `instanceType` field of the request body.
            cancel_timeout: The `cancelTimeout` field of the request body.
            docker_image_tag: The `dockerImageTag` field of the request body.
            partition_label: The `partitionLabel` field of the request body.
            running_as_id: The `runningAsId` field of the request body.
            source: The `source` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            PythonScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/scripts/python3/{encode_path(id)}",
                json=PythonScriptPatchRequest(
                    name=name,
                    parent_id=parent_id,
                    user_context=user_context,
                    params=as_models(ScriptParamPatchRequest, params),
                    arguments=as_model(PythonScriptPatchRequestArguments, arguments),
                    schedule=as_model(JobScheduleCreateRequest, schedule),
                    notifications=as_model(JobNotificationsCreateRequest, notifications),
                    next_run_at=next_run_at,
                    time_zone=time_zone,
                    target_project_id=target_project_id,
                    required_resources=as_model(ScriptRequiredResourcesPatchRequest, required_resources),
                    instance_type=instance_type,
                    cancel_timeout=cancel_timeout,
                    docker_image_tag=docker_image_tag,
                    partition_label=partition_label,
                    running_as_id=running_as_id,
                    source=source,
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        name,
                        parent_id,
                        user_context,
                        params,
                        arguments,
                        schedule,
                        notifications,
                        next_run_at,
                        time_zone,
                        target_project_id,
                        required_resources,
                        instance_type,
                        cancel_timeout,
                        docker_image_tag,
                        partition_label,
                        running_as_id,
                        source,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_patch_python3,
        )

    async def post_r(
        self,
        name: str,
        source: str,
        *,
        parent_id: int | Unset = UNSET,
        user_context: str | Unset = UNSET,
        params: Sequence[ScriptParamCreateRequest | Mapping[str, Any]] | Unset = UNSET,
        arguments: RScriptCreateRequestArguments | Mapping[str, Any] | Unset = UNSET,
        schedule: JobScheduleCreateRequest | Mapping[str, Any] | Unset = UNSET,
        notifications: JobNotificationsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        next_run_at: str | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        target_project_id: int | Unset = UNSET,
        required_resources: ScriptRequiredResourcesCreateRequest | Mapping[str, Any] | Unset = UNSET,
        instance_type: str | Unset = UNSET,
        cancel_timeout: int | Unset = UNSET,
        docker_image_tag: str | Unset = UNSET,
        partition_label: str | Unset = UNSET,
        running_as_id: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RScript:
        """Post to scripts r.

        `POST /scripts/r`

        Args:
            name: The `name` field of the request body.
            source: The `source` field of the request body.
            parent_id: The `parentId` field of the request body.
            user_context: The `userContext` field of the request body.
            params: The `params` field of the request body.
            arguments: The `arguments` field of the request body.
            schedule: The `schedule` field of the request body.
            notifications: The `notifications` field of the request body.
            next_run_at: The `nextRunAt` field of the request body.
            time_zone: The `timeZone` field of the request body.
            hidden: The `hidden` field of the request body.
            target_project_id: The `targetProjectId` field of the request body.
            required_resources: The `requiredResources` field of the request body.
            instance_type: The `instanceType` field of the request body.
            cancel_timeout: The `cancelTimeout` field of the request body.
            docker_image_tag: The `dockerImageTag` field of the request body.
            partition_label: The `partitionLabel` field of the request body.
            running_as_id: The `runningAsId` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            RScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/scripts/r",
                json=RScriptCreateRequest(
                    name=name,
                    source=source,
                    parent_id=parent_id,
                    user_context=user_context,
                    params=as_models(ScriptParamCreateRequest, params),
                    arguments=as_model(RScriptCreateRequestArguments, arguments),
                    schedule=as_model(JobScheduleCreateRequest, schedule),
                    notifications=as_model(JobNotificationsCreateRequest, notifications),
                    next_run_at=next_run_at,
                    time_zone=time_zone,
                    hidden=hidden,
                    target_project_id=target_project_id,
                    required_resources=as_model(ScriptRequiredResourcesCreateRequest, required_resources),
                    instance_type=instance_type,
                    cancel_timeout=cancel_timeout,
                    docker_image_tag=docker_image_tag,
                    partition_label=partition_label,
                    running_as_id=running_as_id,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_r,
        )

    async def get_r(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> RScript:
        """Get scripts r.

        `GET /scripts/r/{id}`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            RScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/scripts/r/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_r,
        )

    async def put_r(
        self,
        id: int,
        name: str,
        source: str,
        *,
        parent_id: int | Unset = UNSET,
        user_context: str | Unset = UNSET,
        params: Sequence[ScriptParamCreateRequest | Mapping[str, Any]] | Unset = UNSET,
        arguments: RScriptUpdateRequestArguments | Mapping[str, Any] | Unset = UNSET,
        schedule: JobScheduleCreateRequest | Mapping[str, Any] | Unset = UNSET,
        notifications: JobNotificationsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        next_run_at: str | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        target_project_id: int | Unset = UNSET,
        required_resources: ScriptRequiredResourcesCreateRequest | Mapping[str, Any] | Unset = UNSET,
        instance_type: str | Unset = UNSET,
        cancel_timeout: int | Unset = UNSET,
        docker_image_tag: str | Unset = UNSET,
        partition_label: str | Unset = UNSET,
        running_as_id: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RScript:
        """Replace scripts r.

        `PUT /scripts/r/{id}`

        Args:
            id: The `id` path parameter.
            name: The `name` field of the request body.
            source: The `source` field of the request body.
            parent_id: The `parentId` field of the request body.
            user_context: The `userContext` field of the request body.
            params: The `params` field of the request body.
            arguments: The `arguments` field of the request body.
            schedule: The `schedule` field of the request body.
            notifications: The `notifications` field of the request body.
            next_run_at: The `nextRunAt` field of the request body.
            time_zone: The `timeZone` field of the request body.
            target_project_id: The `targetProjectId` field of the request body.
            required_resources: The `requiredResources` field of the request body.
            instance_type: The `instanceType` field of the request body.
            cancel_timeout: The `cancelTimeout` field of the request body.
            docker_image_tag: The `dockerImageTag` field of the request body.
            partition_label: The `partitionLabel` field of the request body.
            running_as_id: The `runningAsId` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            RScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/scripts/r/{encode_path(id)}",
                json=RScriptUpdateRequest(
                    name=name,
                    source=source,
                    parent_id=parent_id,
                    user_context=user_context,
                    params=as_models(ScriptParamCreateRequest, params),
                    arguments=as_model(RScriptUpdateRequestArguments, arguments),
                    schedule=as_model(JobScheduleCreateRequest, schedule),
                    notifications=as_model(JobNotificationsCreateRequest, notifications),
                    next_run_at=next_run_at,
                    time_zone=time_zone,
                    target_project_id=target_project_id,
                    required_resources=as_model(ScriptRequiredResourcesCreateRequest, required_resources),
                    instance_type=instance_type,
                    cancel_timeout=cancel_timeout,
                    docker_image_tag=docker_image_tag,
                    partition_label=partition_label,
                    running_as_id=running_as_id,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_r,
        )

    async def patch_r(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        parent_id: int | Unset = UNSET,
        user_context: str | Unset = UNSET,
        params: Sequence[ScriptParamPatchRequest | Mapping[str, Any]] | Unset = UNSET,
        arguments: RScriptPatchRequestArguments | Mapping[str, Any] | Unset = UNSET,
        schedule: JobScheduleCreateRequest | Mapping[str, Any] | Unset = UNSET,
        notifications: JobNotificationsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        next_run_at: str | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        target_project_id: int | Unset = UNSET,
        required_resources: ScriptRequiredResourcesPatchRequest | Mapping[str, Any] | Unset = UNSET,
        instance_type: str | Unset = UNSET,
        cancel_timeout: int | Unset = UNSET,
        docker_image_tag: str | Unset = UNSET,
        partition_label: str | Unset = UNSET,
        running_as_id: int | Unset = UNSET,
        source: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RScript:
        """Update scripts r.

        `PATCH /scripts/r/{id}`

        Args:
            id: The `id` path parameter.
            name: The `name` field of the request body.
            parent_id: The `parentId` field of the request body.
            user_context: The `userContext` field of the request body.
            params: The `params` field of the request body.
            arguments: The `arguments` field of the request body.
            schedule: The `schedule` field of the request body.
            notifications: The `notifications` field of the request body.
            next_run_at: The `nextRunAt` field of the request body.
            time_zone: The `timeZone` field of the request body.
            target_project_id: The `targetProjectId` field of the request body.
            required_resources: The `requiredResources` field of the request body.
            instance_type: The `instanceType` field of the request body.
            cancel_timeout: The `cancelTimeout` field of the request body.
            docker_image_tag: The `dockerImageTag` field of the request body.
            partition_label: The `partitionLabel` field of the request body.
            running_as_id: The `runningAsId` field of the request body.
            source: The `source` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            RScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/scripts/r/{encode_path(id)}",
                json=RScriptPatchRequest(
                    name=name,
                    parent_id=parent_id,
                    user_context=user_context,
                    params=as_models(ScriptParamPatchRequest, params),
                    arguments=as_model(RScriptPatchRequestArguments, arguments),
                    schedule=as_model(JobScheduleCreateRequest, schedule),
                    notifications=as_model(JobNotificationsCreateRequest, notifications),
                    next_run_at=next_run_at,
                    time_zone=time_zone,
                    target_project_id=target_project_id,
                    required_resources=as_model(ScriptRequiredResourcesPatchRequest, required_resources),
                    instance_type=instance_type,
                    cancel_timeout=cancel_timeout,
                    docker_image_tag=docker_image_tag,
                    partition_label=partition_label,
                    running_as_id=running_as_id,
                    source=source,
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        name,
                        parent_id,
                        user_context,
                        params,
                        arguments,
                        schedule,
                        notifications,
                        next_run_at,
                        time_zone,
                        target_project_id,
                        required_resources,
                        instance_type,
                        cancel_timeout,
                        docker_image_tag,
                        partition_label,
                        running_as_id,
                        source,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_patch_r,
        )

    async def post_javascript(
        self,
        name: str,
        source: str,
        remote_host_id: int,
        credential_id: int,
        *,
        parent_id: int | Unset = UNSET,
        user_context: str | Unset = UNSET,
        params: Sequence[ScriptParamCreateRequest | Mapping[str, Any]] | Unset = UNSET,
        arguments: JavascriptScriptCreateRequestArguments | Mapping[str, Any] | Unset = UNSET,
        schedule: JobScheduleCreateRequest | Mapping[str, Any] | Unset = UNSET,
        notifications: JobNotificationsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        next_run_at: str | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        target_project_id: int | Unset = UNSET,
        running_as_id: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> JavascriptScript:
        """Post to scripts javascript.

        `POST /scripts/javascript`

        Args:
            name: The `name` field of the request body.
            source: The `source` field of the request body.
            remote_host_id: The `remoteHostId` field of the request body.
            credential_id: The `credentialId` field of the request body.
            parent_id: The `parentId` field of the request body.
            user_context: The `userContext` field of the request body.
            params: The `params` field of the request body.
            arguments: The `arguments` field of the request body.
            schedule: The `schedule` field of the request body.
            notifications: The `notifications` field of the request body.
            next_run_at: The `nextRunAt` field of the request body.
            time_zone: The `timeZone` field of the request body.
            hidden: The `hidden` field of the request body.
            target_project_id: The `targetProjectId` field of the request body.
            running_as_id: The `runningAsId` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JavascriptScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/scripts/javascript",
                json=JavascriptScriptCreateRequest(
                    name=name,
                    source=source,
                    remote_host_id=remote_host_id,
                    credential_id=credential_id,
                    parent_id=parent_id,
                    user_context=user_context,
                    params=as_models(ScriptParamCreateRequest, params),
                    arguments=as_model(JavascriptScriptCreateRequestArguments, arguments),
                    schedule=as_model(JobScheduleCreateRequest, schedule),
                    notifications=as_model(JobNotificationsCreateRequest, notifications),
                    next_run_at=next_run_at,
                    time_zone=time_zone,
                    hidden=hidden,
                    target_project_id=target_project_id,
                    running_as_id=running_as_id,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_javascript,
        )

    async def get_javascript(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> JavascriptScript:
        """Get scripts javascript.

        `GET /scripts/javascript/{id}`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JavascriptScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/scripts/javascript/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_javascript,
        )

    async def put_javascript(
        self,
        id: int,
        name: str,
        source: str,
        remote_host_id: int,
        credential_id: int,
        *,
        parent_id: int | Unset = UNSET,
        user_context: str | Unset = UNSET,
        params: Sequence[ScriptParamCreateRequest | Mapping[str, Any]] | Unset = UNSET,
        arguments: JavascriptScriptUpdateRequestArguments | Mapping[str, Any] | Unset = UNSET,
        schedule: JobScheduleCreateRequest | Mapping[str, Any] | Unset = UNSET,
        notifications: JobNotificationsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        next_run_at: str | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        target_project_id: int | Unset = UNSET,
        running_as_id: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> JavascriptScript:
        """Replace scripts javascript.

        `PUT /scripts/javascript/{id}`

        Args:
            id: The `id` path parameter.
            name: The `name` field of the request body.
            source: The `source` field of the request body.
            remote_host_id: The `remoteHostId` field of the request body.
            credential_id: The `credentialId` field of the request body.
            parent_id: The `parentId` field of the request body.
            user_context: The `userContext` field of the request body.
            params: The `params` field of the request body.
            arguments: The `arguments` field of the request body.
            schedule: The `schedule` field of the request body.
            notifications: The `notifications` field of the request body.
            next_run_at: The `nextRunAt` field of the request body.
            time_zone: The `timeZone` field of the request body.
            target_project_id: The `targetProjectId` field of the request body.
            running_as_id: The `runningAsId` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JavascriptScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/scripts/javascript/{encode_path(id)}",
                json=JavascriptScriptUpdateRequest(
                    name=name,
                    source=source,
                    remote_host_id=remote_host_id,
                    credential_id=credential_id,
                    parent_id=parent_id,
                    user_context=user_context,
                    params=as_models(ScriptParamCreateRequest, params),
                    arguments=as_model(JavascriptScriptUpdateRequestArguments, arguments),
                    schedule=as_model(JobScheduleCreateRequest, schedule),
                    notifications=as_model(JobNotificationsCreateRequest, notifications),
                    next_run_at=next_run_at,
                    time_zone=time_zone,
                    target_project_id=target_project_id,
                    running_as_id=running_as_id,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_javascript,
        )

    async def patch_javascript(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        parent_id: int | Unset = UNSET,
        user_context: str | Unset = UNSET,
        params: Sequence[ScriptParamPatchRequest | Mapping[str, Any]] | Unset = UNSET,
        arguments: JavascriptScriptPatchRequestArguments | Mapping[str, Any] | Unset = UNSET,
        schedule: JobScheduleCreateRequest | Mapping[str, Any] | Unset = UNSET,
        notifications: JobNotificationsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        next_run_at: str | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        target_project_id: int | Unset = UNSET,
        source: str | Unset = UNSET,
        remote_host_id: int | Unset = UNSET,
        credential_id: int | Unset = UNSET,
        running_as_id: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> JavascriptScript:
        """Update scripts javascript.

        `PATCH /scripts/javascript/{id}`

        Args:
            id: The `id` path parameter.
            name: The `name` field of the request body.
            parent_id: The `parentId` field of the request body.
            user_context: The `userContext` field of the request body.
            params: The `params` field of the request body.
            arguments: The `arguments` field of the request body.
            schedule: The `schedule` field of the request body.
            notifications: The `notifications` field of the request body.
            next_run_at: The `nextRunAt` field of the request body.
            time_zone: The `timeZone` field of the request body.
            target_project_id: The `targetProjectId` field of the request body.
            source: The `source` field of the request body.
            remote_host_id: The `remoteHostId` field of the request body.
            credential_id: The `credentialId` field of the request body.
            running_as_id: The `runningAsId` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JavascriptScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/scripts/javascript/{encode_path(id)}",
                json=JavascriptScriptPatchRequest(
                    name=name,
                    parent_id=parent_id,
                    user_context=user_context,
                    params=as_models(ScriptParamPatchRequest, params),
                    arguments=as_model(JavascriptScriptPatchRequestArguments, arguments),
                    schedule=as_model(JobScheduleCreateRequest, schedule),
                    notifications=as_model(JobNotificationsCreateRequest, notifications),
                    next_run_at=next_run_at,
                    time_zone=time_zone,
                    target_project_id=target_project_id,
                    source=source,
                    remote_host_id=remote_host_id,
                    credential_id=credential_id,
                    running_as_id=running_as_id,
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        name,
                        parent_id,
                        user_context,
                        params,
                        arguments,
                        schedule,
                        notifications,
                        next_run_at,
                        time_zone,
                        target_project_id,
                        source,
                        remote_host_id,
                        credential_id,
                        running_as_id,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_patch_javascript,
        )

    def list_custom(
        self,
        *,
        from_template_id: str | Unset = UNSET,
        author: str | Unset = UNSET,
        status: str | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        archived: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: str | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[CustomScriptSummary]:
        """List scripts custom.

        `GET /scripts/custom`

        Args:
            from_template_id: The `from_template_id` query parameter.
            author: The `author` query parameter.
            status: The `status` query parameter.
            hidden: The `hidden` query parameter.
            archived: The `archived` query parameter.
            limit: The `limit` query parameter.
            page_num: The `page_num` query parameter.
            order: The `order` query parameter.
            order_dir: The `order_dir` query parameter.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `CustomScriptSummary`: iterating it yields every item across pages, fetching them
            as needed; `iter_pages()` yields each page (its items, the parsed
            `list[CustomScriptSummary]` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/scripts/custom",
                params=query_params(
                    {
                        "from_template_id": from_template_id,
                        "author": author,
                        "status": status,
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
            cast=_parse_list_custom,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    async def post_custom(
        self,
        from_template_id: int,
        *,
        name: str | Unset = UNSET,
        parent_id: int | Unset = UNSET,
        arguments: CustomScriptCreateRequestArguments | Mapping[str, Any] | Unset = UNSET,
        remote_host_id: int | Unset = UNSET,
        credential_id: int | Unset = UNSET,
        schedule: JobScheduleCreateRequest | Mapping[str, Any] | Unset = UNSET,
        notifications: JobNotificationsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        target_project_id: int | Unset = UNSET,
        required_resources: ScriptRequiredResourcesCustomCreateRequest | Mapping[str, Any] | Unset = UNSET,
        partition_label: str | Unset = UNSET,
        running_as_id: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CustomScript:
        """Post to scripts custom.

        `POST /scripts/custom`

        Args:
            from_template_id: The `fromTemplateId` field of the request body.
            name: The `name` field of the request body.
            parent_id: The `parentId` field of the request body.
            arguments: The `arguments` field of the request body.
            remote_host_id: The `remoteHostId` field of the request body.
            credential_id: The `credentialId` field of the request body.
            schedule: The `schedule` field of the request body.
            notifications: The `notifications` field of the request body.
            time_zone: The `timeZone` field of the request body.
            hidden: The `hidden` field of the request body.
            target_project_id: The `targetProjectId` field of the request body.
            required_resources: The `requiredResources` field of the request body.
            partition_label: The `partitionLabel` field of the request body.
            running_as_id: The `runningAsId` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CustomScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/scripts/custom",
                json=CustomScriptCreateRequest(
                    from_template_id=from_template_id,
                    name=name,
                    parent_id=parent_id,
                    arguments=as_model(CustomScriptCreateRequestArguments, arguments),
                    remote_host_id=remote_host_id,
                    credential_id=credential_id,
                    schedule=as_model(JobScheduleCreateRequest, schedule),
                    notifications=as_model(JobNotificationsCreateRequest, notifications),
                    time_zone=time_zone,
                    hidden=hidden,
                    target_project_id=target_project_id,
                    required_resources=as_model(ScriptRequiredResourcesCustomCreateRequest, required_resources),
                    partition_label=partition_label,
                    running_as_id=running_as_id,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_custom,
        )

    async def get_custom(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> CustomScript:
        """Get scripts custom.

        `GET /scripts/custom/{id}`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CustomScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/scripts/custom/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_custom,
        )

    async def put_custom(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        parent_id: int | Unset = UNSET,
        arguments: CustomScriptUpdateRequestArguments | Mapping[str, Any] | Unset = UNSET,
        remote_host_id: int | Unset = UNSET,
        credential_id: int | Unset = UNSET,
        schedule: JobScheduleCreateRequest | Mapping[str, Any] | Unset = UNSET,
        notifications: JobNotificationsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        target_project_id: int | Unset = UNSET,
        required_resources: ScriptRequiredResourcesCustomCreateRequest | Mapping[str, Any] | Unset = UNSET,
        partition_label: str | Unset = UNSET,
        running_as_id: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CustomScript:
        """Replace scripts custom.

        `PUT /scripts/custom/{id}`

        Args:
            id: The `id` path parameter.
            name: The `name` field of the request body.
            parent_id: The `parentId` field of the request body.
            arguments: The `arguments` field of the request body.
            remote_host_id: The `remoteHostId` field of the request body.
            credential_id: The `credentialId` field of the request body.
            schedule: The `schedule` field of the request body.
            notifications: The `notifications` field of the request body.
            time_zone: The `timeZone` field of the request body.
            target_project_id: The `targetProjectId` field of the request body.
            required_resources: The `requiredResources` field of the request body.
            partition_label: The `partitionLabel` field of the request body.
            running_as_id: The `runningAsId` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CustomScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/scripts/custom/{encode_path(id)}",
                json=CustomScriptUpdateRequest(
                    name=name,
                    parent_id=parent_id,
                    arguments=as_model(CustomScriptUpdateRequestArguments, arguments),
                    remote_host_id=remote_host_id,
                    credential_id=credential_id,
                    schedule=as_model(JobScheduleCreateRequest, schedule),
                    notifications=as_model(JobNotificationsCreateRequest, notifications),
                    time_zone=time_zone,
                    target_project_id=target_project_id,
                    required_resources=as_model(ScriptRequiredResourcesCustomCreateRequest, required_resources),
                    partition_label=partition_label,
                    running_as_id=running_as_id,
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        name,
                        parent_id,
                        arguments,
                        remote_host_id,
                        credential_id,
                        schedule,
                        notifications,
                        time_zone,
                        target_project_id,
                        required_resources,
                        partition_label,
                        running_as_id,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_custom,
        )

    async def patch_custom(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        parent_id: int | Unset = UNSET,
        arguments: CustomScriptUpdateRequestArguments | Mapping[str, Any] | Unset = UNSET,
        remote_host_id: int | Unset = UNSET,
        credential_id: int | Unset = UNSET,
        schedule: JobScheduleCreateRequest | Mapping[str, Any] | Unset = UNSET,
        notifications: JobNotificationsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        target_project_id: int | Unset = UNSET,
        required_resources: ScriptRequiredResourcesCustomCreateRequest | Mapping[str, Any] | Unset = UNSET,
        partition_label: str | Unset = UNSET,
        running_as_id: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CustomScript:
        """Update scripts custom.

        `PATCH /scripts/custom/{id}`

        Args:
            id: The `id` path parameter.
            name: The `name` field of the request body.
            parent_id: The `parentId` field of the request body.
            arguments: The `arguments` field of the request body.
            remote_host_id: The `remoteHostId` field of the request body.
            credential_id: The `credentialId` field of the request body.
            schedule: The `schedule` field of the request body.
            notifications: The `notifications` field of the request body.
            time_zone: The `timeZone` field of the request body.
            target_project_id: The `targetProjectId` field of the request body.
            required_resources: The `requiredResources` field of the request body.
            partition_label: The `partitionLabel` field of the request body.
            running_as_id: The `runningAsId` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CustomScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/scripts/custom/{encode_path(id)}",
                json=CustomScriptUpdateRequest(
                    name=name,
                    parent_id=parent_id,
                    arguments=as_model(CustomScriptUpdateRequestArguments, arguments),
                    remote_host_id=remote_host_id,
                    credential_id=credential_id,
                    schedule=as_model(JobScheduleCreateRequest, schedule),
                    notifications=as_model(JobNotificationsCreateRequest, notifications),
                    time_zone=time_zone,
                    target_project_id=target_project_id,
                    required_resources=as_model(ScriptRequiredResourcesCustomCreateRequest, required_resources),
                    partition_label=partition_label,
                    running_as_id=running_as_id,
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        name,
                        parent_id,
                        arguments,
                        remote_host_id,
                        credential_id,
                        schedule,
                        notifications,
                        time_zone,
                        target_project_id,
                        required_resources,
                        partition_label,
                        running_as_id,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_patch_custom,
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

    def list_containers_runs(
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
    ) -> AsyncPager[ContainerRun]:
        """List scripts containers runs.

        `GET /scripts/containers/{id}/runs`

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
            A pager of `ContainerRun`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[ContainerRun]` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                f"/scripts/containers/{encode_path(id)}/runs",
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
            cast=_parse_list_containers_runs,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    async def post_containers_runs(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> ContainerRun:
        """Post to scripts containers runs.

        `POST /scripts/containers/{id}/runs`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ContainerRun

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/scripts/containers/{encode_path(id)}/runs",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_containers_runs,
        )

    async def get_containers_runs(
        self,
        id: int,
        run_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> ContainerRun:
        """Get scripts containers runs.

        `GET /scripts/containers/{id}/runs/{run_id}`

        Args:
            id: The `id` path parameter.
            run_id: The `run_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ContainerRun

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/scripts/containers/{encode_path(id)}/runs/{encode_path(run_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_containers_runs,
        )

    async def delete_containers_runs(
        self,
        id: int,
        run_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete scripts containers runs.

        `DELETE /scripts/containers/{id}/runs/{run_id}`

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
                f"/scripts/containers/{encode_path(id)}/runs/{encode_path(run_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_containers_runs,
        )

    def list_python3_runs(
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
    ) -> AsyncPager[PythonRun]:
        """List scripts python3 runs.

        `GET /scripts/python3/{id}/runs`

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
            A pager of `PythonRun`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[PythonRun]` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                f"/scripts/python3/{encode_path(id)}/runs",
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
            cast=_parse_list_python3_runs,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    async def post_python3_runs(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> PythonRun:
        """Post to scripts python3 runs.

        `POST /scripts/python3/{id}/runs`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            PythonRun

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/scripts/python3/{encode_path(id)}/runs",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_python3_runs,
        )

    async def get_python3_runs(
        self,
        id: int,
        run_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> PythonRun:
        """Get scripts python3 runs.

        `GET /scripts/python3/{id}/runs/{run_id}`

        Args:
            id: The `id` path parameter.
            run_id: The `run_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            PythonRun

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/scripts/python3/{encode_path(id)}/runs/{encode_path(run_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_python3_runs,
        )

    async def delete_python3_runs(
        self,
        id: int,
        run_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete scripts python3 runs.

        `DELETE /scripts/python3/{id}/runs/{run_id}`

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
                f"/scripts/python3/{encode_path(id)}/runs/{encode_path(run_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_python3_runs,
        )

    async def list_python3_runs_logs(
        self,
        id: int,
        run_id: int,
        *,
        last_id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[LogRunLogResponseSummary]:
        """List scripts python3 runs logs.

        `GET /scripts/python3/{id}/runs/{run_id}/logs`

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
                f"/scripts/python3/{encode_path(id)}/runs/{encode_path(run_id)}/logs",
                params=query_params(
                    {
                        "last_id": last_id,
                        "limit": limit,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_python3_runs_logs,
        )

    def list_r_runs(
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
    ) -> AsyncPager[RRun]:
        """List scripts r runs.

        `GET /scripts/r/{id}/runs`

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
            A pager of `RRun`: iterating it yields every item across pages, fetching them as needed;
            `iter_pages()` yields each page (its items, the parsed `list[RRun]` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                f"/scripts/r/{encode_path(id)}/runs",
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
            cast=_parse_list_r_runs,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    async def post_r_runs(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> RRun:
        """Post to scripts r runs.

        `POST /scripts/r/{id}/runs`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            RRun

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/scripts/r/{encode_path(id)}/runs",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_r_runs,
        )

    async def get_r_runs(
        self,
        id: int,
        run_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> RRun:
        """Get scripts r runs.

        `GET /scripts/r/{id}/runs/{run_id}`

        Args:
            id: The `id` path parameter.
            run_id: The `run_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            RRun

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/scripts/r/{encode_path(id)}/runs/{encode_path(run_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_r_runs,
        )

    async def delete_r_runs(
        self,
        id: int,
        run_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete scripts r runs.

        `DELETE /scripts/r/{id}/runs/{run_id}`

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
                f"/scripts/r/{encode_path(id)}/runs/{encode_path(run_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_r_runs,
        )

    async def list_r_runs_logs(
        self,
        id: int,
        run_id: int,
        *,
        last_id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[LogRunLogResponseSummary]:
        """List scripts r runs logs.

        `GET /scripts/r/{id}/runs/{run_id}/logs`

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
                f"/scripts/r/{encode_path(id)}/runs/{encode_path(run_id)}/logs",
                params=query_params(
                    {
                        "last_id": last_id,
                        "limit": limit,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_r_runs_logs,
        )

    def list_javascript_runs(
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
    ) -> AsyncPager[JavascriptRun]:
        """List scripts javascript runs.

        `GET /scripts/javascript/{id}/runs`

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
            A pager of `JavascriptRun`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[JavascriptRun]` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                f"/scripts/javascript/{encode_path(id)}/runs",
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
            cast=_parse_list_javascript_runs,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    async def post_javascript_runs(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> JavascriptRun:
        """Post to scripts javascript runs.

        `POST /scripts/javascript/{id}/runs`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JavascriptRun

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/scripts/javascript/{encode_path(id)}/runs",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_javascript_runs,
        )

    async def get_javascript_runs(
        self,
        id: int,
        run_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> JavascriptRun:
        """Get scripts javascript runs.

        `GET /scripts/javascript/{id}/runs/{run_id}`

        Args:
            id: The `id` path parameter.
            run_id: The `run_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JavascriptRun

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/scripts/javascript/{encode_path(id)}/runs/{encode_path(run_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_javascript_runs,
        )

    async def delete_javascript_runs(
        self,
        id: int,
        run_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete scripts javascript runs.

        `DELETE /scripts/javascript/{id}/runs/{run_id}`

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
                f"/scripts/javascript/{encode_path(id)}/runs/{encode_path(run_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_javascript_runs,
        )

    async def list_javascript_runs_logs(
        self,
        id: int,
        run_id: int,
        *,
        last_id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[LogRunLogResponseSummary]:
        """List scripts javascript runs logs.

        `GET /scripts/javascript/{id}/runs/{run_id}/logs`

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
                f"/scripts/javascript/{encode_path(id)}/runs/{encode_path(run_id)}/logs",
                params=query_params(
                    {
                        "last_id": last_id,
                        "limit": limit,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_javascript_runs_logs,
        )

    def list_custom_runs(
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
    ) -> AsyncPager[CustomRun]:
        """List scripts custom runs.

        `GET /scripts/custom/{id}/runs`

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
            A pager of `CustomRun`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[CustomRun]` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                f"/scripts/custom/{encode_path(id)}/runs",
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
            cast=_parse_list_custom_runs,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    async def post_custom_runs(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> CustomRun:
        """Post to scripts custom runs.

        `POST /scripts/custom/{id}/runs`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CustomRun

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/scripts/custom/{encode_path(id)}/runs",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_custom_runs,
        )

    async def get_custom_runs(
        self,
        id: int,
        run_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> CustomRun:
        """Get scripts custom runs.

        `GET /scripts/custom/{id}/runs/{run_id}`

        Args:
            id: The `id` path parameter.
            run_id: The `run_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CustomRun

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/scripts/custom/{encode_path(id)}/runs/{encode_path(run_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_custom_runs,
        )

    async def delete_custom_runs(
        self,
        id: int,
        run_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete scripts custom runs.

        `DELETE /scripts/custom/{id}/runs/{run_id}`

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
                f"/scripts/custom/{encode_path(id)}/runs/{encode_path(run_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_custom_runs,
        )

    async def list_custom_runs_logs(
        self,
        id: int,
        run_id: int,
        *,
        last_id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[LogRunLogResponseSummary]:
        """List scripts custom runs logs.

        `GET /scripts/custom/{id}/runs/{run_id}/logs`

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
                f"/scripts/custom/{encode_path(id)}/runs/{encode_path(run_id)}/logs",
                params=query_params(
                    {
                        "last_id": last_id,
                        "limit": limit,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_custom_runs_logs,
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

    def list_containers_runs_outputs(
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
    ) -> AsyncPager[JobOutput]:
        """List scripts containers runs outputs.

        `GET /scripts/containers/{id}/runs/{run_id}/outputs`

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
                f"/scripts/containers/{encode_path(id)}/runs/{encode_path(run_id)}/outputs",
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
            cast=_parse_list_containers_runs_outputs,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    async def post_containers_runs_outputs(
        self,
        id: int,
        run_id: int,
        object_type: str,
        object_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> JobOutput:
        """Post to scripts containers runs outputs.

        `POST /scripts/containers/{id}/runs/{run_id}/outputs`

        Args:
            id: The `id` path parameter.
            run_id: The `run_id` path parameter.
            object_type: The `objectType` field of the request body.
            object_id: The `objectId` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobOutput

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/scripts/containers/{encode_path(id)}/runs/{encode_path(run_id)}/outputs",
                json=JobOutputCreateRequest(object_type=object_type, object_id=object_id).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_containers_runs_outputs,
        )

    def list_python3_runs_outputs(
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
    ) -> AsyncPager[JobOutput2]:
        """List scripts python3 runs outputs.

        `GET /scripts/python3/{id}/runs/{run_id}/outputs`

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
            A pager of `JobOutput2`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[JobOutput2]` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                f"/scripts/python3/{encode_path(id)}/runs/{encode_path(run_id)}/outputs",
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
            cast=_parse_list_python3_runs_outputs,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    async def post_python3_runs_outputs(
        self,
        id: int,
        run_id: int,
        object_type: str,
        object_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> JobOutput2:
        """Post to scripts python3 runs outputs.

        `POST /scripts/python3/{id}/runs/{run_id}/outputs`

        Args:
            id: The `id` path parameter.
            run_id: The `run_id` path parameter.
            object_type: The `objectType` field of the request body.
            object_id: The `objectId` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobOutput2

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/scripts/python3/{encode_path(id)}/runs/{encode_path(run_id)}/outputs",
                json=JobOutputCreateRequest2(object_type=object_type, object_id=object_id).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_python3_runs_outputs,
        )

    def list_r_runs_outputs(
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
    ) -> AsyncPager[JobOutput3]:
        """List scripts r runs outputs.

        `GET /scripts/r/{id}/runs/{run_id}/outputs`

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
            A pager of `JobOutput3`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[JobOutput3]` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                f"/scripts/r/{encode_path(id)}/runs/{encode_path(run_id)}/outputs",
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
            cast=_parse_list_r_runs_outputs,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    async def post_r_runs_outputs(
        self,
        id: int,
        run_id: int,
        object_type: str,
        object_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> JobOutput3:
        """Post to scripts r runs outputs.

        `POST /scripts/r/{id}/runs/{run_id}/outputs`

        Args:
            id: The `id` path parameter.
            run_id: The `run_id` path parameter.
            object_type: The `objectType` field of the request body.
            object_id: The `objectId` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobOutput3

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/scripts/r/{encode_path(id)}/runs/{encode_path(run_id)}/outputs",
                json=JobOutputCreateRequest3(object_type=object_type, object_id=object_id).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_r_runs_outputs,
        )

    def list_javascript_runs_outputs(
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
    ) -> AsyncPager[JobOutput5]:
        """List scripts javascript runs outputs.

        `GET /scripts/javascript/{id}/runs/{run_id}/outputs`

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
            A pager of `JobOutput5`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[JobOutput5]` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                f"/scripts/javascript/{encode_path(id)}/runs/{encode_path(run_id)}/outputs",
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
            cast=_parse_list_javascript_runs_outputs,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    async def post_javascript_runs_outputs(
        self,
        id: int,
        run_id: int,
        object_type: str,
        object_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> JobOutput5:
        """Post to scripts javascript runs outputs.

        `POST /scripts/javascript/{id}/runs/{run_id}/outputs`

        Args:
            id: The `id` path parameter.
            run_id: The `run_id` path parameter.
            object_type: The `objectType` field of the request body.
            object_id: The `objectId` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobOutput5

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/scripts/javascript/{encode_path(id)}/runs/{encode_path(run_id)}/outputs",
                json=JobOutputCreateRequest5(object_type=object_type, object_id=object_id).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_javascript_runs_outputs,
        )

    def list_custom_runs_outputs(
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
    ) -> AsyncPager[JobOutput6]:
        """List scripts custom runs outputs.

        `GET /scripts/custom/{id}/runs/{run_id}/outputs`

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
            A pager of `JobOutput6`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[JobOutput6]` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                f"/scripts/custom/{encode_path(id)}/runs/{encode_path(run_id)}/outputs",
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
            cast=_parse_list_custom_runs_outputs,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    async def post_custom_runs_outputs(
        self,
        id: int,
        run_id: int,
        object_type: str,
        object_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> JobOutput6:
        """Post to scripts custom runs outputs.

        `POST /scripts/custom/{id}/runs/{run_id}/outputs`

        Args:
            id: The `id` path parameter.
            run_id: The `run_id` path parameter.
            object_type: The `objectType` field of the request body.
            object_id: The `objectId` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobOutput6

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/scripts/custom/{encode_path(id)}/runs/{encode_path(run_id)}/outputs",
                json=JobOutputCreateRequest6(object_type=object_type, object_id=object_id).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_custom_runs_outputs,
        )

    async def list_sql_shares(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ShareIndex]:
        """List scripts sql shares.

        `GET /scripts/sql/{id}/shares`

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
                f"/scripts/sql/{encode_path(id)}/shares",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_sql_shares,
        )

    async def put_sql_shares_users(
        self,
        id: int,
        user_ids: builtins.list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace scripts sql shares users.

        `PUT /scripts/sql/{id}/shares/users`

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
                f"/scripts/sql/{encode_path(id)}/shares/users",
                json=ShareUsersUpdateRequest26(
                    user_ids=user_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_sql_shares_users,
        )

    async def delete_sql_shares_users(
        self,
        id: int,
        user_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete scripts sql shares users.

        `DELETE /scripts/sql/{id}/shares/users/{user_id}`

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
                f"/scripts/sql/{encode_path(id)}/shares/users/{encode_path(user_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_sql_shares_users,
        )

    async def put_sql_shares_groups(
        self,
        id: int,
        group_ids: builtins.list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace scripts sql shares groups.

        `PUT /scripts/sql/{id}/shares/groups`

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
                f"/scripts/sql/{encode_path(id)}/shares/groups",
                json=ShareGroupsUpdateRequest26(
                    group_ids=group_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_sql_shares_groups,
        )

    async def delete_sql_shares_groups(
        self,
        id: int,
        group_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete scripts sql shares groups.

        `DELETE /scripts/sql/{id}/shares/groups/{group_id}`

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
                f"/scripts/sql/{encode_path(id)}/shares/groups/{encode_path(group_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_sql_shares_groups,
        )

    async def list_sql_projects(
        self,
        id: int,
        *,
        hidden: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ProjectsProjectSummary]:
        """List scripts sql projects.

        `GET /scripts/sql/{id}/projects`

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
                f"/scripts/sql/{encode_path(id)}/projects",
                params=query_params(
                    {
                        "hidden": hidden,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_sql_projects,
        )

    async def put_sql_projects(
        self,
        id: int,
        project_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Replace scripts sql projects.

        `PUT /scripts/sql/{id}/projects/{project_id}`

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
                f"/scripts/sql/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_sql_projects,
        )

    async def delete_sql_projects(
        self,
        id: int,
        project_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete scripts sql projects.

        `DELETE /scripts/sql/{id}/projects/{project_id}`

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
                f"/scripts/sql/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_sql_projects,
        )

    async def put_sql_archive(
        self,
        id: int,
        status: bool,
        *,
        request_options: RequestOptions | None = None,
    ) -> SqlScript:
        """Replace scripts sql archive.

        `PUT /scripts/sql/{id}/archive`

        Args:
            id: The `id` path parameter.
            status: The `status` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SqlScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/scripts/sql/{encode_path(id)}/archive",
                json=ArchiveUpdateRequest21(status=status).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_sql_archive,
        )

    async def list_containers_shares(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ShareIndex]:
        """List scripts containers shares.

        `GET /scripts/containers/{id}/shares`

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
                f"/scripts/containers/{encode_path(id)}/shares",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_containers_shares,
        )

    async def put_containers_shares_users(
        self,
        id: int,
        user_ids: builtins.list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace scripts containers shares users.

        `PUT /scripts/containers/{id}/shares/users`

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
                f"/scripts/containers/{encode_path(id)}/shares/users",
                json=ShareUsersUpdateRequest27(
                    user_ids=user_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_containers_shares_users,
        )

    async def delete_containers_shares_users(
        self,
        id: int,
        user_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete scripts containers shares users.

        `DELETE /scripts/containers/{id}/shares/users/{user_id}`

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
                f"/scripts/containers/{encode_path(id)}/shares/users/{encode_path(user_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_containers_shares_users,
        )

    async def put_containers_shares_groups(
        self,
        id: int,
        group_ids: builtins.list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace scripts containers shares groups.

        `PUT /scripts/containers/{id}/shares/groups`

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
                f"/scripts/containers/{encode_path(id)}/shares/groups",
                json=ShareGroupsUpdateRequest27(
                    group_ids=group_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_containers_shares_groups,
        )

    async def delete_containers_shares_groups(
        self,
        id: int,
        group_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete scripts containers shares groups.

        `DELETE /scripts/containers/{id}/shares/groups/{group_id}`

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
                f"/scripts/containers/{encode_path(id)}/shares/groups/{encode_path(group_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_containers_shares_groups,
        )

    async def list_containers_projects(
        self,
        id: int,
        *,
        hidden: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ProjectsProjectSummary]:
        """List scripts containers projects.

        `GET /scripts/containers/{id}/projects`

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
                f"/scripts/containers/{encode_path(id)}/projects",
                params=query_params(
                    {
                        "hidden": hidden,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_containers_projects,
        )

    async def put_containers_projects(
        self,
        id: int,
        project_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Replace scripts containers projects.

        `PUT /scripts/containers/{id}/projects/{project_id}`

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
                f"/scripts/containers/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_containers_projects,
        )

    async def delete_containers_projects(
        self,
        id: int,
        project_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete scripts containers projects.

        `DELETE /scripts/containers/{id}/projects/{project_id}`

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
                f"/scripts/containers/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_containers_projects,
        )

    async def put_containers_archive(
        self,
        id: int,
        status: bool,
        *,
        request_options: RequestOptions | None = None,
    ) -> ContainerScript:
        """Replace scripts containers archive.

        `PUT /scripts/containers/{id}/archive`

        Args:
            id: The `id` path parameter.
            status: The `status` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ContainerScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/scripts/containers/{encode_path(id)}/archive",
                json=ArchiveUpdateRequest22(status=status).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_containers_archive,
        )

    async def list_python3_shares(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ShareIndex]:
        """List scripts python3 shares.

        `GET /scripts/python3/{id}/shares`

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
                f"/scripts/python3/{encode_path(id)}/shares",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_python3_shares,
        )

    async def put_python3_shares_users(
        self,
        id: int,
        user_ids: builtins.list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace scripts python3 shares users.

        `PUT /scripts/python3/{id}/shares/users`

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
                f"/scripts/python3/{encode_path(id)}/shares/users",
                json=ShareUsersUpdateRequest28(
                    user_ids=user_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_python3_shares_users,
        )

    async def delete_python3_shares_users(
        self,
        id: int,
        user_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete scripts python3 shares users.

        `DELETE /scripts/python3/{id}/shares/users/{user_id}`

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
                f"/scripts/python3/{encode_path(id)}/shares/users/{encode_path(user_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_python3_shares_users,
        )

    async def put_python3_shares_groups(
        self,
        id: int,
        group_ids: builtins.list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace scripts python3 shares groups.

        `PUT /scripts/python3/{id}/shares/groups`

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
                f"/scripts/python3/{encode_path(id)}/shares/groups",
                json=ShareGroupsUpdateRequest28(
                    group_ids=group_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_python3_shares_groups,
        )

    async def delete_python3_shares_groups(
        self,
        id: int,
        group_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete scripts python3 shares groups.

        `DELETE /scripts/python3/{id}/shares/groups/{group_id}`

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
                f"/scripts/python3/{encode_path(id)}/shares/groups/{encode_path(group_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_python3_shares_groups,
        )

    async def list_python3_projects(
        self,
        id: int,
        *,
        hidden: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ProjectsProjectSummary]:
        """List scripts python3 projects.

        `GET /scripts/python3/{id}/projects`

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
                f"/scripts/python3/{encode_path(id)}/projects",
                params=query_params(
                    {
                        "hidden": hidden,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_python3_projects,
        )

    async def put_python3_projects(
        self,
        id: int,
        project_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Replace scripts python3 projects.

        `PUT /scripts/python3/{id}/projects/{project_id}`

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
                f"/scripts/python3/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_python3_projects,
        )

    async def delete_python3_projects(
        self,
        id: int,
        project_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete scripts python3 projects.

        `DELETE /scripts/python3/{id}/projects/{project_id}`

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
                f"/scripts/python3/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_python3_projects,
        )

    async def put_python3_archive(
        self,
        id: int,
        status: bool,
        *,
        request_options: RequestOptions | None = None,
    ) -> PythonScript:
        """Replace scripts python3 archive.

        `PUT /scripts/python3/{id}/archive`

        Args:
            id: The `id` path parameter.
            status: The `status` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            PythonScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/scripts/python3/{encode_path(id)}/archive",
                json=ArchiveUpdateRequest23(status=status).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_python3_archive,
        )

    async def list_r_shares(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ShareIndex]:
        """List scripts r shares.

        `GET /scripts/r/{id}/shares`

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
                f"/scripts/r/{encode_path(id)}/shares",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_r_shares,
        )

    async def put_r_shares_users(
        self,
        id: int,
        user_ids: builtins.list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace scripts r shares users.

        `PUT /scripts/r/{id}/shares/users`

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
                f"/scripts/r/{encode_path(id)}/shares/users",
                json=ShareUsersUpdateRequest29(
                    user_ids=user_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_r_shares_users,
        )

    async def delete_r_shares_users(
        self,
        id: int,
        user_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete scripts r shares users.

        `DELETE /scripts/r/{id}/shares/users/{user_id}`

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
                f"/scripts/r/{encode_path(id)}/shares/users/{encode_path(user_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_r_shares_users,
        )

    async def put_r_shares_groups(
        self,
        id: int,
        group_ids: builtins.list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace scripts r shares groups.

        `PUT /scripts/r/{id}/shares/groups`

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
                f"/scripts/r/{encode_path(id)}/shares/groups",
                json=ShareGroupsUpdateRequest29(
                    group_ids=group_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_r_shares_groups,
        )

    async def delete_r_shares_groups(
        self,
        id: int,
        group_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete scripts r shares groups.

        `DELETE /scripts/r/{id}/shares/groups/{group_id}`

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
                f"/scripts/r/{encode_path(id)}/shares/groups/{encode_path(group_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_r_shares_groups,
        )

    async def list_r_projects(
        self,
        id: int,
        *,
        hidden: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ProjectsProjectSummary]:
        """List scripts r projects.

        `GET /scripts/r/{id}/projects`

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
                f"/scripts/r/{encode_path(id)}/projects",
                params=query_params(
                    {
                        "hidden": hidden,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_r_projects,
        )

    async def put_r_projects(
        self,
        id: int,
        project_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Replace scripts r projects.

        `PUT /scripts/r/{id}/projects/{project_id}`

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
                f"/scripts/r/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_r_projects,
        )

    async def delete_r_projects(
        self,
        id: int,
        project_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete scripts r projects.

        `DELETE /scripts/r/{id}/projects/{project_id}`

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
                f"/scripts/r/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_r_projects,
        )

    async def put_r_archive(
        self,
        id: int,
        status: bool,
        *,
        request_options: RequestOptions | None = None,
    ) -> RScript:
        """Replace scripts r archive.

        `PUT /scripts/r/{id}/archive`

        Args:
            id: The `id` path parameter.
            status: The `status` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            RScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/scripts/r/{encode_path(id)}/archive",
                json=ArchiveUpdateRequest24(status=status).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_r_archive,
        )

    async def list_javascript_shares(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ShareIndex]:
        """List scripts javascript shares.

        `GET /scripts/javascript/{id}/shares`

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
                f"/scripts/javascript/{encode_path(id)}/shares",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_javascript_shares,
        )

    async def put_javascript_shares_users(
        self,
        id: int,
        user_ids: builtins.list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace scripts javascript shares users.

        `PUT /scripts/javascript/{id}/shares/users`

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
                f"/scripts/javascript/{encode_path(id)}/shares/users",
                json=ShareUsersUpdateRequest31(
                    user_ids=user_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_javascript_shares_users,
        )

    async def delete_javascript_shares_users(
        self,
        id: int,
        user_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete scripts javascript shares users.

        `DELETE /scripts/javascript/{id}/shares/users/{user_id}`

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
                f"/scripts/javascript/{encode_path(id)}/shares/users/{encode_path(user_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_javascript_shares_users,
        )

    async def put_javascript_shares_groups(
        self,
        id: int,
        group_ids: builtins.list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace scripts javascript shares groups.

        `PUT /scripts/javascript/{id}/shares/groups`

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
                f"/scripts/javascript/{encode_path(id)}/shares/groups",
                json=ShareGroupsUpdateRequest31(
                    group_ids=group_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_javascript_shares_groups,
        )

    async def delete_javascript_shares_groups(
        self,
        id: int,
        group_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete scripts javascript shares groups.

        `DELETE /scripts/javascript/{id}/shares/groups/{group_id}`

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
                f"/scripts/javascript/{encode_path(id)}/shares/groups/{encode_path(group_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_javascript_shares_groups,
        )

    async def list_javascript_projects(
        self,
        id: int,
        *,
        hidden: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ProjectsProjectSummary]:
        """List scripts javascript projects.

        `GET /scripts/javascript/{id}/projects`

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
                f"/scripts/javascript/{encode_path(id)}/projects",
                params=query_params(
                    {
                        "hidden": hidden,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_javascript_projects,
        )

    async def put_javascript_projects(
        self,
        id: int,
        project_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Replace scripts javascript projects.

        `PUT /scripts/javascript/{id}/projects/{project_id}`

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
                f"/scripts/javascript/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_javascript_projects,
        )

    async def delete_javascript_projects(
        self,
        id: int,
        project_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete scripts javascript projects.

        `DELETE /scripts/javascript/{id}/projects/{project_id}`

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
                f"/scripts/javascript/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_javascript_projects,
        )

    async def put_javascript_archive(
        self,
        id: int,
        status: bool,
        *,
        request_options: RequestOptions | None = None,
    ) -> JavascriptScript:
        """Replace scripts javascript archive.

        `PUT /scripts/javascript/{id}/archive`

        Args:
            id: The `id` path parameter.
            status: The `status` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JavascriptScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/scripts/javascript/{encode_path(id)}/archive",
                json=ArchiveUpdateRequest26(status=status).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_javascript_archive,
        )

    async def list_custom_shares(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ShareIndex]:
        """List scripts custom shares.

        `GET /scripts/custom/{id}/shares`

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
                f"/scripts/custom/{encode_path(id)}/shares",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_custom_shares,
        )

    async def put_custom_shares_users(
        self,
        id: int,
        user_ids: builtins.list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace scripts custom shares users.

        `PUT /scripts/custom/{id}/shares/users`

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
                f"/scripts/custom/{encode_path(id)}/shares/users",
                json=ShareUsersUpdateRequest32(
                    user_ids=user_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_custom_shares_users,
        )

    async def delete_custom_shares_users(
        self,
        id: int,
        user_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete scripts custom shares users.

        `DELETE /scripts/custom/{id}/shares/users/{user_id}`

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
                f"/scripts/custom/{encode_path(id)}/shares/users/{encode_path(user_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_custom_shares_users,
        )

    async def put_custom_shares_groups(
        self,
        id: int,
        group_ids: builtins.list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace scripts custom shares groups.

        `PUT /scripts/custom/{id}/shares/groups`

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
                f"/scripts/custom/{encode_path(id)}/shares/groups",
                json=ShareGroupsUpdateRequest32(
                    group_ids=group_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_custom_shares_groups,
        )

    async def delete_custom_shares_groups(
        self,
        id: int,
        group_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete scripts custom shares groups.

        `DELETE /scripts/custom/{id}/shares/groups/{group_id}`

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
                f"/scripts/custom/{encode_path(id)}/shares/groups/{encode_path(group_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_custom_shares_groups,
        )

    async def list_custom_projects(
        self,
        id: int,
        *,
        hidden: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ProjectsProjectSummary]:
        """List scripts custom projects.

        `GET /scripts/custom/{id}/projects`

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
                f"/scripts/custom/{encode_path(id)}/projects",
                params=query_params(
                    {
                        "hidden": hidden,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_custom_projects,
        )

    async def put_custom_projects(
        self,
        id: int,
        project_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Replace scripts custom projects.

        `PUT /scripts/custom/{id}/projects/{project_id}`

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
                f"/scripts/custom/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_custom_projects,
        )

    async def delete_custom_projects(
        self,
        id: int,
        project_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete scripts custom projects.

        `DELETE /scripts/custom/{id}/projects/{project_id}`

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
                f"/scripts/custom/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_custom_projects,
        )

    async def put_custom_archive(
        self,
        id: int,
        status: bool,
        *,
        request_options: RequestOptions | None = None,
    ) -> CustomScript:
        """Replace scripts custom archive.

        `PUT /scripts/custom/{id}/archive`

        Args:
            id: The `id` path parameter.
            status: The `status` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CustomScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/scripts/custom/{encode_path(id)}/archive",
                json=ArchiveUpdateRequest27(status=status).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_custom_archive,
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

    async def post_javascript_clone(
        self,
        id: int,
        *,
        clone_schedule: bool | Unset = UNSET,
        clone_triggers: bool | Unset = UNSET,
        clone_notifications: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> JavascriptScript:
        """Post to scripts javascript clone.

        `POST /scripts/javascript/{id}/clone`

        Args:
            id: The `id` path parameter.
            clone_schedule: The `cloneSchedule` field of the request body.
            clone_triggers: The `cloneTriggers` field of the request body.
            clone_notifications: The `cloneNotifications` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JavascriptScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/scripts/javascript/{encode_path(id)}/clone",
                json=ScriptCloneParamsCreateRequest(
                    clone_schedule=clone_schedule,
                    clone_triggers=clone_triggers,
                    clone_notifications=clone_notifications,
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        clone_schedule,
                        clone_triggers,
                        clone_notifications,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_javascript_clone,
        )

    async def post_python3_clone(
        self,
        id: int,
        *,
        clone_schedule: bool | Unset = UNSET,
        clone_triggers: bool | Unset = UNSET,
        clone_notifications: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> PythonScript:
        """Post to scripts python3 clone.

        `POST /scripts/python3/{id}/clone`

        Args:
            id: The `id` path parameter.
            clone_schedule: The `cloneSchedule` field of the request body.
            clone_triggers: The `cloneTriggers` field of the request body.
            clone_notifications: The `cloneNotifications` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            PythonScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/scripts/python3/{encode_path(id)}/clone",
                json=ScriptCloneParamsCreateRequest(
                    clone_schedule=clone_schedule,
                    clone_triggers=clone_triggers,
                    clone_notifications=clone_notifications,
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        clone_schedule,
                        clone_triggers,
                        clone_notifications,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_python3_clone,
        )

    async def post_r_clone(
        self,
        id: int,
        *,
        clone_schedule: bool | Unset = UNSET,
        clone_triggers: bool | Unset = UNSET,
        clone_notifications: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RScript:
        """Post to scripts r clone.

        `POST /scripts/r/{id}/clone`

        Args:
            id: The `id` path parameter.
            clone_schedule: The `cloneSchedule` field of the request body.
            clone_triggers: The `cloneTriggers` field of the request body.
            clone_notifications: The `cloneNotifications` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            RScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/scripts/r/{encode_path(id)}/clone",
                json=ScriptCloneParamsCreateRequest(
                    clone_schedule=clone_schedule,
                    clone_triggers=clone_triggers,
                    clone_notifications=clone_notifications,
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        clone_schedule,
                        clone_triggers,
                        clone_notifications,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_r_clone,
        )

    async def post_containers_clone(
        self,
        id: int,
        *,
        clone_schedule: bool | Unset = UNSET,
        clone_triggers: bool | Unset = UNSET,
        clone_notifications: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ContainerScript:
        """Post to scripts containers clone.

        `POST /scripts/containers/{id}/clone`

        Args:
            id: The `id` path parameter.
            clone_schedule: The `cloneSchedule` field of the request body.
            clone_triggers: The `cloneTriggers` field of the request body.
            clone_notifications: The `cloneNotifications` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ContainerScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/scripts/containers/{encode_path(id)}/clone",
                json=ScriptCloneParamsCreateRequest(
                    clone_schedule=clone_schedule,
                    clone_triggers=clone_triggers,
                    clone_notifications=clone_notifications,
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        clone_schedule,
                        clone_triggers,
                        clone_notifications,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_containers_clone,
        )

    async def post_custom_clone(
        self,
        id: int,
        *,
        clone_schedule: bool | Unset = UNSET,
        clone_triggers: bool | Unset = UNSET,
        clone_notifications: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CustomScript:
        """Post to scripts custom clone.

        `POST /scripts/custom/{id}/clone`

        Args:
            id: The `id` path parameter.
            clone_schedule: The `cloneSchedule` field of the request body.
            clone_triggers: The `cloneTriggers` field of the request body.
            clone_notifications: The `cloneNotifications` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CustomScript

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/scripts/custom/{encode_path(id)}/clone",
                json=ScriptCloneParamsCreateRequest(
                    clone_schedule=clone_schedule,
                    clone_triggers=clone_triggers,
                    clone_notifications=clone_notifications,
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        clone_schedule,
                        clone_triggers,
                        clone_notifications,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_custom_clone,
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
        self.list_types = to_async_raw_response(resource.list_types)
        self.list_history = to_async_raw_response(resource.list_history)
        self.list = to_async_raw_response(resource.list)
        self.post = to_async_raw_response(resource.post)
        self.post_run = to_async_raw_response(resource.post_run)
        self.post_cancel = to_async_raw_response(resource.post_cancel)
        self.get = to_async_raw_response(resource.get)
        self.patch = to_async_raw_response(resource.patch)
        self.post_containers = to_async_raw_response(resource.post_containers)
        self.get_containers = to_async_raw_response(resource.get_containers)
        self.put_containers = to_async_raw_response(resource.put_containers)
        self.patch_containers = to_async_raw_response(resource.patch_containers)
        self.list_containers_runs_logs = to_async_raw_response(resource.list_containers_runs_logs)
        self.post_sql = to_async_raw_response(resource.post_sql)
        self.get_sql = to_async_raw_response(resource.get_sql)
        self.put_sql = to_async_raw_response(resource.put_sql)
        self.delete_sql = to_async_raw_response(resource.delete_sql)
        self.patch_sql = to_async_raw_response(resource.patch_sql)
        self.post_python3 = to_async_raw_response(resource.post_python3)
        self.get_python3 = to_async_raw_response(resource.get_python3)
        self.put_python3 = to_async_raw_response(resource.put_python3)
        self.patch_python3 = to_async_raw_response(resource.patch_python3)
        self.post_r = to_async_raw_response(resource.post_r)
        self.get_r = to_async_raw_response(resource.get_r)
        self.put_r = to_async_raw_response(resource.put_r)
        self.patch_r = to_async_raw_response(resource.patch_r)
        self.post_javascript = to_async_raw_response(resource.post_javascript)
        self.get_javascript = to_async_raw_response(resource.get_javascript)
        self.put_javascript = to_async_raw_response(resource.put_javascript)
        self.patch_javascript = to_async_raw_response(resource.patch_javascript)
        self.list_custom = to_async_raw_response(resource.list_custom)
        self.post_custom = to_async_raw_response(resource.post_custom)
        self.get_custom = to_async_raw_response(resource.get_custom)
        self.put_custom = to_async_raw_response(resource.put_custom)
        self.patch_custom = to_async_raw_response(resource.patch_custom)
        self.list_sql_runs = to_async_raw_response(resource.list_sql_runs)
        self.post_sql_runs = to_async_raw_response(resource.post_sql_runs)
        self.get_sql_runs = to_async_raw_response(resource.get_sql_runs)
        self.delete_sql_runs = to_async_raw_response(resource.delete_sql_runs)
        self.list_sql_runs_logs = to_async_raw_response(resource.list_sql_runs_logs)
        self.list_containers_runs = to_async_raw_response(resource.list_containers_runs)
        self.post_containers_runs = to_async_raw_response(resource.post_containers_runs)
        self.get_containers_runs = to_async_raw_response(resource.get_containers_runs)
        self.delete_containers_runs = to_async_raw_response(resource.delete_containers_runs)
        self.list_python3_runs = to_async_raw_response(resource.list_python3_runs)
        self.post_python3_runs = to_async_raw_response(resource.post_python3_runs)
        self.get_python3_runs = to_async_raw_response(resource.get_python3_runs)
        self.delete_python3_runs = to_async_raw_response(resource.delete_python3_runs)
        self.list_python3_runs_logs = to_async_raw_response(resource.list_python3_runs_logs)
        self.list_r_runs = to_async_raw_response(resource.list_r_runs)
        self.post_r_runs = to_async_raw_response(resource.post_r_runs)
        self.get_r_runs = to_async_raw_response(resource.get_r_runs)
        self.delete_r_runs = to_async_raw_response(resource.delete_r_runs)
        self.list_r_runs_logs = to_async_raw_response(resource.list_r_runs_logs)
        self.list_javascript_runs = to_async_raw_response(resource.list_javascript_runs)
        self.post_javascript_runs = to_async_raw_response(resource.post_javascript_runs)
        self.get_javascript_runs = to_async_raw_response(resource.get_javascript_runs)
        self.delete_javascript_runs = to_async_raw_response(resource.delete_javascript_runs)
        self.list_javascript_runs_logs = to_async_raw_response(resource.list_javascript_runs_logs)
        self.list_custom_runs = to_async_raw_response(resource.list_custom_runs)
        self.post_custom_runs = to_async_raw_response(resource.post_custom_runs)
        self.get_custom_runs = to_async_raw_response(resource.get_custom_runs)
        self.delete_custom_runs = to_async_raw_response(resource.delete_custom_runs)
        self.list_custom_runs_logs = to_async_raw_response(resource.list_custom_runs_logs)
        self.list_sql_runs_outputs = to_async_raw_response(resource.list_sql_runs_outputs)
        self.list_containers_runs_outputs = to_async_raw_response(resource.list_containers_runs_outputs)
        self.post_containers_runs_outputs = to_async_raw_response(resource.post_containers_runs_outputs)
        self.list_python3_runs_outputs = to_async_raw_response(resource.list_python3_runs_outputs)
        self.post_python3_runs_outputs = to_async_raw_response(resource.post_python3_runs_outputs)
        self.list_r_runs_outputs = to_async_raw_response(resource.list_r_runs_outputs)
        self.post_r_runs_outputs = to_async_raw_response(resource.post_r_runs_outputs)
        self.list_javascript_runs_outputs = to_async_raw_response(resource.list_javascript_runs_outputs)
        self.post_javascript_runs_outputs = to_async_raw_response(resource.post_javascript_runs_outputs)
        self.list_custom_runs_outputs = to_async_raw_response(resource.list_custom_runs_outputs)
        self.post_custom_runs_outputs = to_async_raw_response(resource.post_custom_runs_outputs)
        self.list_sql_shares = to_async_raw_response(resource.list_sql_shares)
        self.put_sql_shares_users = to_async_raw_response(resource.put_sql_shares_users)
        self.delete_sql_shares_users = to_async_raw_response(resource.delete_sql_shares_users)
        self.put_sql_shares_groups = to_async_raw_response(resource.put_sql_shares_groups)
        self.delete_sql_shares_groups = to_async_raw_response(resource.delete_sql_shares_groups)
        self.list_sql_projects = to_async_raw_response(resource.list_sql_projects)
        self.put_sql_projects = to_async_raw_response(resource.put_sql_projects)
        self.delete_sql_projects = to_async_raw_response(resource.delete_sql_projects)
        self.put_sql_archive = to_async_raw_response(resource.put_sql_archive)
        self.list_containers_shares = to_async_raw_response(resource.list_containers_shares)
        self.put_containers_shares_users = to_async_raw_response(resource.put_containers_shares_users)
        self.delete_containers_shares_users = to_async_raw_response(resource.delete_containers_shares_users)
        self.put_containers_shares_groups = to_async_raw_response(resource.put_containers_shares_groups)
        self.delete_containers_shares_groups = to_async_raw_response(resource.delete_containers_shares_groups)
        self.list_containers_projects = to_async_raw_response(resource.list_containers_projects)
        self.put_containers_projects = to_async_raw_response(resource.put_containers_projects)
        self.delete_containers_projects = to_async_raw_response(resource.delete_containers_projects)
        self.put_containers_archive = to_async_raw_response(resource.put_containers_archive)
        self.list_python3_shares = to_async_raw_response(resource.list_python3_shares)
        self.put_python3_shares_users = to_async_raw_response(resource.put_python3_shares_users)
        self.delete_python3_shares_users = to_async_raw_response(resource.delete_python3_shares_users)
        self.put_python3_shares_groups = to_async_raw_response(resource.put_python3_shares_groups)
        self.delete_python3_shares_groups = to_async_raw_response(resource.delete_python3_shares_groups)
        self.list_python3_projects = to_async_raw_response(resource.list_python3_projects)
        self.put_python3_projects = to_async_raw_response(resource.put_python3_projects)
        self.delete_python3_projects = to_async_raw_response(resource.delete_python3_projects)
        self.put_python3_archive = to_async_raw_response(resource.put_python3_archive)
        self.list_r_shares = to_async_raw_response(resource.list_r_shares)
        self.put_r_shares_users = to_async_raw_response(resource.put_r_shares_users)
        self.delete_r_shares_users = to_async_raw_response(resource.delete_r_shares_users)
        self.put_r_shares_groups = to_async_raw_response(resource.put_r_shares_groups)
        self.delete_r_shares_groups = to_async_raw_response(resource.delete_r_shares_groups)
        self.list_r_projects = to_async_raw_response(resource.list_r_projects)
        self.put_r_projects = to_async_raw_response(resource.put_r_projects)
        self.delete_r_projects = to_async_raw_response(resource.delete_r_projects)
        self.put_r_archive = to_async_raw_response(resource.put_r_archive)
        self.list_javascript_shares = to_async_raw_response(resource.list_javascript_shares)
        self.put_javascript_shares_users = to_async_raw_response(resource.put_javascript_shares_users)
        self.delete_javascript_shares_users = to_async_raw_response(resource.delete_javascript_shares_users)
        self.put_javascript_shares_groups = to_async_raw_response(resource.put_javascript_shares_groups)
        self.delete_javascript_shares_groups = to_async_raw_response(resource.delete_javascript_shares_groups)
        self.list_javascript_projects = to_async_raw_response(resource.list_javascript_projects)
        self.put_javascript_projects = to_async_raw_response(resource.put_javascript_projects)
        self.delete_javascript_projects = to_async_raw_response(resource.delete_javascript_projects)
        self.put_javascript_archive = to_async_raw_response(resource.put_javascript_archive)
        self.list_custom_shares = to_async_raw_response(resource.list_custom_shares)
        self.put_custom_shares_users = to_async_raw_response(resource.put_custom_shares_users)
        self.delete_custom_shares_users = to_async_raw_response(resource.delete_custom_shares_users)
        self.put_custom_shares_groups = to_async_raw_response(resource.put_custom_shares_groups)
        self.delete_custom_shares_groups = to_async_raw_response(resource.delete_custom_shares_groups)
        self.list_custom_projects = to_async_raw_response(resource.list_custom_projects)
        self.put_custom_projects = to_async_raw_response(resource.put_custom_projects)
        self.delete_custom_projects = to_async_raw_response(resource.delete_custom_projects)
        self.put_custom_archive = to_async_raw_response(resource.put_custom_archive)
        self.post_sql_clone = to_async_raw_response(resource.post_sql_clone)
        self.post_javascript_clone = to_async_raw_response(resource.post_javascript_clone)
        self.post_python3_clone = to_async_raw_response(resource.post_python3_clone)
        self.post_r_clone = to_async_raw_response(resource.post_r_clone)
        self.post_containers_clone = to_async_raw_response(resource.post_containers_clone)
        self.post_custom_clone = to_async_raw_response(resource.post_custom_clone)
