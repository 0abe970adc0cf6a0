from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.form_variable_config import FormVariableConfig


T = TypeVar("T", bound="ConditionInput")


@_attrs_define
class ConditionInput:
    """
    Attributes:
        schedule_kind (str | Unset):
        execution_date (int | Unset): Milliseconds since the Unix epoch. Example: 1700000000000.
        wait_duration (int | Unset):
        wait_duration_unit (str | Unset):
        execute_now (bool | Unset):
        description (str | Unset):
        notify_member_ids (list[str] | Unset):
        notify_team_keys (list[str] | Unset):
        integration_config (FormVariableConfig | Unset):
        kind (str | Unset):
    """

    schedule_kind: str | Unset = UNSET
    execution_date: int | Unset = UNSET
    wait_duration: int | Unset = UNSET
    wait_duration_unit: str | Unset = UNSET
    execute_now: bool | Unset = UNSET
    description: str | Unset = UNSET
    notify_member_ids: list[str] | Unset = UNSET
    notify_team_keys: list[str] | Unset = UNSET
    integration_config: FormVariableConfig | Unset = UNSET
    kind: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        schedule_kind = self.schedule_kind

        execution_date = self.execution_date

        wait_duration = self.wait_duration

        wait_duration_unit = self.wait_duration_unit

        execute_now = self.execute_now

        description = self.description

        notify_member_ids: list[str] | Unset = UNSET
        if not isinstance(self.notify_member_ids, Unset):
            notify_member_ids = self.notify_member_ids

        notify_team_keys: list[str] | Unset = UNSET
        if not isinstance(self.notify_team_keys, Unset):
            notify_team_keys = self.notify_team_keys

        integration_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.integration_config, Unset):
            integration_config = jsonable(self.integration_config)

        kind = self.kind

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if schedule_kind is not UNSET:
            field_dict["scheduleKind"] = schedule_kind
        if execution_date is not UNSET:
            field_dict["executionDate"] = execution_date
        if wait_duration is not UNSET:
            field_dict["waitDuration"] = wait_duration
        if wait_duration_unit is not UNSET:
            field_dict["waitDurationUnit"] = wait_duration_unit
        if execute_now is not UNSET:
            field_dict["executeNow"] = execute_now
        if description is not UNSET:
            field_dict["description"] = description
        if notify_member_ids is not UNSET:
            field_dict["notifyMemberIds"] = notify_member_ids
        if notify_team_keys is not UNSET:
            field_dict["notifyTeamKeys"] = notify_team_keys
        if integration_config is not UNSET:
            field_dict["integrationConfig"] = integration_config
        if kind is not UNSET:
            field_dict["kind"] = kind

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        schedule_kind = d.pop("scheduleKind", UNSET)
        if type(schedule_kind) is not str and schedule_kind is not UNSET:
            schedule_kind = decode.expect(schedule_kind, str, "scheduleKind")

        execution_date = d.pop("executionDate", UNSET)
        if type(execution_date) is not int and execution_date is not UNSET:
            execution_date = decode.expect(execution_date, int, "executionDate")

        wait_duration = d.pop("waitDuration", UNSET)
        if type(wait_duration) is not int and wait_duration is not UNSET:
            wait_duration = decode.expect(wait_duration, int, "waitDuration")

        wait_duration_unit = d.pop("waitDurationUnit", UNSET)
        if type(wait_duration_unit) is not str and wait_duration_unit is not UNSET:
            wait_duration_unit = decode.expect(wait_duration_unit, str, "waitDurationUnit")

        execute_now = d.pop("executeNow", UNSET)
        if type(execute_now) is not bool and execute_now is not UNSET:
            execute_now = decode.expect(execute_now, bool, "executeNow")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = decode.expect(description, str, "description")

        notify_member_ids = d.pop("notifyMemberIds", UNSET)
        if notify_member_ids is not UNSET:
            notify_member_ids = decode.scalar_array(notify_member_ids, str, "notifyMemberIds")

        notify_team_keys = d.pop("notifyTeamKeys", UNSET)
        if notify_team_keys is not UNSET:
            notify_team_keys = decode.scalar_array(notify_team_keys, str, "notifyTeamKeys")

        integration_config = d.pop("integrationConfig", UNSET)
        if integration_config is not UNSET:
            integration_config = decode.model(
                _models.FormVariableConfig.from_dict, integration_config, "integrationConfig"
            )

        kind = d.pop("kind", UNSET)
        if type(kind) is not str and kind is not UNSET:
            kind = decode.expect(kind, str, "kind")

        condition_input = cls.__new__(cls)
        condition_input.schedule_kind = schedule_kind
        condition_input.execution_date = execution_date
        condition_input.wait_duration = wait_duration
        condition_input.wait_duration_unit = wait_duration_unit
        condition_input.execute_now = execute_now
        condition_input.description = description
        condition_input.notify_member_ids = notify_member_ids
        condition_input.notify_team_keys = notify_team_keys
        condition_input.integration_config = integration_config
        condition_input.kind = kind

        condition_input.additional_properties = d if d else {}
        return condition_input

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
