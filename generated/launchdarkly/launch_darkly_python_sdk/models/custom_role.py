from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_role_links import CustomRoleLinks
    from ..models.statement import Statement


T = TypeVar("T", bound="CustomRole")


@_attrs_define
class CustomRole:
    """A role defined by a policy.

    Attributes:
        field_id (str):  Example: 64c8a1b2c3d4e5f6a7b8c9d0.
        key (str):  Example: qa-engineers.
        name (str):  Example: QA engineers.
        policy (list[Statement]):
        field_links (CustomRoleLinks | Unset):
        description (str | Unset):
        base_permissions (str | Unset):  Example: reader.
    """

    field_id: str
    key: str
    name: str
    policy: list[Statement]
    field_links: CustomRoleLinks | Unset = UNSET
    description: str | Unset = UNSET
    base_permissions: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        key = self.key

        name = self.name

        policy = []
        for policy_item_data in self.policy:
            policy_item = jsonable(policy_item_data)
            policy.append(policy_item)

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = jsonable(self.field_links)

        description = self.description

        base_permissions = self.base_permissions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "key": key,
                "name": name,
                "policy": policy,
            }
        )
        if field_links is not UNSET:
            field_dict["_links"] = field_links
        if description is not UNSET:
            field_dict["description"] = description
        if base_permissions is not UNSET:
            field_dict["basePermissions"] = base_permissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id", decode.MISSING)
        if type(field_id) is not str:
            field_id = decode.expect(field_id, str, "_id")

        key = d.pop("key", decode.MISSING)
        if type(key) is not str:
            key = decode.expect(key, str, "key")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        policy = decode.model_array(_models.Statement.from_dict, d.pop("policy", decode.MISSING), "policy")

        field_links = d.pop("_links", UNSET)
        if field_links is not UNSET:
            field_links = decode.model(_models.CustomRoleLinks.from_dict, field_links, "_links")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = decode.expect(description, str, "description")

        base_permissions = d.pop("basePermissions", UNSET)
        if type(base_permissions) is not str and base_permissions is not UNSET:
            base_permissions = decode.expect(base_permissions, str, "basePermissions")

        custom_role = cls.__new__(cls)
        custom_role.field_id = field_id
        custom_role.key = key
        custom_role.name = name
        custom_role.policy = policy
        custom_role.field_links = field_links
        custom_role.description = description
        custom_role.base_permissions = base_permissions

        custom_role.additional_properties = d if d else {}
        return custom_role

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
