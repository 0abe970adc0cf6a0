from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr

T = TypeVar("T", bound="BulkUpdateMetadataParamsDataValuesItem")


@_attrs_define
class BulkUpdateMetadataParamsDataValuesItem:
    """
    Attributes:
        field_definition_id (UUID):
        value (Any): New value; its type depends on the field.
    """

    field_definition_id: UUID
    value: Any
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_definition_id = str(self.field_definition_id)

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field_definition_id": field_definition_id,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_definition_id = decode.uuid(d.pop("field_definition_id", decode.MISSING), "field_definition_id")

        value = d.pop("value")

        bulk_update_metadata_params_data_values_item = cls.__new__(cls)
        bulk_update_metadata_params_data_values_item.field_definition_id = field_definition_id
        bulk_update_metadata_params_data_values_item.value = value

        bulk_update_metadata_params_data_values_item.additional_properties = d if d else {}
        return bulk_update_metadata_params_data_values_item

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
