from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._types import plain_names
from ..models.user_value_type import UserValueType, check_user_value_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserValue")


@plain_names({"type": "type_"})
@_attrs_define
class UserValue:
    """
    Attributes:
        id (UUID):
        type_ (UserValueType | str):
        name (None | str | Unset):
    """

    id: UUID
    type_: UserValueType | str
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        type_: str = self.type_

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = decode.uuid(d.pop("id", decode.MISSING), "id")

        type_ = check_user_value_type(d.pop("type", decode.MISSING), "type")

        name = d.pop("name", UNSET)
        if name is not None and type(name) is not str and name is not UNSET:
            name = decode.expect(name, str, "name", "one of None | str")

        user_value = cls.__new__(cls)
        user_value.id = id
        user_value.type_ = type_
        user_value.name = name

        user_value.additional_properties = d if d else {}
        return user_value

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
