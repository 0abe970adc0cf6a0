from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core.response_metadata import ResponseMetadata
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

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        email = self.email

        username = self.username

        feature_flags = self.feature_flags.to_dict()

        initials = self.initials

        last_checked_announcements: None | str | Unset
        if isinstance(self.last_checked_announcements, Unset):
            last_checked_announcements = UNSET
        elif isinstance(self.last_checked_announcements, datetime.datetime):
            last_checked_announcements = self.last_checked_announcements.isoformat()
        else:
            last_checked_announcements = self.last_checked_announcements

        roles: list[str] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = self.roles

        preferences: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preferences, Unset):
            preferences = self.preferences.to_dict()

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
                groups_item = groups_item_data.to_dict()
                groups.append(groups_item)

        organization_name = self.organization_name

        organization_slug = self.organization_slug

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

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
        from ..models.user_group_ref import UserGroupRef  # noqa: PLC0415
        from ..models.user_me_feature_flags import UserMeFeatureFlags  # noqa: PLC0415
        from ..models.user_me_preferences import UserMePreferences  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        email = d.pop("email")

        username = d.pop("username")

        feature_flags = UserMeFeatureFlags.from_dict(d.pop("featureFlags"))

        initials = d.pop("initials", UNSET)

        def _parse_last_checked_announcements(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_checked_announcements_type_0 = datetime.datetime.fromisoformat(data)

                return last_checked_announcements_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_checked_announcements = _parse_last_checked_announcements(d.pop("lastCheckedAnnouncements", UNSET))

        roles = cast(list[str], d.pop("roles", UNSET))

        _preferences = d.pop("preferences", UNSET)
        preferences: UserMePreferences | Unset
        if isinstance(_preferences, Unset):
            preferences = UNSET
        else:
            preferences = UserMePreferences.from_dict(_preferences)

        def _parse_custom_branding(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_branding = _parse_custom_branding(d.pop("customBranding", UNSET))

        primary_group_id = d.pop("primaryGroupId", UNSET)

        _groups = d.pop("groups", UNSET)
        groups: list[UserGroupRef] | Unset = UNSET
        if _groups is not UNSET:
            groups = []
            for groups_item_data in _groups:
                groups_item = UserGroupRef.from_dict(groups_item_data)

                groups.append(groups_item)

        organization_name = d.pop("organizationName", UNSET)

        organization_slug = d.pop("organizationSlug", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        sign_in_count = d.pop("signInCount", UNSET)

        user_me = cls(
            id=id,
            name=name,
            email=email,
            username=username,
            feature_flags=feature_flags,
            initials=initials,
            last_checked_announcements=last_checked_announcements,
            roles=roles,
            preferences=preferences,
            custom_branding=custom_branding,
            primary_group_id=primary_group_id,
            groups=groups,
            organization_name=organization_name,
            organization_slug=organization_slug,
            created_at=created_at,
            sign_in_count=sign_in_count,
        )

        user_me.additional_properties = d
        return user_me

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
