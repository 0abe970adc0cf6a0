from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourceIDResponse")


@_attrs_define
class ResourceIDResponse:
    """
    Attributes:
        kind (str | Unset):
        project_key (str | Unset):
        environment_key (str | Unset):
        flag_key (str | Unset):
        key (str | Unset):
    """

    kind: str | Unset = UNSET
    project_key: str | Unset = UNSET
    environment_key: str | Unset = UNSET
    flag_key: str | Unset = UNSET
    key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        project_key = self.project_key

        environment_key = self.environment_key

        flag_key = self.flag_key

        key = self.key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if kind is not UNSET:
            field_dict["kind"] = kind
        if project_key is not UNSET:
            field_dict["projectKey"] = project_key
        if environment_key is not UNSET:
            field_dict["environmentKey"] = environment_key
        if flag_key is not UNSET:
            field_dict["flagKey"] = flag_key
        if key is not UNSET:
            field_dict["key"] = key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = d.pop("kind", UNSET)
        if type(kind) is not str and kind is not UNSET:
            kind = decode.expect(kind, str, "kind")

        project_key = d.pop("projectKey", UNSET)
        if type(project_key) is not str and project_key is not UNSET:
            project_key = decode.expect(project_key, str, "projectKey")

        environment_key = d.pop("environmentKey", UNSET)
        if type(environment_key) is not str and environment_key is not UNSET:
            environment_key = decode.expect(environment_key, str, "environmentKey")

        flag_key = d.pop("flagKey", UNSET)
        if type(flag_key) is not str and flag_key is not UNSET:
            flag_key = decode.expect(flag_key, str, "flagKey")

        key = d.pop("key", UNSET)
        if type(key) is not str and key is not UNSET:
            key = decode.expect(key, str, "key")

        resource_id_response = cls.__new__(cls)
        resource_id_response.kind = kind
        resource_id_response.project_key = project_key
        resource_id_response.environment_key = environment_key
        resource_id_response.flag_key = flag_key
        resource_id_response.key = key

        resource_id_response.additional_properties = d if d else {}
        return resource_id_response

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
