from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core.response_metadata import ResponseMetadata

if TYPE_CHECKING:
    from ..models.user_group_ref import UserGroupRef


T = TypeVar("T", bound="UserSummary")


@_attrs_define(slots=False)
class UserSummary(ResponseMetadata):
    """
    Attributes:
        id (int):
        user (str): Login name.
        name (str):
        email (str):
        active (bool):
        primary_group_id (int):
        groups (list[UserGroupRef]):
        created_at (datetime.datetime):
        current_sign_in_at (datetime.datetime | None):
        updated_at (datetime.datetime):
        last_seen_at (datetime.datetime | None):
        suspended (bool):
    """

    id: int
    user: str
    name: str
    email: str
    active: bool
    primary_group_id: int
    groups: list[UserGroupRef]
    created_at: datetime.datetime
    current_sign_in_at: datetime.datetime | None
    updated_at: datetime.datetime
    last_seen_at: datetime.datetime | None
    suspended: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user = self.user

        name = self.name

        email = self.email

        active = self.active

        primary_group_id = self.primary_group_id

        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)

        created_at = self.created_at.isoformat()

        current_sign_in_at: None | str
        if isinstance(self.current_sign_in_at, datetime.datetime):
            current_sign_in_at = self.current_sign_in_at.isoformat()
        else:
            current_sign_in_at = self.current_sign_in_at

        updated_at = self.updated_at.isoformat()

        last_seen_at: None | str
        if isinstance(self.last_seen_at, datetime.datetime):
            last_seen_at = self.last_seen_at.isoformat()
        else:
            last_seen_at = self.last_seen_at

        suspended = self.suspended

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user": user,
                "name": name,
                "email": email,
                "active": active,
                "primaryGroupId": primary_group_id,
                "groups": groups,
                "createdAt": created_at,
                "currentSignInAt": current_sign_in_at,
                "updatedAt": updated_at,
                "lastSeenAt": last_seen_at,
                "suspended": suspended,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_group_ref import UserGroupRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        user = d.pop("user")

        name = d.pop("name")

        email = d.pop("email")

        active = d.pop("active")

        primary_group_id = d.pop("primaryGroupId")

        groups = []
        _groups = d.pop("groups")
        for groups_item_data in _groups:
            groups_item = UserGroupRef.from_dict(groups_item_data)

            groups.append(groups_item)

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        def _parse_current_sign_in_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                current_sign_in_at_type_0 = datetime.datetime.fromisoformat(data)

                return current_sign_in_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        current_sign_in_at = _parse_current_sign_in_at(d.pop("currentSignInAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        def _parse_last_seen_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_seen_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_seen_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_seen_at = _parse_last_seen_at(d.pop("lastSeenAt"))

        suspended = d.pop("suspended")

        user_summary = cls(
            id=id,
            user=user,
            name=name,
            email=email,
            active=active,
            primary_group_id=primary_group_id,
            groups=groups,
            created_at=created_at,
            current_sign_in_at=current_sign_in_at,
            updated_at=updated_at,
            last_seen_at=last_seen_at,
            suspended=suspended,
        )

        user_summary.additional_properties = d
        return user_summary

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
