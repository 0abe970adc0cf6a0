from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable, rfc3339
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_notifications import JobNotifications
    from ..models.job_schedule_input import JobScheduleInput
    from ..models.patch_scripts_sql_id_body_arguments import PatchScriptsSqlIdBodyArguments
    from ..models.patch_scripts_sql_id_body_csv_settings import PatchScriptsSqlIdBodyCsvSettings
    from ..models.script_param import ScriptParam


T = TypeVar("T", bound="PatchScriptsSqlIdBody")


@_attrs_define(slots=False)
class PatchScriptsSqlIdBody(ResponseMetadata):
    """
    Attributes:
        name (str | Unset):  Example: nightly revenue export.
        sql (str | Unset):  Example: SELECT region, SUM(amount) FROM sales.orders GROUP BY region.
        remote_host_id (int | Unset): Database (remote host) to run against.
        credential_id (int | Unset): Database credential to run as.
        parent_id (int | Unset):
        user_context (str | Unset):
        params (list[ScriptParam] | Unset):
        arguments (PatchScriptsSqlIdBodyArguments | Unset):
        schedule (JobScheduleInput | Unset): Schedule settings to store on a job; every field is optional.
        notifications (JobNotifications | Unset): Who is told when a job finishes.
        next_run_at (datetime.datetime | Unset):
        time_zone (str | Unset):
        target_project_id (int | Unset):
        csv_settings (PatchScriptsSqlIdBodyCsvSettings | Unset): How query output is written to CSV.
        running_as_id (int | Unset):
    """

    name: str | Unset = UNSET
    sql: str | Unset = UNSET
    remote_host_id: int | Unset = UNSET
    credential_id: int | Unset = UNSET
    parent_id: int | Unset = UNSET
    user_context: str | Unset = UNSET
    params: list[ScriptParam] | Unset = UNSET
    arguments: PatchScriptsSqlIdBodyArguments | Unset = UNSET
    schedule: JobScheduleInput | Unset = UNSET
    notifications: JobNotifications | Unset = UNSET
    next_run_at: datetime.datetime | Unset = UNSET
    time_zone: str | Unset = UNSET
    target_project_id: int | Unset = UNSET
    csv_settings: PatchScriptsSqlIdBodyCsvSettings | Unset = UNSET
    running_as_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        sql = self.sql

        remote_host_id = self.remote_host_id

        credential_id = self.credential_id

        parent_id = self.parent_id

        user_context = self.user_context

        params: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = []
            for params_item_data in self.params:
                params_item = jsonable(params_item_data)
                params.append(params_item)

        arguments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.arguments, Unset):
            arguments = jsonable(self.arguments)

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = jsonable(self.schedule)

        notifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notifications, Unset):
            notifications = jsonable(self.notifications)

        next_run_at: str | Unset = UNSET
        if not isinstance(self.next_run_at, Unset):
            next_run_at = rfc3339(self.next_run_at)

        time_zone = self.time_zone

        target_project_id = self.target_project_id

        csv_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.csv_settings, Unset):
            csv_settings = jsonable(self.csv_settings)

        running_as_id = self.running_as_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if sql is not UNSET:
            field_dict["sql"] = sql
        if remote_host_id is not UNSET:
            field_dict["remoteHostId"] = remote_host_id
        if credential_id is not UNSET:
            field_dict["credentialId"] = credential_id
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if user_context is not UNSET:
            field_dict["userContext"] = user_context
        if params is not UNSET:
            field_dict["params"] = params
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if notifications is not UNSET:
            field_dict["notifications"] = notifications
        if next_run_at is not UNSET:
            field_dict["nextRunAt"] = next_run_at
        if time_zone is not UNSET:
            field_dict["timeZone"] = time_zone
        if target_project_id is not UNSET:
            field_dict["targetProjectId"] = target_project_id
        if csv_settings is not UNSET:
            field_dict["csvSettings"] = csv_settings
        if running_as_id is not UNSET:
            field_dict["runningAsId"] = running_as_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = decode.expect(name, str, "name")

        sql = d.pop("sql", UNSET)
        if type(sql) is not str and sql is not UNSET:
            sql = decode.expect(sql, str, "sql")

        remote_host_id = d.pop("remoteHostId", UNSET)
        if type(remote_host_id) is not int and remote_host_id is not UNSET:
            remote_host_id = decode.expect(remote_host_id, int, "remoteHostId")

        credential_id = d.pop("credentialId", UNSET)
        if type(credential_id) is not int and credential_id is not UNSET:
            credential_id = decode.expect(credential_id, int, "credentialId")

        parent_id = d.pop("parentId", UNSET)
        if type(parent_id) is not int and parent_id is not UNSET:
            parent_id = decode.expect(parent_id, int, "parentId")

        user_context = d.pop("userContext", UNSET)
        if type(user_context) is not str and user_context is not UNSET:
            user_context = decode.expect(user_context, str, "userContext")

        params = d.pop("params", UNSET)
        if params is not UNSET:
            params = decode.model_array(_models.ScriptParam.from_dict, params, "params")

        arguments = d.pop("arguments", UNSET)
        if arguments is not UNSET:
            arguments = decode.model(_models.PatchScriptsSqlIdBodyArguments.from_dict, arguments, "arguments")

        schedule = d.pop("schedule", UNSET)
        if schedule is not UNSET:
            schedule = decode.model(_models.JobScheduleInput.from_dict, schedule, "schedule")

        notifications = d.pop("notifications", UNSET)
        if notifications is not UNSET:
            notifications = decode.model(_models.JobNotifications.from_dict, notifications, "notifications")

        next_run_at = decode.date_time(d.pop("nextRunAt", UNSET), "nextRunAt")

        time_zone = d.pop("timeZone", UNSET)
        if type(time_zone) is not str and time_zone is not UNSET:
            time_zone = decode.expect(time_zone, str, "timeZone")

        target_project_id = d.pop("targetProjectId", UNSET)
        if type(target_project_id) is not int and target_project_id is not UNSET:
            target_project_id = decode.expect(target_project_id, int, "targetProjectId")

        csv_settings = d.pop("csvSettings", UNSET)
        if csv_settings is not UNSET:
            csv_settings = decode.model(_models.PatchScriptsSqlIdBodyCsvSettings.from_dict, csv_settings, "csvSettings")

        running_as_id = d.pop("runningAsId", UNSET)
        if type(running_as_id) is not int and running_as_id is not UNSET:
            running_as_id = decode.expect(running_as_id, int, "runningAsId")

        patch_scripts_sql_id_body = cls.__new__(cls)
        patch_scripts_sql_id_body.name = name
        patch_scripts_sql_id_body.sql = sql
        patch_scripts_sql_id_body.remote_host_id = remote_host_id
        patch_scripts_sql_id_body.credential_id = credential_id
        patch_scripts_sql_id_body.parent_id = parent_id
        patch_scripts_sql_id_body.user_context = user_context
        patch_scripts_sql_id_body.params = params
        patch_scripts_sql_id_body.arguments = arguments
        patch_scripts_sql_id_body.schedule = schedule
        patch_scripts_sql_id_body.notifications = notifications
        patch_scripts_sql_id_body.next_run_at = next_run_at
        patch_scripts_sql_id_body.time_zone = time_zone
        patch_scripts_sql_id_body.target_project_id = target_project_id
        patch_scripts_sql_id_body.csv_settings = csv_settings
        patch_scripts_sql_id_body.running_as_id = running_as_id

        patch_scripts_sql_id_body.additional_properties = d if d else {}
        return patch_scripts_sql_id_body

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return field_item(self, key, self.additional_properties)

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return has_field_item(self, key, self.additional_properties)
