from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import rfc3339
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventsCreateBody")


@_attrs_define
class EventsCreateBody:
    """
    Attributes:
        at (datetime.datetime):
        day (datetime.date | Unset):
        history (list[datetime.datetime] | Unset):
    """

    at: datetime.datetime
    day: datetime.date | Unset = UNSET
    history: list[datetime.datetime] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        at = rfc3339(self.at)

        day: str | Unset = UNSET
        if not isinstance(self.day, Unset):
            day = self.day.isoformat()

        history: list[str] | Unset = UNSET
        if not isinstance(self.history, Unset):
            history = []
            for history_item_data in self.history:
                history_item = rfc3339(history_item_data)
                history.append(history_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "at": at,
            }
        )
        if day is not UNSET:
            field_dict["day"] = day
        if history is not UNSET:
            field_dict["history"] = history

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        at = decode.date_time(d.pop("at", decode.MISSING), "at")

        day = decode.date(d.pop("day", UNSET), "day")

        _history_array = d.pop("history", UNSET)
        history: list[datetime.datetime] | Unset
        if isinstance(_history_array, list):
            history = []
            with decode.in_array("history", history):
                for history_item_data in _history_array:
                    history_item = decode.date_time(history_item_data)

                    history.append(history_item)
        else:
            history = decode.mismatch("an array", _history_array, "history")

        events_create_body = cls.__new__(cls)
        events_create_body.at = at
        events_create_body.day = day
        events_create_body.history = history

        events_create_body.additional_properties = d if d else {}
        return events_create_body

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
