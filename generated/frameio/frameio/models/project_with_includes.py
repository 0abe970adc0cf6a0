from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable, rfc3339
from ..models.project_status import ProjectStatus, check_project_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user import User


T = TypeVar("T", bound="ProjectWithIncludes")


@_attrs_define
class ProjectWithIncludes:
    """
    Attributes:
        id (UUID):  Example: c3a9e0f2-71b4-4d8e-a6f5-90e2d4b7c118.
        name (str):  Example: Spring campaign.
        status (ProjectStatus | str):
        storage (int): Bytes used by the project. Default: 0.
        workspace_id (UUID):
        root_folder_id (UUID): Top folder of the project tree.
        view_url (str):  Example: https://next.frame.io/project/c3a9e0f2-71b4-4d8e-a6f5-90e2d4b7c118.
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        restricted (bool | Unset): Only invited members can see a restricted project.
        adobe_id (None | str | Unset):
        owner (User | Unset): A person as seen from another resource.
    """

    id: UUID
    name: str
    status: ProjectStatus | str
    workspace_id: UUID
    root_folder_id: UUID
    view_url: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    storage: int = 0
    restricted: bool | Unset = UNSET
    adobe_id: None | str | Unset = UNSET
    owner: User | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        status: str = self.status

        storage = self.storage

        workspace_id = str(self.workspace_id)

        root_folder_id = str(self.root_folder_id)

        view_url = self.view_url

        created_at = rfc3339(self.created_at)

        updated_at = rfc3339(self.updated_at)

        restricted = self.restricted

        adobe_id: None | str | Unset
        if isinstance(self.adobe_id, Unset):
            adobe_id = UNSET
        else:
            adobe_id = self.adobe_id

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = jsonable(self.owner)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "status": status,
                "storage": storage,
                "workspace_id": workspace_id,
                "root_folder_id": root_folder_id,
                "view_url": view_url,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if restricted is not UNSET:
            field_dict["restricted"] = restricted
        if adobe_id is not UNSET:
            field_dict["adobe_id"] = adobe_id
        if owner is not UNSET:
            field_dict["owner"] = owner

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = decode.uuid(d.pop("id", decode.MISSING), "id")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        status = check_project_status(d.pop("status", decode.MISSING), "status")

        storage = d.pop("storage", decode.MISSING)
        if type(storage) is not int:
            storage = decode.expect(storage, int, "storage")

        workspace_id = decode.uuid(d.pop("workspace_id", decode.MISSING), "workspace_id")

        root_folder_id = decode.uuid(d.pop("root_folder_id", decode.MISSING), "root_folder_id")

        view_url = d.pop("view_url", decode.MISSING)
        if type(view_url) is not str:
            view_url = decode.expect(view_url, str, "view_url")

        created_at = decode.date_time(d.pop("created_at", decode.MISSING), "created_at")

        updated_at = decode.date_time(d.pop("updated_at", decode.MISSING), "updated_at")

        restricted = d.pop("restricted", UNSET)
        if type(restricted) is not bool and restricted is not UNSET:
            restricted = decode.expect(restricted, bool, "restricted")

        adobe_id = d.pop("adobe_id", UNSET)
        if adobe_id is not None and type(adobe_id) is not str and adobe_id is not UNSET:
            adobe_id = decode.expect(adobe_id, str, "adobe_id", "one of None | str")

        owner = d.pop("owner", UNSET)
        if owner is not UNSET:
            owner = decode.model(_models.User.from_dict, owner, "owner")

        project_with_includes = cls.__new__(cls)
        project_with_includes.id = id
        project_with_includes.name = name
        project_with_includes.status = status
        project_with_includes.storage = storage
        project_with_includes.workspace_id = workspace_id
        project_with_includes.root_folder_id = root_folder_id
        project_with_includes.view_url = view_url
        project_with_includes.created_at = created_at
        project_with_includes.updated_at = updated_at
        project_with_includes.restricted = restricted
        project_with_includes.adobe_id = adobe_id
        project_with_includes.owner = owner

        project_with_includes.additional_properties = d if d else {}
        return project_with_includes

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
