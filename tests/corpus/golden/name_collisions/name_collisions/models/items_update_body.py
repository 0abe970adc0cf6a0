from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemsUpdateBody")


@_attrs_define
class ItemsUpdateBody:
    """
    Attributes:
        id (str | Unset):
        userName (str | Unset):
        user_name (int | Unset):
    """

    id: str | Unset = UNSET
    userName: str | Unset = UNSET
    user_name: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        userName = self.userName

        user_name = self.user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if userName is not UNSET:
            field_dict["userName"] = userName
        if user_name is not UNSET:
            field_dict["user_name"] = user_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = decode.expect(id, str, "id")

        userName = d.pop("userName", UNSET)
        if type(userName) is not str and userName is not UNSET:
            userName = decode.expect(userName, str, "userName")

        user_name = d.pop("user_name", UNSET)
        if type(user_name) is not int and user_name is not UNSET:
            user_name = decode.expect(user_name, int, "user_name")

        items_update_body = cls.__new__(cls)
        items_update_body.id = id
        items_update_body.userName = userName
        items_update_body.user_name = user_name

        items_update_body.additional_properties = d if d else {}
        return items_update_body

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
