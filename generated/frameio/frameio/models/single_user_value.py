from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..models.single_user_value_member_options_type import (
    SingleUserValueMemberOptionsType,
    check_single_user_value_member_options_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_value import UserValue


T = TypeVar("T", bound="SingleUserValue")


@_attrs_define
class SingleUserValue:
    """
    Attributes:
        field_definition_id (UUID):
        field_definition_name (str):  Example: Review status.
        field_type (Literal["user_single"]):  Default: "user_single".
        mutable (bool):
        value (list[UserValue]):
        member_options_type (SingleUserValueMemberOptionsType | str | Unset):
        custom_members (list[UserValue] | Unset):
    """

    field_definition_id: UUID
    field_definition_name: str
    mutable: bool
    value: list[UserValue]
    field_type: Literal["user_single"] = "user_single"
    member_options_type: SingleUserValueMemberOptionsType | str | Unset = UNSET
    custom_members: list[UserValue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_definition_id = str(self.field_definition_id)

        field_definition_name = self.field_definition_name

        field_type: str = self.field_type

        mutable = self.mutable

        value = []
        for value_item_data in self.value:
            value_item = jsonable(value_item_data)
            value.append(value_item)

        member_options_type: str | Unset = UNSET
        if not isinstance(self.member_options_type, Unset):
            member_options_type = self.member_options_type

        custom_members: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_members, Unset):
            custom_members = []
            for custom_members_item_data in self.custom_members:
                custom_members_item = jsonable(custom_members_item_data)
                custom_members.append(custom_members_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field_definition_id": field_definition_id,
                "field_definition_name": field_definition_name,
                "field_type": field_type,
                "mutable": mutable,
                "value": value,
            }
        )
        if member_options_type is not UNSET:
            field_dict["member_options_type"] = member_options_type
        if custom_members is not UNSET:
            field_dict["custom_members"] = custom_members

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_definition_id = decode.uuid(d.pop("field_definition_id", decode.MISSING), "field_definition_id")

        field_definition_name = d.pop("field_definition_name", decode.MISSING)
        if type(field_definition_name) is not str:
            field_definition_name = decode.expect(field_definition_name, str, "field_definition_name")

        field_type = cast(
            'Literal["user_single"]', decode.const(d.pop("field_type", decode.MISSING), "user_single", "field_type")
        )

        mutable = d.pop("mutable", decode.MISSING)
        if type(mutable) is not bool:
            mutable = decode.expect(mutable, bool, "mutable")

        value = decode.model_array(_models.UserValue.from_dict, d.pop("value", decode.MISSING), "value")

        member_options_type = check_single_user_value_member_options_type(
            d.pop("member_options_type", UNSET), "member_options_type"
        )

        custom_members = d.pop("custom_members", UNSET)
        if custom_members is not UNSET:
            custom_members = decode.model_array(_models.UserValue.from_dict, custom_members, "custom_members")

        single_user_value = cls.__new__(cls)
        single_user_value.field_definition_id = field_definition_id
        single_user_value.field_definition_name = field_definition_name
        single_user_value.field_type = field_type
        single_user_value.mutable = mutable
        single_user_value.value = value
        single_user_value.member_options_type = member_options_type
        single_user_value.custom_members = custom_members

        single_user_value.additional_properties = d if d else {}
        return single_user_value

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
