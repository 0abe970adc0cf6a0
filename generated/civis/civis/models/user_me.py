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
    from ..models.user_group_ref import UserGroupRef
    from ..models.user_me_feature_flags import UserMeFeatureFlags
    from ..models.user_me_preferences import UserMePreferences


T = TypeVar("T", bound="UserMe")


@_attrs_define(slots=False)
class UserMe(ResponseMetadata):
    """The user the API key belongs to.

    Attributes:
        id (int):
        name (str):
        email (str):
        username (str):
        feature_flags (UserMeFeatureFlags):
        initials (str | Unset):
        last_checked_announcements (datetime.datetime | None | Unset):
        roles (list[str] | Unset):
        preferences (UserMePreferences | Unset):
        custom_branding (None | str | Unset):
        primary_group_id (int | Unset):
        groups (list[UserGroupRef] | Unset):
        organization_name (str | Unset):
        organization_slug (str | Unset):
        created_at (datetime.datetime | Unset):
        sign_in_count (int | Unset):
    """

    id: int
    name: str
    email: str
    username: str
    feature_flags: UserMeFeatureFlags
    initials: str | Unset = UNSET
    last_checked_announcements: datetime.datetime | None | Unset = UNSET
    roles: list[str] | Unset = UNSET
    preferences: UserMePreferences | Unset = UNSET
    custom_branding: None | str | Unset = UNSET
    primary_group_id: int | Unset = UNSET
    groups: list[UserGroupRef] | Unset = UNSET
    organization_name: str | Unset = UNSET
    organization_slug: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    sign_in_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        email = self.email

        username = self.username

        feature_flags = jsonable(self.feature_flags)

        initials = self.initials

        last_checked_announcements: None | str | Unset
        if isinstance(self.last_checked_announcements, Unset):
            last_checked_announcements = UNSET
        elif isinstance(self.last_checked_announcements, datetime.datetime):
            last_checked_announcements = rfc3339(self.last_checked_announcements)
        else:
            last_checked_announcements = self.last_checked_announcements

        roles: list[str] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = self.roles

        preferences: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preferences, Unset):
            preferences = jsonable(self.preferences)

        custom_branding: None | str | Unset
        if isinstance(self.custom_branding, Unset):
            custom_branding = UNSET
        else:
            custom_branding = self.custom_branding

        primary_group_id = self.primary_group_id

        groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item = jsonable(groups_item_data)
                groups.append(groups_item)

        organization_name = self.organization_name

        organization_slug = self.organization_slug

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = rfc3339(self.created_at)

        sign_in_count = self.sign_in_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "email": email,
                "username": username,
                "featureFlags": feature_flags,
            }
        )
        if initials is not UNSET:
            field_dict["initials"] = initials
        if last_checked_announcements is not UNSET:
            field_dict["lastCheckedAnnouncements"] = last_checked_announcements
        if roles is not UNSET:
            field_dict["roles"] = roles
        if preferences is not UNSET:
            field_dict["preferences"] = preferences
        if custom_branding is not UNSET:
            field_dict["customBranding"] = custom_branding
        if primary_group_id is not UNSET:
            field_dict["primaryGroupId"] = primary_group_id
        if groups is not UNSET:
            field_dict["groups"] = groups
        if organization_name is not UNSET:
            field_dict["organizationName"] = organization_name
        if organization_slug is not UNSET:
            field_dict["organizationSlug"] = organization_slug
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if sign_in_count is not UNSET:
            field_dict["signInCount"] = sign_in_count

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

        email = d.pop("email", decode.MISSING)
        if type(email) is not str:
            email = decode.expect(email, str, "email")

        username = d.pop("username", decode.MISSING)
        if type(username) is not str:
            username = decode.expect(username, str, "username")

        feature_flags = decode.model(
            _models.UserMeFeatureFlags.from_dict, d.pop("featureFlags", decode.MISSING), "featureFlags"
        )

        initials = d.pop("initials", UNSET)
        if type(initials) is not str and initials is not UNSET:
            initials = decode.expect(initials, str, "initials")

        last_checked_announcements = d.pop("lastCheckedAnnouncements", UNSET)
        if last_checked_announcements is not None and last_checked_announcements is not UNSET:
            last_checked_announcements = decode.date_time(
                last_checked_announcements, "lastCheckedAnnouncements", expected="one of datetime.datetime | None"
            )

        roles = d.pop("roles", UNSET)
        if roles is not UNSET:
            roles = decode.scalar_array(roles, str, "roles")

        preferences = d.pop("preferences", UNSET)
        if preferences is not UNSET:
            preferences = decode.model(_models.UserMePreferences.from_dict, preferences, "preferences")

        custom_branding = d.pop("customBranding", UNSET)
        if custom_branding is not None and type(custom_branding) is not str and custom_branding is not UNSET:
            custom_branding = decode.expect(custom_branding, str, "customBranding", "one of None | str")

        primary_group_id = d.pop("primaryGroupId", UNSET)
        if type(primary_group_id) is not int and primary_group_id is not UNSET:
            primary_group_id = decode.expect(primary_group_id, int, "primaryGroupId")

        groups = d.pop("groups", UNSET)
        if groups is not UNSET:
            groups = decode.model_array(_models.UserGroupRef.from_dict, groups, "groups")

        organization_name = d.pop("organizationName", UNSET)
        if type(organization_name) is not str and organization_name is not UNSET:
            organization_name = decode.expect(organization_name, str, "organizationName")

        organization_slug = d.pop("organizationSlug", UNSET)
        if type(organization_slug) is not str and organization_slug is not UNSET:
            organization_slug = decode.expect(organization_slug, str, "organizationSlug")

        created_at = decode.date_time(d.pop("createdAt", UNSET), "createdAt")

        sign_in_count = d.pop("signInCount", UNSET)
        if type(sign_in_count) is not int and sign_in_count is not UNSET:
            sign_in_count = decode.expect(sign_in_count, int, "signInCount")

        user_me = cls.__new__(cls)
        user_me.id = id
        user_me.name = name
        user_me.email = email
        user_me.username = username
        user_me.feature_flags = feature_flags
        user_me.initials = initials
        user_me.last_checked_announcements = last_checked_announcements
        user_me.roles = roles
        user_me.preferences = preferences
        user_me.custom_branding = custom_branding
        user_me.primary_group_id = primary_group_id
        user_me.groups = groups
        user_me.organization_name = organization_name
        user_me.organization_slug = organization_slug
        user_me.created_at = created_at
        user_me.sign_in_count = sign_in_count

        user_me.additional_properties = d if d else {}
        return user_me

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
