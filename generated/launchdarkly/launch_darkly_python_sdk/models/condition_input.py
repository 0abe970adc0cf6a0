from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        from ..models.form_variable_config import FormVariableConfig  # noqa: PLC0415

        d = dict(src_dict)
        schedule_kind = decode.expect(d.pop("scheduleKind", UNSET), str, "scheduleKind")

        execution_date = decode.expect(d.pop("executionDate", UNSET), int, "executionDate")

        wait_duration = decode.expect(d.pop("waitDuration", UNSET), int, "waitDuration")

        wait_duration_unit = decode.expect(d.pop("waitDurationUnit", UNSET), str, "waitDurationUnit")

        execute_now = decode.expect(d.pop("executeNow", UNSET), bool, "executeNow")

        description = decode.expect(d.pop("description", UNSET), str, "description")

        _notify_member_ids = d.pop("notifyMemberIds", UNSET)
        notify_member_ids: list[str] | Unset
        if isinstance(_notify_member_ids, list):
            notify_member_ids = []
            for notify_member_ids_index, notify_member_ids_item_data in enumerate(_notify_member_ids):
                with decode.at("notifyMemberIds", notify_member_ids_index):
                    notify_member_ids_item = decode.expect(notify_member_ids_item_data, str)

                notify_member_ids.append(notify_member_ids_item)
        else:
            notify_member_ids = decode.mismatch("an array", _notify_member_ids, "notifyMemberIds")

        _notify_team_keys = d.pop("notifyTeamKeys", UNSET)
        notify_team_keys: list[str] | Unset
        if isinstance(_notify_team_keys, list):
            notify_team_keys = []
            for notify_team_keys_index, notify_team_keys_item_data in enumerate(_notify_team_keys):
                with decode.at("notifyTeamKeys", notify_team_keys_index):
                    notify_team_keys_item = decode.expect(notify_team_keys_item_data, str)

                notify_team_keys.append(notify_team_keys_item)
        else:
            notify_team_keys = decode.mismatch("an array", _notify_team_keys, "notifyTeamKeys")

        integration_config = decode.model(
            FormVariableConfig.from_dict, d.pop("integrationConfig", UNSET), "integrationConfig"
        )

        kind = decode.expect(d.pop("kind", UNSET), str, "kind")

        condition_input = cls(
            schedule_kind=schedule_kind,
            execution_date=execution_date,
            wait_duration=wait_duration,
            wait_duration_unit=wait_duration_unit,
            execute_now=execute_now,
            description=description,
            notify_member_ids=notify_member_ids,
            notify_team_keys=notify_team_keys,
            integration_config=integration_config,
            kind=kind,
        )

        condition_input.additional_properties = d
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
