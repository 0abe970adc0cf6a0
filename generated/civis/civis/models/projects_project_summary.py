from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

if TYPE_CHECKING:
    from ..models.user_simple_user import UserSimpleUser


T = TypeVar("T", bound="ProjectsProjectSummary")


@_attrs_define(slots=False)
class ProjectsProjectSummary(ResponseMetadata):
    """
    Attributes:
        id (int):
        author (UserSimpleUser):
        name (str):
        description (str):
        users (list[UserSimpleUser]):
        auto_share (bool):
        created_at (str):
        updated_at (str):
        archived (str):
    """

    id: int
    author: UserSimpleUser
    name: str
    description: str
    users: list[UserSimpleUser]
    auto_share: bool
    created_at: str
    updated_at: str
    archived: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        author = jsonable(self.author)

        name = self.name

        description = self.description

        users = []
        for users_item_data in self.users:
            users_item = jsonable(users_item_data)
            users.append(users_item)

        auto_share = self.auto_share

        created_at = self.created_at

        updated_at = self.updated_at

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
        from ..models.user_simple_user import UserSimpleUser  # noqa: PLC0415

        d = dict(src_dict)
        id = decode.expect(d.pop("id", decode.MISSING), int, "id")

        author = decode.model(UserSimpleUser.from_dict, d.pop("author", decode.MISSING), "author")

        name = decode.expect(d.pop("name", decode.MISSING), str, "name")

        description = decode.expect(d.pop("description", decode.MISSING), str, "description")

        _users = d.pop("users", decode.MISSING)
        users: list[UserSimpleUser]
        if isinstance(_users, list):
            users = []
            for users_index, users_item_data in enumerate(_users):
                with decode.at("users", users_index):
                    users_item = decode.model(UserSimpleUser.from_dict, users_item_data)

                users.append(users_item)
        else:
            users = decode.mismatch("an array", _users, "users")

        auto_share = decode.expect(d.pop("autoShare", decode.MISSING), bool, "autoShare")

        created_at = decode.expect(d.pop("createdAt", decode.MISSING), str, "createdAt")

        updated_at = decode.expect(d.pop("updatedAt", decode.MISSING), str, "updatedAt")

        archived = decode.expect(d.pop("archived", decode.MISSING), str, "archived")

        projects_project_summary = cls(
            id=id,
            author=author,
            name=name,
            description=description,
            users=users,
            auto_share=auto_share,
            created_at=created_at,
            updated_at=updated_at,
            archived=archived,
        )

        projects_project_summary.additional_properties = d
        return projects_project_summary

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
