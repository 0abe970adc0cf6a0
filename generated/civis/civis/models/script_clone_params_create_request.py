from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScriptCloneParamsCreateRequest")


@_attrs_define(slots=False)
class ScriptCloneParamsCreateRequest(ResponseMetadata):
    """
    Attributes:
        clone_schedule (bool | Unset):
        clone_triggers (bool | Unset):
        clone_notifications (bool | Unset):
    """

    clone_schedule: bool | Unset = UNSET
    clone_triggers: bool | Unset = UNSET
    clone_notifications: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        clone_schedule = self.clone_schedule

        clone_triggers = self.clone_triggers

        clone_notifications = self.clone_notifications

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if clone_schedule is not UNSET:
            field_dict["cloneSchedule"] = clone_schedule
        if clone_triggers is not UNSET:
            field_dict["cloneTriggers"] = clone_triggers
        if clone_notifications is not UNSET:
            field_dict["cloneNotifications"] = clone_notifications

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        clone_schedule = d.pop("cloneSchedule", UNSET)
        if type(clone_schedule) is not bool and clone_schedule is not UNSET:
            clone_schedule = decode.expect(clone_schedule, bool, "cloneSchedule")

        clone_triggers = d.pop("cloneTriggers", UNSET)
        if type(clone_triggers) is not bool and clone_triggers is not UNSET:
            clone_triggers = decode.expect(clone_triggers, bool, "cloneTriggers")

        clone_notifications = d.pop("cloneNotifications", UNSET)
        if type(clone_notifications) is not bool and clone_notifications is not UNSET:
            clone_notifications = decode.expect(clone_notifications, bool, "cloneNotifications")

        script_clone_params_create_request = cls.__new__(cls)
        script_clone_params_create_request.clone_schedule = clone_schedule
        script_clone_params_create_request.clone_triggers = clone_triggers
        script_clone_params_create_request.clone_notifications = clone_notifications

        script_clone_params_create_request.additional_properties = d if d else {}
        return script_clone_params_create_request

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
