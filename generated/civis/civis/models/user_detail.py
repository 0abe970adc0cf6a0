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


T = TypeVar("T", bound="UserDetail")


@_attrs_define(slots=False)
class UserDetail(ResponseMetadata):
    """Full account record.

    Attributes:
        id (int):
        user (str):
        name (str):
        email (str):
        active (bool):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        primary_group_id (int | Unset):
        groups (list[UserGroupRef] | Unset):
        city (None | str | Unset):
        state (None | str | Unset):
        time_zone (str | Unset):
        initials (str | Unset):
        department (None | str | Unset):
        title (None | str | Unset):
        github_username (None | str | Unset):
        robot (bool | Unset):
        phone (None | str | Unset):
        organization_slug (str | Unset):
        my_permission_level (str | Unset):
        last_seen_at (datetime.datetime | None | Unset):
        suspended (bool | Unset):
        account_status (str | Unset):
    """

    id: int
    user: str
    name: str
    email: str
    active: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    primary_group_id: int | Unset = UNSET
    groups: list[UserGroupRef] | Unset = UNSET
    city: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    time_zone: str | Unset = UNSET
    initials: str | Unset = UNSET
    department: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    github_username: None | str | Unset = UNSET
    robot: bool | Unset = UNSET
    phone: None | str | Unset = UNSET
    organization_slug: str | Unset = UNSET
    my_permission_level: str | Unset = UNSET
    last_seen_at: datetime.datetime | None | Unset = UNSET
    suspended: bool | Unset = UNSET
    account_status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user = self.user

        name = self.name

        email = self.email

        active = self.active

        created_at = rfc3339(self.created_at)

        updated_at = rfc3339(self.updated_at)

        primary_group_id = self.primary_group_id

        groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item = jsonable(groups_item_data)
                groups.append(groups_item)

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        time_zone = self.time_zone

        initials = self.initials

        department: None | str | Unset
        if isinstance(self.department, Unset):
            department = UNSET
        else:
            department = self.department

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        github_username: None | str | Unset
        if isinstance(self.github_username, Unset):
            github_username = UNSET
        else:
            github_username = self.github_username

        robot = self.robot

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        organization_slug = self.organization_slug

        my_permission_level = self.my_permission_level

        last_seen_at: None | str | Unset
        if isinstance(self.last_seen_at, Unset):
            last_seen_at = UNSET
        elif isinstance(self.last_seen_at, datetime.datetime):
            last_seen_at = rfc3339(self.last_seen_at)
        else:
            last_seen_at = self.last_seen_at

        suspended = self.suspended

        account_status = self.account_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user": user,
                "name": name,
                "email": email,
                "active": active,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if primary_group_id is not UNSET:
            field_dict["primaryGroupId"] = primary_group_id
        if groups is not UNSET:
            field_dict["groups"] = groups
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if time_zone is not UNSET:
            field_dict["timeZone"] = time_zone
        if initials is not UNSET:
            field_dict["initials"] = initials
        if department is not UNSET:
            field_dict["department"] = department
        if title is not UNSET:
            field_dict["title"] = title
        if github_username is not UNSET:
            field_dict["githubUsername"] = github_username
        if robot is not UNSET:
            field_dict["robot"] = robot
        if phone is not UNSET:
            field_dict["phone"] = phone
        if organization_slug is not UNSET:
            field_dict["organizationSlug"] = organization_slug
        if my_permission_level is not UNSET:
            field_dict["myPermissionLevel"] = my_permission_level
        if last_seen_at is not UNSET:
            field_dict["lastSeenAt"] = last_seen_at
        if suspended is not UNSET:
            field_dict["suspended"] = suspended
        if account_status is not UNSET:
            field_dict["accountStatus"] = account_status

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

        created_at = decode.date_time(d.pop("createdAt", decode.MISSING), "createdAt")

        updated_at = decode.date_time(d.pop("updatedAt", decode.MISSING), "updatedAt")

        primary_group_id = d.pop("primaryGroupId", UNSET)
        if type(primary_group_id) is not int and primary_group_id is not UNSET:
            primary_group_id = decode.expect(primary_group_id, int, "primaryGroupId")

        groups = d.pop("groups", UNSET)
        if groups is not UNSET:
            groups = decode.model_array(_models.UserGroupRef.from_dict, groups, "groups")

        city = d.pop("city", UNSET)
        if city is not None and type(city) is not str and city is not UNSET:
            city = decode.expect(city, str, "city", "one of None | str")

        state = d.pop("state", UNSET)
        if state is not None and type(state) is not str and state is not UNSET:
            state = decode.expect(state, str, "state", "one of None | str")

        time_zone = d.pop("timeZone", UNSET)
        if type(time_zone) is not str and time_zone is not UNSET:
            time_zone = decode.expect(time_zone, str, "timeZone")

        initials = d.pop("initials", UNSET)
        if type(initials) is not str and initials is not UNSET:
            initials = decode.expect(initials, str, "initials")

        department = d.pop("department", UNSET)
        if department is not None and type(department) is not str and department is not UNSET:
            department = decode.expect(department, str, "department", "one of None | str")

        title = d.pop("title", UNSET)
        if title is not None and type(title) is not str and title is not UNSET:
            title = decode.expect(title, str, "title", "one of None | str")

        github_username = d.pop("githubUsername", UNSET)
        if github_username is not None and type(github_username) is not str and github_username is not UNSET:
            github_username = decode.expect(github_username, str, "githubUsername", "one of None | str")

        robot = d.pop("robot", UNSET)
        if type(robot) is not bool and robot is not UNSET:
            robot = decode.expect(robot, bool, "robot")

        phone = d.pop("phone", UNSET)
        if phone is not None and type(phone) is not str and phone is not UNSET:
            phone = decode.expect(phone, str, "phone", "one of None | str")

        organization_slug = d.pop("organizationSlug", UNSET)
        if type(organization_slug) is not str and organization_slug is not UNSET:
            organization_slug = decode.expect(organization_slug, str, "organizationSlug")

        my_permission_level = d.pop("myPermissionLevel", UNSET)
        if type(my_permission_level) is not str and my_permission_level is not UNSET:
            my_permission_level = decode.expect(my_permission_level, str, "myPermissionLevel")

        last_seen_at = d.pop("lastSeenAt", UNSET)
        if last_seen_at is not None and last_seen_at is not UNSET:
            last_seen_at = decode.date_time(last_seen_at, "lastSeenAt", expected="one of datetime.datetime | None")

        suspended = d.pop("suspended", UNSET)
        if type(suspended) is not bool and suspended is not UNSET:
            suspended = decode.expect(suspended, bool, "suspended")

        account_status = d.pop("accountStatus", UNSET)
        if type(account_status) is not str and account_status is not UNSET:
            account_status = decode.expect(account_status, str, "accountStatus")

        user_detail = cls.__new__(cls)
        user_detail.id = id
        user_detail.user = user
        user_detail.name = name
        user_detail.email = email
        user_detail.active = active
        user_detail.created_at = created_at
        user_detail.updated_at = updated_at
        user_detail.primary_group_id = primary_group_id
        user_detail.groups = groups
        user_detail.city = city
        user_detail.state = state
        user_detail.time_zone = time_zone
        user_detail.initials = initials
        user_detail.department = department
        user_detail.title = title
        user_detail.github_username = github_username
        user_detail.robot = robot
        user_detail.phone = phone
        user_detail.organization_slug = organization_slug
        user_detail.my_permission_level = my_permission_level
        user_detail.last_seen_at = last_seen_at
        user_detail.suspended = suspended
        user_detail.account_status = account_status

        user_detail.additional_properties = d if d else {}
        return user_detail

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
