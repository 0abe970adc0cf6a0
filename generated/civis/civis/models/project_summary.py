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
    from ..models.user_simple import UserSimple


T = TypeVar("T", bound="ProjectSummary")


@_attrs_define(slots=False)
class ProjectSummary(ResponseMetadata):
    """
    Attributes:
        id (int):
        author (UserSimple): Short reference to a user.
        name (str):
        description (None | str):
        users (list[UserSimple]):
        auto_share (bool):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        archived (str):
    """

    id: int
    author: UserSimple
    name: str
    description: None | str
    users: list[UserSimple]
    auto_share: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    archived: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        author = jsonable(self.author)

        name = self.name

        description: None | str
        description = self.description

        users = []
        for users_item_data in self.users:
            users_item = jsonable(users_item_data)
            users.append(users_item)

        auto_share = self.auto_share

        created_at = rfc3339(self.created_at)

        updated_at = rfc3339(self.updated_at)

        archived = self.archived

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "author": author,
                "name": name,
                "description": description,
                "users": users,
                "autoShare": auto_share,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "archived": archived,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", decode.MISSING)
        if type(id) is not int:
            id = decode.expect(id, int, "id")

        author = decode.model(_models.UserSimple.from_dict, d.pop("author", decode.MISSING), "author")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        description = d.pop("description", decode.MISSING)
        if description is not None and type(description) is not str:
            description = decode.expect(description, str, "description", "one of None | str")

        users = decode.model_array(_models.UserSimple.from_dict, d.pop("users", decode.MISSING), "users")

        auto_share = d.pop("autoShare", decode.MISSING)
        if type(auto_share) is not bool:
            auto_share = decode.expect(auto_share, bool, "autoShare")

        created_at = decode.date_time(d.pop("createdAt", decode.MISSING), "createdAt")

        updated_at = decode.date_time(d.pop("updatedAt", decode.MISSING), "updatedAt")

        archived = d.pop("archived", decode.MISSING)
        if type(archived) is not str:
            archived = decode.expect(archived, str, "archived")

        project_summary = cls.__new__(cls)
        project_summary.id = id
        project_summary.author = author
        project_summary.name = name
        project_summary.description = description
        project_summary.users = users
        project_summary.auto_share = auto_share
        project_summary.created_at = created_at
        project_summary.updated_at = updated_at
        project_summary.archived = archived

        project_summary.additional_properties = d if d else {}
        return project_summary

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
