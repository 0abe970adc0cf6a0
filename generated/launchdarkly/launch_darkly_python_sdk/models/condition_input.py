from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
            integration_config = self.integration_config.to_dict()

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
        schedule_kind = d.pop("scheduleKind", UNSET)

        execution_date = d.pop("executionDate", UNSET)

        wait_duration = d.pop("waitDuration", UNSET)

        wait_duration_unit = d.pop("waitDurationUnit", UNSET)

        execute_now = d.pop("executeNow", UNSET)

        description = d.pop("description", UNSET)

        notify_member_ids = cast(list[str], d.pop("notifyMemberIds", UNSET))

        notify_team_keys = cast(list[str], d.pop("notifyTeamKeys", UNSET))

        _integration_config = d.pop("integrationConfig", UNSET)
        integration_config: FormVariableConfig | Unset
        if isinstance(_integration_config, Unset):
            integration_config = UNSET
        else:
            integration_config = FormVariableConfig.from_dict(_integration_config)

        kind = d.pop("kind", UNSET)

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
