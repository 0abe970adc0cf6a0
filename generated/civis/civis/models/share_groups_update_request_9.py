from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..types import UNSET, Unset

T = TypeVar("T", bound="ShareGroupsUpdateRequest9")


@_attrs_define(slots=False)
class ShareGroupsUpdateRequest9(ResponseMetadata):
    """
    Attributes:
        group_ids (list[int]):
        permission_level (str):
        share_email_body (str | Unset):
        send_shared_email (bool | Unset):
    """

    group_ids: list[int]
    permission_level: str
    share_email_body: str | Unset = UNSET
    send_shared_email: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        group_ids = self.group_ids

        permission_level = self.permission_level

        share_email_body = self.share_email_body

        send_shared_email = self.send_shared_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "groupIds": group_ids,
                "permissionLevel": permission_level,
            }
        )
        if share_email_body is not UNSET:
            field_dict["shareEmailBody"] = share_email_body
        if send_shared_email is not UNSET:
            field_dict["sendSharedEmail"] = send_shared_email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        group_ids = decode.scalar_array(d.pop("groupIds", decode.MISSING), int, "groupIds")

        permission_level = d.pop("permissionLevel", decode.MISSING)
        if type(permission_level) is not str:
            permission_level = decode.expect(permission_level, str, "permissionLevel")

        share_email_body = d.pop("shareEmailBody", UNSET)
        if type(share_email_body) is not str and share_email_body is not UNSET:
            share_email_body = decode.expect(share_email_body, str, "shareEmailBody")

        send_shared_email = d.pop("sendSharedEmail", UNSET)
        if type(send_shared_email) is not bool and send_shared_email is not UNSET:
            send_shared_email = decode.expect(send_shared_email, bool, "sendSharedEmail")

        share_groups_update_request_9 = cls.__new__(cls)
        share_groups_update_request_9.group_ids = group_ids
        share_groups_update_request_9.permission_level = permission_level
        share_groups_update_request_9.share_email_body = share_email_body
        share_groups_update_request_9.send_shared_email = send_shared_email

        share_groups_update_request_9.additional_properties = d if d else {}
        return share_groups_update_request_9

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
