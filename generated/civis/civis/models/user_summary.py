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

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user = self.user

        name = self.name

        email = self.email

        active = self.active

        primary_group_id = self.primary_group_id

        groups = []
        for groups_item_data in self.groups:
            groups_item = jsonable(groups_item_data)
            groups.append(groups_item)

        created_at = rfc3339(self.created_at)

        current_sign_in_at: None | str
        if isinstance(self.current_sign_in_at, datetime.datetime):
            current_sign_in_at = rfc3339(self.current_sign_in_at)
        else:
            current_sign_in_at = self.current_sign_in_at

        updated_at = rfc3339(self.updated_at)

        last_seen_at: None | str
        if isinstance(self.last_seen_at, datetime.datetime):
            last_seen_at = rfc3339(self.last_seen_at)
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
        d = dict(src_dict)
        id = d.pop("id", decode.MISSING)
        if type(id) is not int:
            id = decode.expect(id, int, "id")

        user = d.pop("user", decode.MISSING)
        if type(user) is not str:
            user = decode.expect(user, str, "user")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        email = d.pop("email", decode.MISSING)
        if type(email) is not str:
            email = decode.expect(email, str, "email")

        active = d.pop("active", decode.MISSING)
        if type(active) is not bool:
            active = decode.expect(active, bool, "active")

        primary_group_id = d.pop("primaryGroupId", decode.MISSING)
        if type(primary_group_id) is not int:
            primary_group_id = decode.expect(primary_group_id, int, "primaryGroupId")

        groups = decode.model_array(_models.UserGroupRef.from_dict, d.pop("groups", decode.MISSING), "groups")

        created_at = decode.date_time(d.pop("createdAt", decode.MISSING), "createdAt")

        current_sign_in_at = d.pop("currentSignInAt", decode.MISSING)
        if current_sign_in_at is not None:
            current_sign_in_at = decode.date_time(
                current_sign_in_at, "currentSignInAt", expected="one of datetime.datetime | None"
            )

        updated_at = decode.date_time(d.pop("updatedAt", decode.MISSING), "updatedAt")

        last_seen_at = d.pop("lastSeenAt", decode.MISSING)
        if last_seen_at is not None:
            last_seen_at = decode.date_time(last_seen_at, "lastSeenAt", expected="one of datetime.datetime | None")

        suspended = d.pop("suspended", decode.MISSING)
        if type(suspended) is not bool:
            suspended = decode.expect(suspended, bool, "suspended")

        user_summary = cls.__new__(cls)
        user_summary.id = id
        user_summary.user = user
        user_summary.name = name
        user_summary.email = email
        user_summary.active = active
        user_summary.primary_group_id = primary_group_id
        user_summary.groups = groups
        user_summary.created_at = created_at
        user_summary.current_sign_in_at = current_sign_in_at
        user_summary.updated_at = updated_at
        user_summary.last_seen_at = last_seen_at
        user_summary.suspended = suspended

        user_summary.additional_properties = d if d else {}
        return user_summary

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
