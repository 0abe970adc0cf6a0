from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

T = TypeVar("T", bound="UserApiKeyConstraint")


@_attrs_define(slots=False)
class UserApiKeyConstraint(ResponseMetadata):
    """
    Attributes:
        constraint (str):
        constraint_type (str):
        get_allowed (bool):
        head_allowed (bool):
        post_allowed (bool):
        put_allowed (bool):
        patch_allowed (bool):
        delete_allowed (bool):
    """

    constraint: str
    constraint_type: str
    get_allowed: bool
    head_allowed: bool
    post_allowed: bool
    put_allowed: bool
    patch_allowed: bool
    delete_allowed: bool
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
        field_dict.update(
            {
                "constraint": constraint,
                "constraintType": constraint_type,
                "getAllowed": get_allowed,
                "headAllowed": head_allowed,
                "postAllowed": post_allowed,
                "putAllowed": put_allowed,
                "patchAllowed": patch_allowed,
                "deleteAllowed": delete_allowed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        constraint = d.pop("constraint", decode.MISSING)
        if type(constraint) is not str:
            constraint = decode.expect(constraint, str, "constraint")

        constraint_type = d.pop("constraintType", decode.MISSING)
        if type(constraint_type) is not str:
            constraint_type = decode.expect(constraint_type, str, "constraintType")

        get_allowed = d.pop("getAllowed", decode.MISSING)
        if type(get_allowed) is not bool:
            get_allowed = decode.expect(get_allowed, bool, "getAllowed")

        head_allowed = d.pop("headAllowed", decode.MISSING)
        if type(head_allowed) is not bool:
            head_allowed = decode.expect(head_allowed, bool, "headAllowed")

        post_allowed = d.pop("postAllowed", decode.MISSING)
        if type(post_allowed) is not bool:
            post_allowed = decode.expect(post_allowed, bool, "postAllowed")

        put_allowed = d.pop("putAllowed", decode.MISSING)
        if type(put_allowed) is not bool:
            put_allowed = decode.expect(put_allowed, bool, "putAllowed")

        patch_allowed = d.pop("patchAllowed", decode.MISSING)
        if type(patch_allowed) is not bool:
            patch_allowed = decode.expect(patch_allowed, bool, "patchAllowed")

        delete_allowed = d.pop("deleteAllowed", decode.MISSING)
        if type(delete_allowed) is not bool:
            delete_allowed = decode.expect(delete_allowed, bool, "deleteAllowed")

        user_api_key_constraint = cls.__new__(cls)
        user_api_key_constraint.constraint = constraint
        user_api_key_constraint.constraint_type = constraint_type
        user_api_key_constraint.get_allowed = get_allowed
        user_api_key_constraint.head_allowed = head_allowed
        user_api_key_constraint.post_allowed = post_allowed
        user_api_key_constraint.put_allowed = put_allowed
        user_api_key_constraint.patch_allowed = patch_allowed
        user_api_key_constraint.delete_allowed = delete_allowed

        user_api_key_constraint.additional_properties = d if d else {}
        return user_api_key_constraint

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
