from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.javascript_script_patch_request_arguments import JavascriptScriptPatchRequestArguments
    from ..models.job_notifications_create_request import JobNotificationsCreateRequest
    from ..models.job_schedule_create_request import JobScheduleCreateRequest
    from ..models.script_param_patch_request import ScriptParamPatchRequest


T = TypeVar("T", bound="JavascriptScriptPatchRequest")


@_attrs_define(slots=False)
class JavascriptScriptPatchRequest(ResponseMetadata):
    """
    Attributes:
        name (str | Unset):
        parent_id (int | Unset):
        user_context (str | Unset):
        params (list[ScriptParamPatchRequest] | Unset):
        arguments (JavascriptScriptPatchRequestArguments | Unset):
        schedule (JobScheduleCreateRequest | Unset):
        notifications (JobNotificationsCreateRequest | Unset):
        next_run_at (str | Unset):
        time_zone (str | Unset):
        target_project_id (int | Unset):
        source (str | Unset):
        remote_host_id (int | Unset):
        credential_id (int | Unset):
        running_as_id (int | Unset):
    """

    name: str | Unset = UNSET
    parent_id: int | Unset = UNSET
    user_context: str | Unset = UNSET
    params: list[ScriptParamPatchRequest] | Unset = UNSET
    arguments: JavascriptScriptPatchRequestArguments | Unset = UNSET
    schedule: JobScheduleCreateRequest | Unset = UNSET
    notifications: JobNotificationsCreateRequest | Unset = UNSET
    next_run_at: str | Unset = UNSET
    time_zone: str | Unset = UNSET
    target_project_id: int | Unset = UNSET
    source: str | Unset = UNSET
    remote_host_id: int | Unset = UNSET
    credential_id: int | Unset = UNSET
    running_as_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

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

        next_run_at = self.next_run_at

        time_zone = self.time_zone

        target_project_id = self.target_project_id

        source = self.source

        remote_host_id = self.remote_host_id

        credential_id = self.credential_id

        running_as_id = self.running_as_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
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
        if source is not UNSET:
            field_dict["source"] = source
        if remote_host_id is not UNSET:
            field_dict["remoteHostId"] = remote_host_id
        if credential_id is not UNSET:
            field_dict["credentialId"] = credential_id
        if running_as_id is not UNSET:
            field_dict["runningAsId"] = running_as_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = decode.expect(name, str, "name")

        parent_id = d.pop("parentId", UNSET)
        if type(parent_id) is not int and parent_id is not UNSET:
            parent_id = decode.expect(parent_id, int, "parentId")

        user_context = d.pop("userContext", UNSET)
        if type(user_context) is not str and user_context is not UNSET:
            user_context = decode.expect(user_context, str, "userContext")

        params = d.pop("params", UNSET)
        if params is not UNSET:
            params = decode.model_array(_models.ScriptParamPatchRequest.from_dict, params, "params")

        arguments = d.pop("arguments", UNSET)
        if arguments is not UNSET:
            arguments = decode.model(_models.JavascriptScriptPatchRequestArguments.from_dict, arguments, "arguments")

        schedule = d.pop("schedule", UNSET)
        if schedule is not UNSET:
            schedule = decode.model(_models.JobScheduleCreateRequest.from_dict, schedule, "schedule")

        notifications = d.pop("notifications", UNSET)
        if notifications is not UNSET:
            notifications = decode.model(
                _models.JobNotificationsCreateRequest.from_dict, notifications, "notifications"
            )

        next_run_at = d.pop("nextRunAt", UNSET)
        if type(next_run_at) is not str and next_run_at is not UNSET:
            next_run_at = decode.expect(next_run_at, str, "nextRunAt")

        time_zone = d.pop("timeZone", UNSET)
        if type(time_zone) is not str and time_zone is not UNSET:
            time_zone = decode.expect(time_zone, str, "timeZone")

        target_project_id = d.pop("targetProjectId", UNSET)
        if type(target_project_id) is not int and target_project_id is not UNSET:
            target_project_id = decode.expect(target_project_id, int, "targetProjectId")

        source = d.pop("source", UNSET)
        if type(source) is not str and source is not UNSET:
            source = decode.expect(source, str, "source")

        remote_host_id = d.pop("remoteHostId", UNSET)
        if type(remote_host_id) is not int and remote_host_id is not UNSET:
            remote_host_id = decode.expect(remote_host_id, int, "remoteHostId")

        credential_id = d.pop("credentialId", UNSET)
        if type(credential_id) is not int and credential_id is not UNSET:
            credential_id = decode.expect(credential_id, int, "credentialId")

        running_as_id = d.pop("runningAsId", UNSET)
        if type(running_as_id) is not int and running_as_id is not UNSET:
            running_as_id = decode.expect(running_as_id, int, "runningAsId")

        javascript_script_patch_request = cls.__new__(cls)
        javascript_script_patch_request.name = name
        javascript_script_patch_request.parent_id = parent_id
        javascript_script_patch_request.user_context = user_context
        javascript_script_patch_request.params = params
        javascript_script_patch_request.arguments = arguments
        javascript_script_patch_request.schedule = schedule
        javascript_script_patch_request.notifications = notifications
        javascript_script_patch_request.next_run_at = next_run_at
        javascript_script_patch_request.time_zone = time_zone
        javascript_script_patch_request.target_project_id = target_project_id
        javascript_script_patch_request.source = source
        javascript_script_patch_request.remote_host_id = remote_host_id
        javascript_script_patch_request.credential_id = credential_id
        javascript_script_patch_request.running_as_id = running_as_id

        javascript_script_patch_request.additional_properties = d if d else {}
        return javascript_script_patch_request

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
