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
    from ..models.release_links import ReleaseLinks
    from ..models.release_phases_item import ReleasePhasesItem


T = TypeVar("T", bound="Release")


@_attrs_define
class Release:
    """The release a flag is currently moving through.

    Attributes:
        name (str):  Example: Standard rollout.
        release_pipeline_key (str):  Example: standard-rollout.
        release_pipeline_description (str):
        phases (list[ReleasePhasesItem]):
        field_version (int):
        field_links (ReleaseLinks | Unset):
    """

    name: str
    release_pipeline_key: str
    release_pipeline_description: str
    phases: list[ReleasePhasesItem]
    field_version: int
    field_links: ReleaseLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        release_pipeline_key = self.release_pipeline_key

        release_pipeline_description = self.release_pipeline_description

        phases = []
        for phases_item_data in self.phases:
            phases_item = jsonable(phases_item_data)
            phases.append(phases_item)

        field_version = self.field_version

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = jsonable(self.field_links)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "releasePipelineKey": release_pipeline_key,
                "releasePipelineDescription": release_pipeline_description,
                "phases": phases,
                "_version": field_version,
            }
        )
        if field_links is not UNSET:
            field_dict["_links"] = field_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        release_pipeline_key = d.pop("releasePipelineKey", decode.MISSING)
        if type(release_pipeline_key) is not str:
            release_pipeline_key = decode.expect(release_pipeline_key, str, "releasePipelineKey")

        release_pipeline_description = d.pop("releasePipelineDescription", decode.MISSING)
        if type(release_pipeline_description) is not str:
            release_pipeline_description = decode.expect(
                release_pipeline_description, str, "releasePipelineDescription"
            )

        phases = decode.model_array(_models.ReleasePhasesItem.from_dict, d.pop("phases", decode.MISSING), "phases")

        field_version = d.pop("_version", decode.MISSING)
        if type(field_version) is not int:
            field_version = decode.expect(field_version, int, "_version")

        field_links = d.pop("_links", UNSET)
        if field_links is not UNSET:
            field_links = decode.model(_models.ReleaseLinks.from_dict, field_links, "_links")

        release = cls.__new__(cls)
        release.name = name
        release.release_pipeline_key = release_pipeline_key
        release.release_pipeline_description = release_pipeline_description
        release.phases = phases
        release.field_version = field_version
        release.field_links = field_links

        release.additional_properties = d if d else {}
        return release

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
