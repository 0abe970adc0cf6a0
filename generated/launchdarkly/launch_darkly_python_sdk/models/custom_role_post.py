from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..models.custom_role_post_base_permissions import (
    CustomRolePostBasePermissions,
    check_custom_role_post_base_permissions,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.statement import Statement


T = TypeVar("T", bound="CustomRolePost")


@_attrs_define
class CustomRolePost:
    """Fields for a new custom role.

    Attributes:
        name (str):  Example: QA engineers.
        key (str):  Example: qa-engineers.
        policy (list[Statement]):
        description (str | Unset):  Example: Can toggle flags in staging.
        base_permissions (CustomRolePostBasePermissions | str | Unset):  Example: reader.
    """

    name: str
    key: str
    policy: list[Statement]
    description: str | Unset = UNSET
    base_permissions: CustomRolePostBasePermissions | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        key = self.key

        policy = []
        for policy_item_data in self.policy:
            policy_item = jsonable(policy_item_data)
            policy.append(policy_item)

        description = self.description

        base_permissions: str | Unset = UNSET
        if not isinstance(self.base_permissions, Unset):
            base_permissions = self.base_permissions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "key": key,
                "policy": policy,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if base_permissions is not UNSET:
            field_dict["basePermissions"] = base_permissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        key = d.pop("key", decode.MISSING)
        if type(key) is not str:
            key = decode.expect(key, str, "key")

        policy = decode.model_array(_models.Statement.from_dict, d.pop("policy", decode.MISSING), "policy")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = decode.expect(description, str, "description")

        base_permissions = check_custom_role_post_base_permissions(d.pop("basePermissions", UNSET), "basePermissions")

        custom_role_post = cls.__new__(cls)
        custom_role_post.name = name
        custom_role_post.key = key
        custom_role_post.policy = policy
        custom_role_post.description = description
        custom_role_post.base_permissions = base_permissions

        custom_role_post.additional_properties = d if d else {}
        return custom_role_post

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
