from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.user_single_definition_field_configuration_member_options_type import (
    UserSingleDefinitionFieldConfigurationMemberOptionsType,
    check_user_single_definition_field_configuration_member_options_type,
)

if TYPE_CHECKING:
    from ..models.user_single_definition_field_configuration_custom_members_item import (
        UserSingleDefinitionFieldConfigurationCustomMembersItem,
    )


T = TypeVar("T", bound="UserSingleDefinitionFieldConfiguration")


@_attrs_define
class UserSingleDefinitionFieldConfiguration:
    """
    Attributes:
        notify_members (bool): Tell people when they are picked.
        member_options_type (UserSingleDefinitionFieldConfigurationMemberOptionsType):
        custom_members (list[UserSingleDefinitionFieldConfigurationCustomMembersItem]):
    """

    notify_members: bool
    member_options_type: UserSingleDefinitionFieldConfigurationMemberOptionsType
    custom_members: list[UserSingleDefinitionFieldConfigurationCustomMembersItem]

    def to_dict(self) -> dict[str, Any]:
        notify_members = self.notify_members

        member_options_type: str = self.member_options_type

        custom_members = []
        for custom_members_item_data in self.custom_members:
            custom_members_item = custom_members_item_data.to_dict()
            custom_members.append(custom_members_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "notify_members": notify_members,
                "member_options_type": member_options_type,
                "custom_members": custom_members,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_single_definition_field_configuration_custom_members_item import (
            UserSingleDefinitionFieldConfigurationCustomMembersItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        notify_members = d.pop("notify_members")

        member_options_type = check_user_single_definition_field_configuration_member_options_type(
            d.pop("member_options_type")
        )

        custom_members = []
        _custom_members = d.pop("custom_members")
        for custom_members_item_data in _custom_members:
            custom_members_item = UserSingleDefinitionFieldConfigurationCustomMembersItem.from_dict(
                custom_members_item_data
            )

            custom_members.append(custom_members_item)

        user_single_definition_field_configuration = cls(
            notify_members=notify_members,
            member_options_type=member_options_type,
            custom_members=custom_members,
        )

        return user_single_definition_field_configuration
