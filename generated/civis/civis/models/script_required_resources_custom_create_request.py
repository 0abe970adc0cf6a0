from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScriptRequiredResourcesCustomCreateRequest")


@_attrs_define(slots=False)
class ScriptRequiredResourcesCustomCreateRequest(ResponseMetadata):
    """
    Attributes:
        cpu (int | Unset):
        memory (int | Unset):
        disk_space (float | Unset):
    """

    cpu: int | Unset = UNSET
    memory: int | Unset = UNSET
    disk_space: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        cpu = self.cpu

        memory = self.memory

        disk_space = self.disk_space

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if memory is not UNSET:
            field_dict["memory"] = memory
        if disk_space is not UNSET:
            field_dict["diskSpace"] = disk_space

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cpu = d.pop("cpu", UNSET)
        if type(cpu) is not int and cpu is not UNSET:
            cpu = decode.expect(cpu, int, "cpu")

        memory = d.pop("memory", UNSET)
        if type(memory) is not int and memory is not UNSET:
            memory = decode.expect(memory, int, "memory")

        disk_space = d.pop("diskSpace", UNSET)
        if type(disk_space) is not float and disk_space is not UNSET:
            disk_space = decode.expect(disk_space, float, "diskSpace")

        script_required_resources_custom_create_request = cls.__new__(cls)
        script_required_resources_custom_create_request.cpu = cpu
        script_required_resources_custom_create_request.memory = memory
        script_required_resources_custom_create_request.disk_space = disk_space

        script_required_resources_custom_create_request.additional_properties = d if d else {}
        return script_required_resources_custom_create_request

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
