from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchScriptsIdBody")


@_attrs_define(slots=False)
class PatchScriptsIdBody(ResponseMetadata):
    """
    Attributes:
        name (str | Unset):
        sql (str | Unset):
        params (list[Any] | Unset):
        arguments (str | Unset):
        template_script_id (str | Unset):
        schedule (str | Unset):
        notifications (str | Unset):
        parent_id (int | Unset):
    """

    name: str | Unset = UNSET
    sql: str | Unset = UNSET
    params: list[Any] | Unset = UNSET
    arguments: str | Unset = UNSET
    template_script_id: str | Unset = UNSET
    schedule: str | Unset = UNSET
    notifications: str | Unset = UNSET
    parent_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        sql = self.sql

        params: list[Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params

        arguments = self.arguments

        template_script_id = self.template_script_id

        schedule = self.schedule

        notifications = self.notifications

        parent_id = self.parent_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if sql is not UNSET:
            field_dict["sql"] = sql
        if params is not UNSET:
            field_dict["params"] = params
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if template_script_id is not UNSET:
            field_dict["templateScriptId"] = template_script_id
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if notifications is not UNSET:
            field_dict["notifications"] = notifications
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id

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

        _params_array = d.pop("params", UNSET)
        params: list[Any] | Unset
        if isinstance(_params_array, list):
            params = _params_array  # untyped items: kept as they are
        else:
            params = decode.mismatch("an array", _params_array, "params")

        arguments = d.pop("arguments", UNSET)
        if type(arguments) is not str and arguments is not UNSET:
            arguments = decode.expect(arguments, str, "arguments")

        template_script_id = d.pop("templateScriptId", UNSET)
        if type(template_script_id) is not str and template_script_id is not UNSET:
            template_script_id = decode.expect(template_script_id, str, "templateScriptId")

        schedule = d.pop("schedule", UNSET)
        if type(schedule) is not str and schedule is not UNSET:
            schedule = decode.expect(schedule, str, "schedule")

        notifications = d.pop("notifications", UNSET)
        if type(notifications) is not str and notifications is not UNSET:
            notifications = decode.expect(notifications, str, "notifications")

        parent_id = d.pop("parentId", UNSET)
        if type(parent_id) is not int and parent_id is not UNSET:
            parent_id = decode.expect(parent_id, int, "parentId")

        patch_scripts_id_body = cls.__new__(cls)
        patch_scripts_id_body.name = name
        patch_scripts_id_body.sql = sql
        patch_scripts_id_body.params = params
        patch_scripts_id_body.arguments = arguments
        patch_scripts_id_body.template_script_id = template_script_id
        patch_scripts_id_body.schedule = schedule
        patch_scripts_id_body.notifications = notifications
        patch_scripts_id_body.parent_id = parent_id

        patch_scripts_id_body.additional_properties = d if d else {}
        return patch_scripts_id_body

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
