from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core.response_metadata import ResponseMetadata
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

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        slug = self.slug

        organization_id = self.organization_id

        member_count = self.member_count

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

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
                members_item = members_item_data.to_dict()
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
        from ..models.user_simple import UserSimple  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        slug = d.pop("slug")

        organization_id = d.pop("organizationId")

        member_count = d.pop("memberCount")

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        organization_name = d.pop("organizationName", UNSET)

        _members = d.pop("members", UNSET)
        members: list[UserSimple] | Unset = UNSET
        if _members is not UNSET:
            members = []
            for members_item_data in _members:
                members_item = UserSimple.from_dict(members_item_data)

                members.append(members_item)

        group_summary = cls(
            id=id,
            name=name,
            slug=slug,
            organization_id=organization_id,
            member_count=member_count,
            created_at=created_at,
            updated_at=updated_at,
            description=description,
            organization_name=organization_name,
            members=members,
        )

        group_summary.additional_properties = d
        return group_summary

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
