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

        note: None | str
        note = self.note

        scripts = []
        for scripts_item_data in self.scripts:
            scripts_item = jsonable(scripts_item_data)
            scripts.append(scripts_item)

        tables = []
        for tables_item_data in self.tables:
            tables_item = jsonable(tables_item_data)
            tables.append(tables_item)

        files = []
        for files_item_data in self.files:
            files_item = jsonable(files_item_data)
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

        note = d.pop("note", decode.MISSING)
        if note is not None and type(note) is not str:
            note = decode.expect(note, str, "note", "one of None | str")

        scripts = decode.model_array(_models.ProjectScriptsItem.from_dict, d.pop("scripts", decode.MISSING), "scripts")

        tables = decode.model_array(_models.ProjectTablesItem.from_dict, d.pop("tables", decode.MISSING), "tables")

        files = decode.model_array(_models.ProjectFilesItem.from_dict, d.pop("files", decode.MISSING), "files")

        archived = d.pop("archived", decode.MISSING)
        if type(archived) is not str:
            archived = decode.expect(archived, str, "archived")

        hidden = d.pop("hidden", decode.MISSING)
        if type(hidden) is not bool:
            hidden = decode.expect(hidden, bool, "hidden")

        project = cls.__new__(cls)
        project.id = id
        project.author = author
        project.name = name
        project.description = description
        project.users = users
        project.auto_share = auto_share
        project.created_at = created_at
        project.updated_at = updated_at
        project.note = note
        project.scripts = scripts
        project.tables = tables
        project.files = files
        project.archived = archived
        project.hidden = hidden

        project.additional_properties = d if d else {}
        return project

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
