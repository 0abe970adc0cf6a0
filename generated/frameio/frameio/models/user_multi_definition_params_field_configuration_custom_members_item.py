from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._types import plain_names
from ..models.user_multi_definition_params_field_configuration_custom_members_item_type import (
    UserMultiDefinitionParamsFieldConfigurationCustomMembersItemType,
    check_user_multi_definition_params_field_configuration_custom_members_item_type,
)

T = TypeVar("T", bound="UserMultiDefinitionParamsFieldConfigurationCustomMembersItem")


@plain_names({"type": "type_"})
@_attrs_define
class UserMultiDefinitionParamsFieldConfigurationCustomMembersItem:
    """
    Attributes:
        id (UUID):
        type_ (UserMultiDefinitionParamsFieldConfigurationCustomMembersItemType | str):
    """

    id: UUID
    type_: UserMultiDefinitionParamsFieldConfigurationCustomMembersItemType | str

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        type_: str = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = decode.uuid(d.pop("id", decode.MISSING), "id")

        type_ = check_user_multi_definition_params_field_configuration_custom_members_item_type(
            d.pop("type", decode.MISSING), "type"
        )

        user_multi_definition_params_field_configuration_custom_members_item = cls.__new__(cls)
        user_multi_definition_params_field_configuration_custom_members_item.id = id
        user_multi_definition_params_field_configuration_custom_members_item.type_ = type_

        return user_multi_definition_params_field_configuration_custom_members_item
