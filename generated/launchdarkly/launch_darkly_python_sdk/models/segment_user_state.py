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
    from ..models.segment_user_list import SegmentUserList


T = TypeVar("T", bound="SegmentUserState")


@_attrs_define
class SegmentUserState:
    """
    Attributes:
        included (SegmentUserList | Unset):
        excluded (SegmentUserList | Unset):
    """

    included: SegmentUserList | Unset = UNSET
    excluded: SegmentUserList | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        included: dict[str, Any] | Unset = UNSET
        if not isinstance(self.included, Unset):
            included = jsonable(self.included)

        excluded: dict[str, Any] | Unset = UNSET
        if not isinstance(self.excluded, Unset):
            excluded = jsonable(self.excluded)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if included is not UNSET:
            field_dict["included"] = included
        if excluded is not UNSET:
            field_dict["excluded"] = excluded

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        included = d.pop("included", UNSET)
        if included is not UNSET:
            included = decode.model(_models.SegmentUserList.from_dict, included, "included")

        excluded = d.pop("excluded", UNSET)
        if excluded is not UNSET:
            excluded = decode.model(_models.SegmentUserList.from_dict, excluded, "excluded")

        segment_user_state = cls.__new__(cls)
        segment_user_state.included = included
        segment_user_state.excluded = excluded

        segment_user_state.additional_properties = d if d else {}
        return segment_user_state

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
