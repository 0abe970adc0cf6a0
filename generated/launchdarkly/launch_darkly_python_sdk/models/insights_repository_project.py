from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr

T = TypeVar("T", bound="InsightsRepositoryProject")


@_attrs_define
class InsightsRepositoryProject:
    """
    Attributes:
        repository_key (str):
        project_key (str):
    """

    repository_key: str
    project_key: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        repository_key = self.repository_key

        project_key = self.project_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "repositoryKey": repository_key,
                "projectKey": project_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        repository_key = d.pop("repositoryKey", decode.MISSING)
        if type(repository_key) is not str:
            repository_key = decode.expect(repository_key, str, "repositoryKey")

        project_key = d.pop("projectKey", decode.MISSING)
        if type(project_key) is not str:
            project_key = decode.expect(project_key, str, "projectKey")

        insights_repository_project = cls.__new__(cls)
        insights_repository_project.repository_key = repository_key
        insights_repository_project.project_key = project_key

        insights_repository_project.additional_properties = d if d else {}
        return insights_repository_project

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
