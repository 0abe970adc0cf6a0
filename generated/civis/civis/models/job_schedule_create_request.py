from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobScheduleCreateRequest")


@_attrs_define(slots=False)
class JobScheduleCreateRequest(ResponseMetadata):
    """
    Attributes:
        scheduled (bool | Unset):
        scheduled_days (list[int] | Unset):
        scheduled_hours (list[int] | Unset):
        scheduled_minutes (list[int] | Unset):
        scheduled_runs_per_hour (int | Unset):
        scheduled_days_of_month (list[int] | Unset):
    """

    scheduled: bool | Unset = UNSET
    scheduled_days: list[int] | Unset = UNSET
    scheduled_hours: list[int] | Unset = UNSET
    scheduled_minutes: list[int] | Unset = UNSET
    scheduled_runs_per_hour: int | Unset = UNSET
    scheduled_days_of_month: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        scheduled = self.scheduled

        scheduled_days: list[int] | Unset = UNSET
        if not isinstance(self.scheduled_days, Unset):
            scheduled_days = self.scheduled_days

        scheduled_hours: list[int] | Unset = UNSET
        if not isinstance(self.scheduled_hours, Unset):
            scheduled_hours = self.scheduled_hours

        scheduled_minutes: list[int] | Unset = UNSET
        if not isinstance(self.scheduled_minutes, Unset):
            scheduled_minutes = self.scheduled_minutes

        scheduled_runs_per_hour = self.scheduled_runs_per_hour

        scheduled_days_of_month: list[int] | Unset = UNSET
        if not isinstance(self.scheduled_days_of_month, Unset):
            scheduled_days_of_month = self.scheduled_days_of_month

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if scheduled is not UNSET:
            field_dict["scheduled"] = scheduled
        if scheduled_days is not UNSET:
            field_dict["scheduledDays"] = scheduled_days
        if scheduled_hours is not UNSET:
            field_dict["scheduledHours"] = scheduled_hours
        if scheduled_minutes is not UNSET:
            field_dict["scheduledMinutes"] = scheduled_minutes
        if scheduled_runs_per_hour is not UNSET:
            field_dict["scheduledRunsPerHour"] = scheduled_runs_per_hour
        if scheduled_days_of_month is not UNSET:
            field_dict["scheduledDaysOfMonth"] = scheduled_days_of_month

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        scheduled = d.pop("scheduled", UNSET)
        if type(scheduled) is not bool and scheduled is not UNSET:
            scheduled = decode.expect(scheduled, bool, "scheduled")

        scheduled_days = d.pop("scheduledDays", UNSET)
        if scheduled_days is not UNSET:
            scheduled_days = decode.scalar_array(scheduled_days, int, "scheduledDays")

        scheduled_hours = d.pop("scheduledHours", UNSET)
        if scheduled_hours is not UNSET:
            scheduled_hours = decode.scalar_array(scheduled_hours, int, "scheduledHours")

        scheduled_minutes = d.pop("scheduledMinutes", UNSET)
        if scheduled_minutes is not UNSET:
            scheduled_minutes = decode.scalar_array(scheduled_minutes, int, "scheduledMinutes")

        scheduled_runs_per_hour = d.pop("scheduledRunsPerHour", UNSET)
        if type(scheduled_runs_per_hour) is not int and scheduled_runs_per_hour is not UNSET:
            scheduled_runs_per_hour = decode.expect(scheduled_runs_per_hour, int, "scheduledRunsPerHour")

        scheduled_days_of_month = d.pop("scheduledDaysOfMonth", UNSET)
        if scheduled_days_of_month is not UNSET:
            scheduled_days_of_month = decode.scalar_array(scheduled_days_of_month, int, "scheduledDaysOfMonth")

        job_schedule_create_request = cls.__new__(cls)
        job_schedule_create_request.scheduled = scheduled
        job_schedule_create_request.scheduled_days = scheduled_days
        job_schedule_create_request.scheduled_hours = scheduled_hours
        job_schedule_create_request.scheduled_minutes = scheduled_minutes
        job_schedule_create_request.scheduled_runs_per_hour = scheduled_runs_per_hour
        job_schedule_create_request.scheduled_days_of_month = scheduled_days_of_month

        job_schedule_create_request.additional_properties = d if d else {}
        return job_schedule_create_request

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
