from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

if TYPE_CHECKING:
    from ..models.projects_latest_status import ProjectsLatestStatus


T = TypeVar("T", bound="ProjectsEnhancement")


@_attrs_define(slots=False)
class ProjectsEnhancement(ResponseMetadata):
    """
    Attributes:
        id (int):
        created_at (str):
        updated_at (str):
        name (str):
        last_run (ProjectsLatestStatus):
    """

    id: int
    created_at: str
    updated_at: str
    name: str
    last_run: ProjectsLatestStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at

        updated_at = self.updated_at

        name = self.name

        last_run = jsonable(self.last_run)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "name": name,
                "lastRun": last_run,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", decode.MISSING)
        if type(id) is not int:
            id = decode.expect(id, int, "id")

        created_at = d.pop("createdAt", decode.MISSING)
        if type(created_at) is not str:
            created_at = decode.expect(created_at, str, "createdAt")

        updated_at = d.pop("updatedAt", decode.MISSING)
        if type(updated_at) is not str:
            updated_at = decode.expect(updated_at, str, "updatedAt")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        last_run = decode.model(_models.ProjectsLatestStatus.from_dict, d.pop("lastRun", decode.MISSING), "lastRun")

        projects_enhancement = cls.__new__(cls)
        projects_enhancement.id = id
        projects_enhancement.created_at = created_at
        projects_enhancement.updated_at = updated_at
        projects_enhancement.name = name
        projects_enhancement.last_run = last_run

        projects_enhancement.additional_properties = d if d else {}
        return projects_enhancement

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
