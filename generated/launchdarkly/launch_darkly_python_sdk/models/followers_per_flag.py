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
    from ..models.follow_flag_member import FollowFlagMember


T = TypeVar("T", bound="FollowersPerFlag")


@_attrs_define
class FollowersPerFlag:
    """
    Attributes:
        flag_key (str | Unset):
        followers (list[FollowFlagMember] | Unset):
    """

    flag_key: str | Unset = UNSET
    followers: list[FollowFlagMember] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        flag_key = self.flag_key

        followers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.followers, Unset):
            followers = []
            for followers_item_data in self.followers:
                followers_item = jsonable(followers_item_data)
                followers.append(followers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if flag_key is not UNSET:
            field_dict["flagKey"] = flag_key
        if followers is not UNSET:
            field_dict["followers"] = followers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        flag_key = d.pop("flagKey", UNSET)
        if type(flag_key) is not str and flag_key is not UNSET:
            flag_key = decode.expect(flag_key, str, "flagKey")

        followers = d.pop("followers", UNSET)
        if followers is not UNSET:
            followers = decode.model_array(_models.FollowFlagMember.from_dict, followers, "followers")

        followers_per_flag = cls.__new__(cls)
        followers_per_flag.flag_key = flag_key
        followers_per_flag.followers = followers

        followers_per_flag.additional_properties = d if d else {}
        return followers_per_flag

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
