from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..models.update_user_single_definition_params_field_configuration_member_options_type import (
    UpdateUserSingleDefinitionParamsFieldConfigurationMemberOptionsType,
    check_update_user_single_definition_params_field_configuration_member_options_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_user_single_definition_params_field_configuration_custom_members_item import (
        UpdateUserSingleDefinitionParamsFieldConfigurationCustomMembersItem,
    )


T = TypeVar("T", bound="UpdateUserSingleDefinitionParamsFieldConfiguration")


@_attrs_define
class UpdateUserSingleDefinitionParamsFieldConfiguration:
    """
    Attributes:
        notify_members (bool): Tell people when they are picked.
        member_options_type (UpdateUserSingleDefinitionParamsFieldConfigurationMemberOptionsType | str):
        custom_members (list[UpdateUserSingleDefinitionParamsFieldConfigurationCustomMembersItem] | Unset):
    """

    notify_members: bool
    member_options_type: UpdateUserSingleDefinitionParamsFieldConfigurationMemberOptionsType | str
    custom_members: list[UpdateUserSingleDefinitionParamsFieldConfigurationCustomMembersItem] | Unset = UNSET

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        notify_members = self.notify_members

        member_options_type: str = self.member_options_type

        custom_members: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_members, Unset):
            custom_members = []
            for custom_members_item_data in self.custom_members:
                custom_members_item = jsonable(custom_members_item_data)
                custom_members.append(custom_members_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "notify_members": notify_members,
                "member_options_type": member_options_type,
            }
        )
        if custom_members is not UNSET:
            field_dict["custom_members"] = custom_members

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        notify_members = d.pop("notify_members", decode.MISSING)
        if type(notify_members) is not bool:
            notify_members = decode.expect(notify_members, bool, "notify_members")

        member_options_type = check_update_user_single_definition_params_field_configuration_member_options_type(
            d.pop("member_options_type", decode.MISSING), "member_options_type"
        )

        custom_members = d.pop("custom_members", UNSET)
        if custom_members is not UNSET:
            custom_members = decode.model_array(
                _models.UpdateUserSingleDefinitionParamsFieldConfigurationCustomMembersItem.from_dict,
                custom_members,
                "custom_members",
            )

        update_user_single_definition_params_field_configuration = cls.__new__(cls)
        update_user_single_definition_params_field_configuration.notify_members = notify_members
        update_user_single_definition_params_field_configuration.member_options_type = member_options_type
        update_user_single_definition_params_field_configuration.custom_members = custom_members

        return update_user_single_definition_params_field_configuration
