from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostInsightGroupParams")


@_attrs_define
class PostInsightGroupParams:
    """
    Attributes:
        name (str):
        key (str):
        project_key (str):
        environment_key (str):
        application_keys (list[str] | Unset):
    """

    name: str
    key: str
    project_key: str
    environment_key: str
    application_keys: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        key = self.key

        project_key = self.project_key

        environment_key = self.environment_key

        application_keys: list[str] | Unset = UNSET
        if not isinstance(self.application_keys, Unset):
            application_keys = self.application_keys

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "key": key,
                "projectKey": project_key,
                "environmentKey": environment_key,
            }
        )
        if application_keys is not UNSET:
            field_dict["applicationKeys"] = application_keys

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        key = d.pop("key", decode.MISSING)
        if type(key) is not str:
            key = decode.expect(key, str, "key")

        project_key = d.pop("projectKey", decode.MISSING)
        if type(project_key) is not str:
            project_key = decode.expect(project_key, str, "projectKey")

        environment_key = d.pop("environmentKey", decode.MISSING)
        if type(environment_key) is not str:
            environment_key = decode.expect(environment_key, str, "environmentKey")

        application_keys = d.pop("applicationKeys", UNSET)
        if application_keys is not UNSET:
            application_keys = decode.scalar_array(application_keys, str, "applicationKeys")

        post_insight_group_params = cls.__new__(cls)
        post_insight_group_params.name = name
        post_insight_group_params.key = key
        post_insight_group_params.project_key = project_key
        post_insight_group_params.environment_key = environment_key
        post_insight_group_params.application_keys = application_keys

        post_insight_group_params.additional_properties = d if d else {}
        return post_insight_group_params

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
