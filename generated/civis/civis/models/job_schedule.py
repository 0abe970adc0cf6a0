from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

T = TypeVar("T", bound="JobSchedule")


@_attrs_define(slots=False)
class JobSchedule(ResponseMetadata):
    """When a job runs by itself.

    Attributes:
        scheduled (bool):
        scheduled_days (list[int]):
        scheduled_hours (list[int]):
        scheduled_minutes (list[int]):
        scheduled_runs_per_hour (int):
        scheduled_days_of_month (list[int]):
    """

    scheduled: bool
    scheduled_days: list[int]
    scheduled_hours: list[int]
    scheduled_minutes: list[int]
    scheduled_runs_per_hour: int
    scheduled_days_of_month: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        scheduled = self.scheduled

        scheduled_days = self.scheduled_days

        scheduled_hours = self.scheduled_hours

        scheduled_minutes = self.scheduled_minutes

        scheduled_runs_per_hour = self.scheduled_runs_per_hour

        scheduled_days_of_month = self.scheduled_days_of_month

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scheduled": scheduled,
                "scheduledDays": scheduled_days,
                "scheduledHours": scheduled_hours,
                "scheduledMinutes": scheduled_minutes,
                "scheduledRunsPerHour": scheduled_runs_per_hour,
                "scheduledDaysOfMonth": scheduled_days_of_month,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        scheduled = d.pop("scheduled", decode.MISSING)
        if type(scheduled) is not bool:
            scheduled = decode.expect(scheduled, bool, "scheduled")

        scheduled_days = decode.scalar_array(d.pop("scheduledDays", decode.MISSING), int, "scheduledDays")

        scheduled_hours = decode.scalar_array(d.pop("scheduledHours", decode.MISSING), int, "scheduledHours")

        scheduled_minutes = decode.scalar_array(d.pop("scheduledMinutes", decode.MISSING), int, "scheduledMinutes")

        scheduled_runs_per_hour = d.pop("scheduledRunsPerHour", decode.MISSING)
        if type(scheduled_runs_per_hour) is not int:
            scheduled_runs_per_hour = decode.expect(scheduled_runs_per_hour, int, "scheduledRunsPerHour")

        scheduled_days_of_month = decode.scalar_array(
            d.pop("scheduledDaysOfMonth", decode.MISSING), int, "scheduledDaysOfMonth"
        )

        job_schedule = cls.__new__(cls)
        job_schedule.scheduled = scheduled
        job_schedule.scheduled_days = scheduled_days
        job_schedule.scheduled_hours = scheduled_hours
        job_schedule.scheduled_minutes = scheduled_minutes
        job_schedule.scheduled_runs_per_hour = scheduled_runs_per_hour
        job_schedule.scheduled_days_of_month = scheduled_days_of_month

        job_schedule.additional_properties = d if d else {}
        return job_schedule

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
