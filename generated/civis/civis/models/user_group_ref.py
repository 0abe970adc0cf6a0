from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

T = TypeVar("T", bound="UserGroupRef")


@_attrs_define(slots=False)
class UserGroupRef(ResponseMetadata):
    """
    Attributes:
        id (int):
        name (str):
        slug (str):
        organization_id (int):
        organization_name (str):
    """

    id: int
    name: str
    slug: str
    organization_id: int
    organization_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        slug = self.slug

        organization_id = self.organization_id

        organization_name = self.organization_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "slug": slug,
                "organizationId": organization_id,
                "organizationName": organization_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", decode.MISSING)
        if type(id) is not int:
            id = decode.expect(id, int, "id")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        slug = d.pop("slug", decode.MISSING)
        if type(slug) is not str:
            slug = decode.expect(slug, str, "slug")

        organization_id = d.pop("organizationId", decode.MISSING)
        if type(organization_id) is not int:
            organization_id = decode.expect(organization_id, int, "organizationId")

        organization_name = d.pop("organizationName", decode.MISSING)
        if type(organization_name) is not str:
            organization_name = decode.expect(organization_name, str, "organizationName")

        user_group_ref = cls.__new__(cls)
        user_group_ref.id = id
        user_group_ref.name = name
        user_group_ref.slug = slug
        user_group_ref.organization_id = organization_id
        user_group_ref.organization_name = organization_name

        user_group_ref.additional_properties = d if d else {}
        return user_group_ref

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
