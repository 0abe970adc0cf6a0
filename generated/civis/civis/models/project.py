from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core.response_metadata import ResponseMetadata

if TYPE_CHECKING:
    from ..models.project_files_item import ProjectFilesItem
    from ..models.project_scripts_item import ProjectScriptsItem
    from ..models.project_tables_item import ProjectTablesItem
    from ..models.user_simple import UserSimple


T = TypeVar("T", bound="Project")


@_attrs_define(slots=False)
class Project(ResponseMetadata):
    """A folder-like grouping of Civis objects.

    Attributes:
        id (int):
        author (UserSimple): Short reference to a user.
        name (str):
        description (None | str):
        users (list[UserSimple]):
        auto_share (bool):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        note (None | str):
        scripts (list[ProjectScriptsItem]):
        tables (list[ProjectTablesItem]):
        files (list[ProjectFilesItem]):
        archived (str):
        hidden (bool):
    """

    id: int
    author: UserSimple
    name: str
    description: None | str
    users: list[UserSimple]
    auto_share: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    note: None | str
    scripts: list[ProjectScriptsItem]
    tables: list[ProjectTablesItem]
    files: list[ProjectFilesItem]
    archived: str
    hidden: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        author = self.author.to_dict()

        name = self.name

        description: None | str
        description = self.description

        users = []
        for users_item_data in self.users:
            users_item = users_item_data.to_dict()
            users.append(users_item)

        auto_share = self.auto_share

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        note: None | str
        note = self.note

        scripts = []
        for scripts_item_data in self.scripts:
            scripts_item = scripts_item_data.to_dict()
            scripts.append(scripts_item)

        tables = []
        for tables_item_data in self.tables:
            tables_item = tables_item_data.to_dict()
            tables.append(tables_item)

        files = []
        for files_item_data in self.files:
            files_item = files_item_data.to_dict()
            files.append(files_item)

        archived = self.archived

        hidden = self.hidden

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
                "note": note,
                "scripts": scripts,
                "tables": tables,
                "files": files,
                "archived": archived,
                "hidden": hidden,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_files_item import ProjectFilesItem  # noqa: PLC0415
        from ..models.project_scripts_item import ProjectScriptsItem  # noqa: PLC0415
        from ..models.project_tables_item import ProjectTablesItem  # noqa: PLC0415
        from ..models.user_simple import UserSimple  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        author = UserSimple.from_dict(d.pop("author"))

        name = d.pop("name")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        users = []
        _users = d.pop("users")
        for users_item_data in _users:
            users_item = UserSimple.from_dict(users_item_data)

            users.append(users_item)

        auto_share = d.pop("autoShare")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        scripts = []
        _scripts = d.pop("scripts")
        for scripts_item_data in _scripts:
            scripts_item = ProjectScriptsItem.from_dict(scripts_item_data)

            scripts.append(scripts_item)

        tables = []
        _tables = d.pop("tables")
        for tables_item_data in _tables:
            tables_item = ProjectTablesItem.from_dict(tables_item_data)

            tables.append(tables_item)

        files = []
        _files = d.pop("files")
        for files_item_data in _files:
            files_item = ProjectFilesItem.from_dict(files_item_data)

            files.append(files_item)

        archived = d.pop("archived")

        hidden = d.pop("hidden")

        project = cls(
            id=id,
            author=author,
            name=name,
            description=description,
            users=users,
            auto_share=auto_share,
            created_at=created_at,
            updated_at=updated_at,
            note=note,
            scripts=scripts,
            tables=tables,
            files=files,
            archived=archived,
            hidden=hidden,
        )

        project.additional_properties = d
        return project

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
