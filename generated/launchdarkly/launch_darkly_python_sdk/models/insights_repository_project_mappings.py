from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable

if TYPE_CHECKING:
    from ..models.insights_repository_project import InsightsRepositoryProject


T = TypeVar("T", bound="InsightsRepositoryProjectMappings")


@_attrs_define
class InsightsRepositoryProjectMappings:
    """
    Attributes:
        mappings (list[InsightsRepositoryProject]):
    """

    mappings: list[InsightsRepositoryProject]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        mappings = []
        for mappings_item_data in self.mappings:
            mappings_item = jsonable(mappings_item_data)
            mappings.append(mappings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mappings": mappings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mappings = decode.model_array(
            _models.InsightsRepositoryProject.from_dict, d.pop("mappings", decode.MISSING), "mappings"
        )

        insights_repository_project_mappings = cls.__new__(cls)
        insights_repository_project_mappings.mappings = mappings

        insights_repository_project_mappings.additional_properties = d if d else {}
        return insights_repository_project_mappings

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
