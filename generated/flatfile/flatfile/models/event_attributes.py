from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable, rfc3339
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.progress import Progress


T = TypeVar("T", bound="EventAttributes")


@_attrs_define
class EventAttributes:
    """Extra facts about an event.

    Attributes:
        target_updated_at (datetime.datetime | Unset):
        progress (Progress | Unset): Progress counters.
    """

    target_updated_at: datetime.datetime | Unset = UNSET
    progress: Progress | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        target_updated_at: str | Unset = UNSET
        if not isinstance(self.target_updated_at, Unset):
            target_updated_at = rfc3339(self.target_updated_at)

        progress: dict[str, Any] | Unset = UNSET
        if not isinstance(self.progress, Unset):
            progress = jsonable(self.progress)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if target_updated_at is not UNSET:
            field_dict["targetUpdatedAt"] = target_updated_at
        if progress is not UNSET:
            field_dict["progress"] = progress

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        target_updated_at = decode.date_time(d.pop("targetUpdatedAt", UNSET), "targetUpdatedAt")

        progress = d.pop("progress", UNSET)
        if progress is not UNSET:
            progress = decode.model(_models.Progress.from_dict, progress, "progress")

        event_attributes = cls.__new__(cls)
        event_attributes.target_updated_at = target_updated_at
        event_attributes.progress = progress

        event_attributes.additional_properties = d if d else {}
        return event_attributes

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
