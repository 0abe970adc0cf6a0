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
    from ..models.create_phase_input import CreatePhaseInput


T = TypeVar("T", bound="CreateReleasePipelineInput")


@_attrs_define
class CreateReleasePipelineInput:
    """
    Attributes:
        key (str):
        name (str):
        phases (list[CreatePhaseInput]):
        description (str | Unset):
        tags (list[str] | Unset):
        is_project_default (bool | Unset):
        is_legacy (bool | Unset):
    """

    key: str
    name: str
    phases: list[CreatePhaseInput]
    description: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    is_project_default: bool | Unset = UNSET
    is_legacy: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
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

        is_project_default = self.is_project_default

        is_legacy = self.is_legacy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "name": name,
                "phases": phases,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if tags is not UNSET:
            field_dict["tags"] = tags
        if is_project_default is not UNSET:
            field_dict["isProjectDefault"] = is_project_default
        if is_legacy is not UNSET:
            field_dict["isLegacy"] = is_legacy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key", decode.MISSING)
        if type(key) is not str:
            key = decode.expect(key, str, "key")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        phases = decode.model_array(_models.CreatePhaseInput.from_dict, d.pop("phases", decode.MISSING), "phases")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = decode.expect(description, str, "description")

        tags = d.pop("tags", UNSET)
        if tags is not UNSET:
            tags = decode.scalar_array(tags, str, "tags")

        is_project_default = d.pop("isProjectDefault", UNSET)
        if type(is_project_default) is not bool and is_project_default is not UNSET:
            is_project_default = decode.expect(is_project_default, bool, "isProjectDefault")

        is_legacy = d.pop("isLegacy", UNSET)
        if type(is_legacy) is not bool and is_legacy is not UNSET:
            is_legacy = decode.expect(is_legacy, bool, "isLegacy")

        create_release_pipeline_input = cls.__new__(cls)
        create_release_pipeline_input.key = key
        create_release_pipeline_input.name = name
        create_release_pipeline_input.phases = phases
        create_release_pipeline_input.description = description
        create_release_pipeline_input.tags = tags
        create_release_pipeline_input.is_project_default = is_project_default
        create_release_pipeline_input.is_legacy = is_legacy

        create_release_pipeline_input.additional_properties = d if d else {}
        return create_release_pipeline_input

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
