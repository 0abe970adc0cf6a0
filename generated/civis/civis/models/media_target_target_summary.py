from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

T = TypeVar("T", bound="MediaTargetTargetSummary")


@_attrs_define(slots=False)
class MediaTargetTargetSummary(ResponseMetadata):
    """
    Attributes:
        name (str):
        identifier (str):
        data_source (str):
    """

    name: str
    identifier: str
    data_source: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        identifier = self.identifier

        data_source = self.data_source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "identifier": identifier,
                "dataSource": data_source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        identifier = d.pop("identifier", decode.MISSING)
        if type(identifier) is not str:
            identifier = decode.expect(identifier, str, "identifier")

        data_source = d.pop("dataSource", decode.MISSING)
        if type(data_source) is not str:
            data_source = decode.expect(data_source, str, "dataSource")

        media_target_target_summary = cls.__new__(cls)
        media_target_target_summary.name = name
        media_target_target_summary.identifier = identifier
        media_target_target_summary.data_source = data_source

        media_target_target_summary.additional_properties = d if d else {}
        return media_target_target_summary

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
