from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostUsersIdApiKeysBodyConstraintsItem")


@_attrs_define(slots=False)
class PostUsersIdApiKeysBodyConstraintsItem(ResponseMetadata):
    """
    Attributes:
        constraint (str | Unset):
        constraint_type (str | Unset):
        get_allowed (bool | Unset):
        head_allowed (bool | Unset):
        post_allowed (bool | Unset):
        put_allowed (bool | Unset):
        patch_allowed (bool | Unset):
        delete_allowed (bool | Unset):
    """

    constraint: str | Unset = UNSET
    constraint_type: str | Unset = UNSET
    get_allowed: bool | Unset = UNSET
    head_allowed: bool | Unset = UNSET
    post_allowed: bool | Unset = UNSET
    put_allowed: bool | Unset = UNSET
    patch_allowed: bool | Unset = UNSET
    delete_allowed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        constraint = self.constraint

        constraint_type = self.constraint_type

        get_allowed = self.get_allowed

        head_allowed = self.head_allowed

        post_allowed = self.post_allowed

        put_allowed = self.put_allowed

        patch_allowed = self.patch_allowed

        delete_allowed = self.delete_allowed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if constraint is not UNSET:
            field_dict["constraint"] = constraint
        if constraint_type is not UNSET:
            field_dict["constraintType"] = constraint_type
        if get_allowed is not UNSET:
            field_dict["getAllowed"] = get_allowed
        if head_allowed is not UNSET:
            field_dict["headAllowed"] = head_allowed
        if post_allowed is not UNSET:
            field_dict["postAllowed"] = post_allowed
        if put_allowed is not UNSET:
            field_dict["putAllowed"] = put_allowed
        if patch_allowed is not UNSET:
            field_dict["patchAllowed"] = patch_allowed
        if delete_allowed is not UNSET:
            field_dict["deleteAllowed"] = delete_allowed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        constraint = d.pop("constraint", UNSET)
        if type(constraint) is not str and constraint is not UNSET:
            constraint = decode.expect(constraint, str, "constraint")

        constraint_type = d.pop("constraintType", UNSET)
        if type(constraint_type) is not str and constraint_type is not UNSET:
            constraint_type = decode.expect(constraint_type, str, "constraintType")

        get_allowed = d.pop("getAllowed", UNSET)
        if type(get_allowed) is not bool and get_allowed is not UNSET:
            get_allowed = decode.expect(get_allowed, bool, "getAllowed")

        head_allowed = d.pop("headAllowed", UNSET)
        if type(head_allowed) is not bool and head_allowed is not UNSET:
            head_allowed = decode.expect(head_allowed, bool, "headAllowed")

        post_allowed = d.pop("postAllowed", UNSET)
        if type(post_allowed) is not bool and post_allowed is not UNSET:
            post_allowed = decode.expect(post_allowed, bool, "postAllowed")

        put_allowed = d.pop("putAllowed", UNSET)
        if type(put_allowed) is not bool and put_allowed is not UNSET:
            put_allowed = decode.expect(put_allowed, bool, "putAllowed")

        patch_allowed = d.pop("patchAllowed", UNSET)
        if type(patch_allowed) is not bool and patch_allowed is not UNSET:
            patch_allowed = decode.expect(patch_allowed, bool, "patchAllowed")

        delete_allowed = d.pop("deleteAllowed", UNSET)
        if type(delete_allowed) is not bool and delete_allowed is not UNSET:
            delete_allowed = decode.expect(delete_allowed, bool, "deleteAllowed")

        post_users_id_api_keys_body_constraints_item = cls.__new__(cls)
        post_users_id_api_keys_body_constraints_item.constraint = constraint
        post_users_id_api_keys_body_constraints_item.constraint_type = constraint_type
        post_users_id_api_keys_body_constraints_item.get_allowed = get_allowed
        post_users_id_api_keys_body_constraints_item.head_allowed = head_allowed
        post_users_id_api_keys_body_constraints_item.post_allowed = post_allowed
        post_users_id_api_keys_body_constraints_item.put_allowed = put_allowed
        post_users_id_api_keys_body_constraints_item.patch_allowed = patch_allowed
        post_users_id_api_keys_body_constraints_item.delete_allowed = delete_allowed

        post_users_id_api_keys_body_constraints_item.additional_properties = d if d else {}
        return post_users_id_api_keys_body_constraints_item

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
