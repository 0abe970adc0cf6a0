from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..models.create_copy_flag_config_approval_request_request_excluded_actions_item import (
    CreateCopyFlagConfigApprovalRequestRequestExcludedActionsItem,
    check_create_copy_flag_config_approval_request_request_excluded_actions_item,
)
from ..models.create_copy_flag_config_approval_request_request_included_actions_item import (
    CreateCopyFlagConfigApprovalRequestRequestIncludedActionsItem,
    check_create_copy_flag_config_approval_request_request_included_actions_item,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.source_flag import SourceFlag


T = TypeVar("T", bound="CreateCopyFlagConfigApprovalRequestRequest")


@_attrs_define
class CreateCopyFlagConfigApprovalRequestRequest:
    """
    Attributes:
        description (str):
        source (SourceFlag):
        comment (str | Unset):
        notify_member_ids (list[str] | Unset):
        notify_team_keys (list[str] | Unset):
        included_actions (list[CreateCopyFlagConfigApprovalRequestRequestIncludedActionsItem | str] | Unset):
        excluded_actions (list[CreateCopyFlagConfigApprovalRequestRequestExcludedActionsItem | str] | Unset):
    """

    description: str
    source: SourceFlag
    comment: str | Unset = UNSET
    notify_member_ids: list[str] | Unset = UNSET
    notify_team_keys: list[str] | Unset = UNSET
    included_actions: list[CreateCopyFlagConfigApprovalRequestRequestIncludedActionsItem | str] | Unset = UNSET
    excluded_actions: list[CreateCopyFlagConfigApprovalRequestRequestExcludedActionsItem | str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        source = jsonable(self.source)

        comment = self.comment

        notify_member_ids: list[str] | Unset = UNSET
        if not isinstance(self.notify_member_ids, Unset):
            notify_member_ids = self.notify_member_ids

        notify_team_keys: list[str] | Unset = UNSET
        if not isinstance(self.notify_team_keys, Unset):
            notify_team_keys = self.notify_team_keys

        included_actions: list[str] | Unset = UNSET
        if not isinstance(self.included_actions, Unset):
            included_actions = []
            for included_actions_item_data in self.included_actions:
                included_actions_item: str = included_actions_item_data
                included_actions.append(included_actions_item)

        excluded_actions: list[str] | Unset = UNSET
        if not isinstance(self.excluded_actions, Unset):
            excluded_actions = []
            for excluded_actions_item_data in self.excluded_actions:
                excluded_actions_item: str = excluded_actions_item_data
                excluded_actions.append(excluded_actions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "source": source,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment
        if notify_member_ids is not UNSET:
            field_dict["notifyMemberIds"] = notify_member_ids
        if notify_team_keys is not UNSET:
            field_dict["notifyTeamKeys"] = notify_team_keys
        if included_actions is not UNSET:
            field_dict["includedActions"] = included_actions
        if excluded_actions is not UNSET:
            field_dict["excludedActions"] = excluded_actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description", decode.MISSING)
        if type(description) is not str:
            description = decode.expect(description, str, "description")

        source = decode.model(_models.SourceFlag.from_dict, d.pop("source", decode.MISSING), "source")

        comment = d.pop("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = decode.expect(comment, str, "comment")

        notify_member_ids = d.pop("notifyMemberIds", UNSET)
        if notify_member_ids is not UNSET:
            notify_member_ids = decode.scalar_array(notify_member_ids, str, "notifyMemberIds")

        notify_team_keys = d.pop("notifyTeamKeys", UNSET)
        if notify_team_keys is not UNSET:
            notify_team_keys = decode.scalar_array(notify_team_keys, str, "notifyTeamKeys")

        _included_actions_array = d.pop("includedActions", UNSET)
        included_actions: list[CreateCopyFlagConfigApprovalRequestRequestIncludedActionsItem | str] | Unset
        if isinstance(_included_actions_array, list):
            included_actions = []
            with decode.in_array("includedActions", included_actions):
                for included_actions_item_data in _included_actions_array:
                    included_actions_item = (
                        check_create_copy_flag_config_approval_request_request_included_actions_item(
                            included_actions_item_data
                        )
                    )

                    included_actions.append(included_actions_item)
        else:
            included_actions = decode.mismatch("an array", _included_actions_array, "includedActions")

        _excluded_actions_array = d.pop("excludedActions", UNSET)
        excluded_actions: list[CreateCopyFlagConfigApprovalRequestRequestExcludedActionsItem | str] | Unset
        if isinstance(_excluded_actions_array, list):
            excluded_actions = []
            with decode.in_array("excludedActions", excluded_actions):
                for excluded_actions_item_data in _excluded_actions_array:
                    excluded_actions_item = (
                        check_create_copy_flag_config_approval_request_request_excluded_actions_item(
                            excluded_actions_item_data
                        )
                    )

                    excluded_actions.append(excluded_actions_item)
        else:
            excluded_actions = decode.mismatch("an array", _excluded_actions_array, "excludedActions")

        create_copy_flag_config_approval_request_request = cls.__new__(cls)
        create_copy_flag_config_approval_request_request.description = description
        create_copy_flag_config_approval_request_request.source = source
        create_copy_flag_config_approval_request_request.comment = comment
        create_copy_flag_config_approval_request_request.notify_member_ids = notify_member_ids
        create_copy_flag_config_approval_request_request.notify_team_keys = notify_team_keys
        create_copy_flag_config_approval_request_request.included_actions = included_actions
        create_copy_flag_config_approval_request_request.excluded_actions = excluded_actions

        create_copy_flag_config_approval_request_request.additional_properties = d if d else {}
        return create_copy_flag_config_approval_request_request

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
