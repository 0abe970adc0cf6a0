from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr

T = TypeVar("T", bound="BigSegmentTarget")


@_attrs_define
class BigSegmentTarget:
    """Whether a key is included in or excluded from a big segment.

    Attributes:
        user_key (str):  Example: user-123.
        included (bool):  Example: True.
        excluded (bool):  Example: False.
    """

    user_key: str
    included: bool
    excluded: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        user_key = self.user_key

        included = self.included

        excluded = self.excluded

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userKey": user_key,
                "included": included,
                "excluded": excluded,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_key = d.pop("userKey", decode.MISSING)
        if type(user_key) is not str:
            user_key = decode.expect(user_key, str, "userKey")

        included = d.pop("included", decode.MISSING)
        if type(included) is not bool:
            included = decode.expect(included, bool, "included")

        excluded = d.pop("excluded", decode.MISSING)
        if type(excluded) is not bool:
            excluded = decode.expect(excluded, bool, "excluded")

        big_segment_target = cls.__new__(cls)
        big_segment_target.user_key = user_key
        big_segment_target.included = included
        big_segment_target.excluded = excluded

        big_segment_target.additional_properties = d if d else {}
        return big_segment_target

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
