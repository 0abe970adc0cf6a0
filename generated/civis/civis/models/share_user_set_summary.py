from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

if TYPE_CHECKING:
    from ..models.share_group_summary import ShareGroupSummary
    from ..models.share_user_summary import ShareUserSummary


T = TypeVar("T", bound="ShareUserSetSummary")


@_attrs_define(slots=False)
class ShareUserSetSummary(ResponseMetadata):
    """
    Attributes:
        users (list[ShareUserSummary]):
        groups (list[ShareGroupSummary]):
    """

    users: list[ShareUserSummary]
    groups: list[ShareGroupSummary]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        users = []
        for users_item_data in self.users:
            users_item = jsonable(users_item_data)
            users.append(users_item)

        groups = []
        for groups_item_data in self.groups:
            groups_item = jsonable(groups_item_data)
            groups.append(groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "users": users,
                "groups": groups,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        users = decode.model_array(_models.ShareUserSummary.from_dict, d.pop("users", decode.MISSING), "users")

        groups = decode.model_array(_models.ShareGroupSummary.from_dict, d.pop("groups", decode.MISSING), "groups")

        share_user_set_summary = cls.__new__(cls)
        share_user_set_summary.users = users
        share_user_set_summary.groups = groups

        share_user_set_summary.additional_properties = d if d else {}
        return share_user_set_summary

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
