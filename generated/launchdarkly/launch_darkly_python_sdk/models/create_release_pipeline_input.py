from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        from ..models.create_phase_input import CreatePhaseInput  # noqa: PLC0415

        d = dict(src_dict)
        key = decode.expect(d.pop("key", decode.MISSING), str, "key")

        name = decode.expect(d.pop("name", decode.MISSING), str, "name")

        _phases = d.pop("phases", decode.MISSING)
        phases: list[CreatePhaseInput]
        if isinstance(_phases, list):
            phases = []
            for phases_index, phases_item_data in enumerate(_phases):
                with decode.at("phases", phases_index):
                    phases_item = decode.model(CreatePhaseInput.from_dict, phases_item_data)

                phases.append(phases_item)
        else:
            phases = decode.mismatch("an array", _phases, "phases")

        description = decode.expect(d.pop("description", UNSET), str, "description")

        _tags = d.pop("tags", UNSET)
        tags: list[str] | Unset
        if isinstance(_tags, list):
            tags = []
            for tags_index, tags_item_data in enumerate(_tags):
                with decode.at("tags", tags_index):
                    tags_item = decode.expect(tags_item_data, str)

                tags.append(tags_item)
        else:
            tags = decode.mismatch("an array", _tags, "tags")

        is_project_default = decode.expect(d.pop("isProjectDefault", UNSET), bool, "isProjectDefault")

        is_legacy = decode.expect(d.pop("isLegacy", UNSET), bool, "isLegacy")

        create_release_pipeline_input = cls(
            key=key,
            name=name,
            phases=phases,
            description=description,
            tags=tags,
            is_project_default=is_project_default,
            is_legacy=is_legacy,
        )

        create_release_pipeline_input.additional_properties = d
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
