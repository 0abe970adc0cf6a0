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
    from ..models.job_notifications_create_request import JobNotificationsCreateRequest
    from ..models.script_create_create_request_arguments import ScriptCreateCreateRequestArguments
    from ..models.script_param_create_request import ScriptParamCreateRequest


T = TypeVar("T", bound="ScriptCreateCreateRequest")


@_attrs_define(slots=False)
class ScriptCreateCreateRequest(ResponseMetadata):
    """
    Attributes:
        name (str):
        remote_host_id (int):
        credential_id (int):
        sql (str):
        params (list[ScriptParamCreateRequest] | Unset):
        arguments (ScriptCreateCreateRequestArguments | Unset):
        template_script_id (int | Unset):
        notifications (JobNotificationsCreateRequest | Unset):
        hidden (bool | Unset):
    """

    name: str
    remote_host_id: int
    credential_id: int
    sql: str
    params: list[ScriptParamCreateRequest] | Unset = UNSET
    arguments: ScriptCreateCreateRequestArguments | Unset = UNSET
    template_script_id: int | Unset = UNSET
    notifications: JobNotificationsCreateRequest | Unset = UNSET
    hidden: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        remote_host_id = self.remote_host_id

        credential_id = self.credential_id

        sql = self.sql

        params: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = []
            for params_item_data in self.params:
                params_item = jsonable(params_item_data)
                params.append(params_item)

        arguments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.arguments, Unset):
            arguments = jsonable(self.arguments)

        template_script_id = self.template_script_id

        notifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notifications, Unset):
            notifications = jsonable(self.notifications)

        hidden = self.hidden

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "remoteHostId": remote_host_id,
                "credentialId": credential_id,
                "sql": sql,
            }
        )
        if params is not UNSET:
            field_dict["params"] = params
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if template_script_id is not UNSET:
            field_dict["templateScriptId"] = template_script_id
        if notifications is not UNSET:
            field_dict["notifications"] = notifications
        if hidden is not UNSET:
            field_dict["hidden"] = hidden

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        remote_host_id = d.pop("remoteHostId", decode.MISSING)
        if type(remote_host_id) is not int:
            remote_host_id = decode.expect(remote_host_id, int, "remoteHostId")

        credential_id = d.pop("credentialId", decode.MISSING)
        if type(credential_id) is not int:
            credential_id = decode.expect(credential_id, int, "credentialId")

        sql = d.pop("sql", decode.MISSING)
        if type(sql) is not str:
            sql = decode.expect(sql, str, "sql")

        params = d.pop("params", UNSET)
        if params is not UNSET:
            params = decode.model_array(_models.ScriptParamCreateRequest.from_dict, params, "params")

        arguments = d.pop("arguments", UNSET)
        if arguments is not UNSET:
            arguments = decode.model(_models.ScriptCreateCreateRequestArguments.from_dict, arguments, "arguments")

        template_script_id = d.pop("templateScriptId", UNSET)
        if type(template_script_id) is not int and template_script_id is not UNSET:
            template_script_id = decode.expect(template_script_id, int, "templateScriptId")

        notifications = d.pop("notifications", UNSET)
        if notifications is not UNSET:
            notifications = decode.model(
                _models.JobNotificationsCreateRequest.from_dict, notifications, "notifications"
            )

        hidden = d.pop("hidden", UNSET)
        if type(hidden) is not bool and hidden is not UNSET:
            hidden = decode.expect(hidden, bool, "hidden")

        script_create_create_request = cls.__new__(cls)
        script_create_create_request.name = name
        script_create_create_request.remote_host_id = remote_host_id
        script_create_create_request.credential_id = credential_id
        script_create_create_request.sql = sql
        script_create_create_request.params = params
        script_create_create_request.arguments = arguments
        script_create_create_request.template_script_id = template_script_id
        script_create_create_request.notifications = notifications
        script_create_create_request.hidden = hidden

        script_create_create_request.additional_properties = d if d else {}
        return script_create_create_request

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
