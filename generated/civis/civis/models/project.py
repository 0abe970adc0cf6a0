from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        from ..models.project_files_item import ProjectFilesItem  # noqa: PLC0415
        from ..models.project_scripts_item import ProjectScriptsItem  # noqa: PLC0415
        from ..models.project_tables_item import ProjectTablesItem  # noqa: PLC0415
        from ..models.user_simple import UserSimple  # noqa: PLC0415

        d = dict(src_dict)
        id = decode.expect(d.pop("id", decode.MISSING), int, "id")

        author = decode.model(UserSimple.from_dict, d.pop("author", decode.MISSING), "author")

        name = decode.expect(d.pop("name", decode.MISSING), str, "name")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            try:
                with decode.strictly():
                    description_type_0 = decode.expect(data, str)

                return description_type_0
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str, decode.mismatch("one of None | str", data, "description"))

        description = _parse_description(d.pop("description", decode.MISSING))

        _users = d.pop("users", decode.MISSING)
        users: list[UserSimple]
        if isinstance(_users, list):
            users = []
            for users_index, users_item_data in enumerate(_users):
                with decode.at("users", users_index):
                    users_item = decode.model(UserSimple.from_dict, users_item_data)

                users.append(users_item)
        else:
            users = decode.mismatch("an array", _users, "users")

        auto_share = decode.expect(d.pop("autoShare", decode.MISSING), bool, "autoShare")

        created_at = decode.date_time(d.pop("createdAt", decode.MISSING), "createdAt")

        updated_at = decode.date_time(d.pop("updatedAt", decode.MISSING), "updatedAt")

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            try:
                with decode.strictly():
                    note_type_0 = decode.expect(data, str)

                return note_type_0
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str, decode.mismatch("one of None | str", data, "note"))

        note = _parse_note(d.pop("note", decode.MISSING))

        _scripts = d.pop("scripts", decode.MISSING)
        scripts: list[ProjectScriptsItem]
        if isinstance(_scripts, list):
            scripts = []
            for scripts_index, scripts_item_data in enumerate(_scripts):
                with decode.at("scripts", scripts_index):
                    scripts_item = decode.model(ProjectScriptsItem.from_dict, scripts_item_data)

                scripts.append(scripts_item)
        else:
            scripts = decode.mismatch("an array", _scripts, "scripts")

        _tables = d.pop("tables", decode.MISSING)
        tables: list[ProjectTablesItem]
        if isinstance(_tables, list):
            tables = []
            for tables_index, tables_item_data in enumerate(_tables):
                with decode.at("tables", tables_index):
                    tables_item = decode.model(ProjectTablesItem.from_dict, tables_item_data)

                tables.append(tables_item)
        else:
            tables = decode.mismatch("an array", _tables, "tables")

        _files = d.pop("files", decode.MISSING)
        files: list[ProjectFilesItem]
        if isinstance(_files, list):
            files = []
            for files_index, files_item_data in enumerate(_files):
                with decode.at("files", files_index):
                    files_item = decode.model(ProjectFilesItem.from_dict, files_item_data)

                files.append(files_item)
        else:
            files = decode.mismatch("an array", _files, "files")

        archived = decode.expect(d.pop("archived", decode.MISSING), str, "archived")

        hidden = decode.expect(d.pop("hidden", decode.MISSING), bool, "hidden")

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
        return field_item(self, key, self.additional_properties)

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return has_field_item(self, key, self.additional_properties)
