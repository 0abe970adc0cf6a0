from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable

if TYPE_CHECKING:
    from ..models.link import Link


T = TypeVar("T", bound="FollowFlagMemberLinks")


@_attrs_define
class FollowFlagMemberLinks:
    """A JSON object for which the API declares no fields."""

    additional_properties: dict[str, Link] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = jsonable(prop)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        follow_flag_member_links = cls.__new__(cls)

        additional_properties = {}
        for prop_name, prop_dict in src_dict.items():
            additional_property = decode.model(_models.Link.from_dict, prop_dict, prop_name)

            additional_properties[prop_name] = additional_property

        follow_flag_member_links.additional_properties = additional_properties
        return follow_flag_member_links

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Link:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Link) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
