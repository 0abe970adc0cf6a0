from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.release_pipeline_phases_item import ReleasePipelinePhasesItem


T = TypeVar("T", bound="ReleasePipeline")


@_attrs_define
class ReleasePipeline:
    """An ordered set of phases a flag rolls through.

    Attributes:
        created_at (str):
        key (str):  Example: standard-rollout.
        name (str):  Example: Standard rollout.
        phases (list[ReleasePipelinePhasesItem]):
        description (str | Unset):
        tags (list[str] | Unset):
        field_version (int | Unset):
        is_project_default (bool | Unset):
    """

    created_at: str
    key: str
    name: str
    phases: list[ReleasePipelinePhasesItem]
    description: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    field_version: int | Unset = UNSET
    is_project_default: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        key = self.key

        name = self.name

        phases = []
        for phases_item_data in self.phases:
            phases_item = jsonable(phases_item_data)
            phases.append(phases_item)

        description = self.description

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_version = self.field_version

        is_project_default = self.is_project_default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "key": key,
                "name": name,
                "phases": phases,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if tags is not UNSET:
            field_dict["tags"] = tags
        if field_version is not UNSET:
            field_dict["_version"] = field_version
        if is_project_default is not UNSET:
            field_dict["isProjectDefault"] = is_project_default

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = d.pop("createdAt", decode.MISSING)
        if type(created_at) is not str:
            created_at = decode.expect(created_at, str, "createdAt")

        key = d.pop("key", decode.MISSING)
        if type(key) is not str:
            key = decode.expect(key, str, "key")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        phases = decode.model_array(
            _models.ReleasePipelinePhasesItem.from_dict, d.pop("phases", decode.MISSING), "phases"
        )

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = decode.expect(description, str, "description")

        tags = d.pop("tags", UNSET)
        if tags is not UNSET:
            tags = decode.scalar_array(tags, str, "tags")

        field_version = d.pop("_version", UNSET)
        if type(field_version) is not int and field_version is not UNSET:
            field_version = decode.expect(field_version, int, "_version")

        is_project_default = d.pop("isProjectDefault", UNSET)
        if type(is_project_default) is not bool and is_project_default is not UNSET:
            is_project_default = decode.expect(is_project_default, bool, "isProjectDefault")

        release_pipeline = cls.__new__(cls)
        release_pipeline.created_at = created_at
        release_pipeline.key = key
        release_pipeline.name = name
        release_pipeline.phases = phases
        release_pipeline.description = description
        release_pipeline.tags = tags
        release_pipeline.field_version = field_version
        release_pipeline.is_project_default = is_project_default

        release_pipeline.additional_properties = d if d else {}
        return release_pipeline

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
