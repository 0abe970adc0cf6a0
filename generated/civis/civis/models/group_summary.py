from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable, rfc3339
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_simple import UserSimple


T = TypeVar("T", bound="GroupSummary")


@_attrs_define(slots=False)
class GroupSummary(ResponseMetadata):
    """
    Attributes:
        id (int):
        name (str):
        slug (str):
        organization_id (int):
        member_count (int):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
        description (None | str | Unset):
        organization_name (str | Unset):
        members (list[UserSimple] | Unset):
    """

    id: int
    name: str
    slug: str
    organization_id: int
    member_count: int
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    description: None | str | Unset = UNSET
    organization_name: str | Unset = UNSET
    members: list[UserSimple] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        slug = self.slug

        organization_id = self.organization_id

        member_count = self.member_count

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = rfc3339(self.created_at)

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = rfc3339(self.updated_at)

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        organization_name = self.organization_name

        members: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.members, Unset):
            members = []
            for members_item_data in self.members:
                members_item = jsonable(members_item_data)
                members.append(members_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "slug": slug,
                "organizationId": organization_id,
                "memberCount": member_count,
            }
        )
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if description is not UNSET:
            field_dict["description"] = description
        if organization_name is not UNSET:
            field_dict["organizationName"] = organization_name
        if members is not UNSET:
            field_dict["members"] = members

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

        member_count = d.pop("memberCount", decode.MISSING)
        if type(member_count) is not int:
            member_count = decode.expect(member_count, int, "memberCount")

        created_at = decode.date_time(d.pop("createdAt", UNSET), "createdAt")

        updated_at = decode.date_time(d.pop("updatedAt", UNSET), "updatedAt")

        description = d.pop("description", UNSET)
        if description is not None and type(description) is not str and description is not UNSET:
            description = decode.expect(description, str, "description", "one of None | str")

        organization_name = d.pop("organizationName", UNSET)
        if type(organization_name) is not str and organization_name is not UNSET:
            organization_name = decode.expect(organization_name, str, "organizationName")

        members = d.pop("members", UNSET)
        if members is not UNSET:
            members = decode.model_array(_models.UserSimple.from_dict, members, "members")

        group_summary = cls.__new__(cls)
        group_summary.id = id
        group_summary.name = name
        group_summary.slug = slug
        group_summary.organization_id = organization_id
        group_summary.member_count = member_count
        group_summary.created_at = created_at
        group_summary.updated_at = updated_at
        group_summary.description = description
        group_summary.organization_name = organization_name
        group_summary.members = members

        group_summary.additional_properties = d if d else {}
        return group_summary

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
