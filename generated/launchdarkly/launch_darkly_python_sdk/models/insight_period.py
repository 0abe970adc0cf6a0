from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr

T = TypeVar("T", bound="InsightPeriod")


@_attrs_define
class InsightPeriod:
    """
    Attributes:
        start_time (int): Milliseconds since the Unix epoch. Example: 1700000000000.
        end_time (int): Milliseconds since the Unix epoch. Example: 1700000000000.
    """

    start_time: int
    end_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        start_time = self.start_time

        end_time = self.end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "startTime": start_time,
                "endTime": end_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start_time = d.pop("startTime", decode.MISSING)
        if type(start_time) is not int:
            start_time = decode.expect(start_time, int, "startTime")

        end_time = d.pop("endTime", decode.MISSING)
        if type(end_time) is not int:
            end_time = decode.expect(end_time, int, "endTime")

        insight_period = cls.__new__(cls)
        insight_period.start_time = start_time
        insight_period.end_time = end_time

        insight_period.additional_properties = d if d else {}
        return insight_period

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
