from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

T = TypeVar("T", bound="ProjectsProjectObject")


@_attrs_define(slots=False)
class ProjectsProjectObject(ResponseMetadata):
    """
    Attributes:
        project_id (int):
        object_id (int):
        object_type (str):
        fco_type (str):
        sub_type (str):
        name (str):
        icon (str):
        author (str):
        updated_at (str):
        auto_share (bool):
        archived (str):
        hidden (bool):
        my_permission_level (str):
    """

    project_id: int
    object_id: int
    object_type: str
    fco_type: str
    sub_type: str
    name: str
    icon: str
    author: str
    updated_at: str
    auto_share: bool
    archived: str
    hidden: bool
    my_permission_level: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        object_id = self.object_id

        object_type = self.object_type

        fco_type = self.fco_type

        sub_type = self.sub_type

        name = self.name

        icon = self.icon

        author = self.author

        updated_at = self.updated_at

        auto_share = self.auto_share

        archived = self.archived

        hidden = self.hidden

        my_permission_level = self.my_permission_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projectId": project_id,
                "objectId": object_id,
                "objectType": object_type,
                "fcoType": fco_type,
                "subType": sub_type,
                "name": name,
                "icon": icon,
                "author": author,
                "updatedAt": updated_at,
                "autoShare": auto_share,
                "archived": archived,
                "hidden": hidden,
                "myPermissionLevel": my_permission_level,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_id = d.pop("projectId", decode.MISSING)
        if type(project_id) is not int:
            project_id = decode.expect(project_id, int, "projectId")

        object_id = d.pop("objectId", decode.MISSING)
        if type(object_id) is not int:
            object_id = decode.expect(object_id, int, "objectId")

        object_type = d.pop("objectType", decode.MISSING)
        if type(object_type) is not str:
            object_type = decode.expect(object_type, str, "objectType")

        fco_type = d.pop("fcoType", decode.MISSING)
        if type(fco_type) is not str:
            fco_type = decode.expect(fco_type, str, "fcoType")

        sub_type = d.pop("subType", decode.MISSING)
        if type(sub_type) is not str:
            sub_type = decode.expect(sub_type, str, "subType")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        icon = d.pop("icon", decode.MISSING)
        if type(icon) is not str:
            icon = decode.expect(icon, str, "icon")

        author = d.pop("author", decode.MISSING)
        if type(author) is not str:
            author = decode.expect(author, str, "author")

        updated_at = d.pop("updatedAt", decode.MISSING)
        if type(updated_at) is not str:
            updated_at = decode.expect(updated_at, str, "updatedAt")

        auto_share = d.pop("autoShare", decode.MISSING)
        if type(auto_share) is not bool:
            auto_share = decode.expect(auto_share, bool, "autoShare")

        archived = d.pop("archived", decode.MISSING)
        if type(archived) is not str:
            archived = decode.expect(archived, str, "archived")

        hidden = d.pop("hidden", decode.MISSING)
        if type(hidden) is not bool:
            hidden = decode.expect(hidden, bool, "hidden")

        my_permission_level = d.pop("myPermissionLevel", decode.MISSING)
        if type(my_permission_level) is not str:
            my_permission_level = decode.expect(my_permission_level, str, "myPermissionLevel")

        projects_project_object = cls.__new__(cls)
        projects_project_object.project_id = project_id
        projects_project_object.object_id = object_id
        projects_project_object.object_type = object_type
        projects_project_object.fco_type = fco_type
        projects_project_object.sub_type = sub_type
        projects_project_object.name = name
        projects_project_object.icon = icon
        projects_project_object.author = author
        projects_project_object.updated_at = updated_at
        projects_project_object.auto_share = auto_share
        projects_project_object.archived = archived
        projects_project_object.hidden = hidden
        projects_project_object.my_permission_level = my_permission_level

        projects_project_object.additional_properties = d if d else {}
        return projects_project_object

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
