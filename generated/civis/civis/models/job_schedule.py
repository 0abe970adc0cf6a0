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
        scheduled = decode.expect(d.pop("scheduled", decode.MISSING), bool, "scheduled")

        _scheduled_days = d.pop("scheduledDays", decode.MISSING)
        scheduled_days: list[int]
        if isinstance(_scheduled_days, list):
            scheduled_days = []
            for scheduled_days_index, scheduled_days_item_data in enumerate(_scheduled_days):
                with decode.at("scheduledDays", scheduled_days_index):
                    scheduled_days_item = decode.expect(scheduled_days_item_data, int)

                scheduled_days.append(scheduled_days_item)
        else:
            scheduled_days = decode.mismatch("an array", _scheduled_days, "scheduledDays")

        _scheduled_hours = d.pop("scheduledHours", decode.MISSING)
        scheduled_hours: list[int]
        if isinstance(_scheduled_hours, list):
            scheduled_hours = []
            for scheduled_hours_index, scheduled_hours_item_data in enumerate(_scheduled_hours):
                with decode.at("scheduledHours", scheduled_hours_index):
                    scheduled_hours_item = decode.expect(scheduled_hours_item_data, int)

                scheduled_hours.append(scheduled_hours_item)
        else:
            scheduled_hours = decode.mismatch("an array", _scheduled_hours, "scheduledHours")

        _scheduled_minutes = d.pop("scheduledMinutes", decode.MISSING)
        scheduled_minutes: list[int]
        if isinstance(_scheduled_minutes, list):
            scheduled_minutes = []
            for scheduled_minutes_index, scheduled_minutes_item_data in enumerate(_scheduled_minutes):
                with decode.at("scheduledMinutes", scheduled_minutes_index):
                    scheduled_minutes_item = decode.expect(scheduled_minutes_item_data, int)

                scheduled_minutes.append(scheduled_minutes_item)
        else:
            scheduled_minutes = decode.mismatch("an array", _scheduled_minutes, "scheduledMinutes")

        scheduled_runs_per_hour = decode.expect(
            d.pop("scheduledRunsPerHour", decode.MISSING), int, "scheduledRunsPerHour"
        )

        _scheduled_days_of_month = d.pop("scheduledDaysOfMonth", decode.MISSING)
        scheduled_days_of_month: list[int]
        if isinstance(_scheduled_days_of_month, list):
            scheduled_days_of_month = []
            for scheduled_days_of_month_index, scheduled_days_of_month_item_data in enumerate(_scheduled_days_of_month):
                with decode.at("scheduledDaysOfMonth", scheduled_days_of_month_index):
                    scheduled_days_of_month_item = decode.expect(scheduled_days_of_month_item_data, int)

                scheduled_days_of_month.append(scheduled_days_of_month_item)
        else:
            scheduled_days_of_month = decode.mismatch("an array", _scheduled_days_of_month, "scheduledDaysOfMonth")

        job_schedule = cls(
            scheduled=scheduled,
            scheduled_days=scheduled_days,
            scheduled_hours=scheduled_hours,
            scheduled_minutes=scheduled_minutes,
            scheduled_runs_per_hour=scheduled_runs_per_hour,
            scheduled_days_of_month=scheduled_days_of_month,
        )

        job_schedule.additional_properties = d
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
