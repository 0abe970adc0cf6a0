from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

T = TypeVar("T", bound="TableCassNcoaEnhancement")


@_attrs_define(slots=False)
class TableCassNcoaEnhancement(ResponseMetadata):
    """
    Attributes:
        id (int):
        source_table_id (int):
        state (str):
        enhanced_table_schema (str):
        enhanced_table_name (str):
        perform_ncoa (bool):
        ncoa_credential_id (int):
        output_level (str):
        batch_size (int):
    """

    id: int
    source_table_id: int
    state: str
    enhanced_table_schema: str
    enhanced_table_name: str
    perform_ncoa: bool
    ncoa_credential_id: int
    output_level: str
    batch_size: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source_table_id = self.source_table_id

        state = self.state

        enhanced_table_schema = self.enhanced_table_schema

        enhanced_table_name = self.enhanced_table_name

        perform_ncoa = self.perform_ncoa

        ncoa_credential_id = self.ncoa_credential_id

        output_level = self.output_level

        batch_size = self.batch_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "sourceTableId": source_table_id,
                "state": state,
                "enhancedTableSchema": enhanced_table_schema,
                "enhancedTableName": enhanced_table_name,
                "performNcoa": perform_ncoa,
                "ncoaCredentialId": ncoa_credential_id,
                "outputLevel": output_level,
                "batchSize": batch_size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", decode.MISSING)
        if type(id) is not int:
            id = decode.expect(id, int, "id")

        source_table_id = d.pop("sourceTableId", decode.MISSING)
        if type(source_table_id) is not int:
            source_table_id = decode.expect(source_table_id, int, "sourceTableId")

        state = d.pop("state", decode.MISSING)
        if type(state) is not str:
            state = decode.expect(state, str, "state")

        enhanced_table_schema = d.pop("enhancedTableSchema", decode.MISSING)
        if type(enhanced_table_schema) is not str:
            enhanced_table_schema = decode.expect(enhanced_table_schema, str, "enhancedTableSchema")

        enhanced_table_name = d.pop("enhancedTableName", decode.MISSING)
        if type(enhanced_table_name) is not str:
            enhanced_table_name = decode.expect(enhanced_table_name, str, "enhancedTableName")

        perform_ncoa = d.pop("performNcoa", decode.MISSING)
        if type(perform_ncoa) is not bool:
            perform_ncoa = decode.expect(perform_ncoa, bool, "performNcoa")

        ncoa_credential_id = d.pop("ncoaCredentialId", decode.MISSING)
        if type(ncoa_credential_id) is not int:
            ncoa_credential_id = decode.expect(ncoa_credential_id, int, "ncoaCredentialId")

        output_level = d.pop("outputLevel", decode.MISSING)
        if type(output_level) is not str:
            output_level = decode.expect(output_level, str, "outputLevel")

        batch_size = d.pop("batchSize", decode.MISSING)
        if type(batch_size) is not int:
            batch_size = decode.expect(batch_size, int, "batchSize")

        table_cass_ncoa_enhancement = cls.__new__(cls)
        table_cass_ncoa_enhancement.id = id
        table_cass_ncoa_enhancement.source_table_id = source_table_id
        table_cass_ncoa_enhancement.state = state
        table_cass_ncoa_enhancement.enhanced_table_schema = enhanced_table_schema
        table_cass_ncoa_enhancement.enhanced_table_name = enhanced_table_name
        table_cass_ncoa_enhancement.perform_ncoa = perform_ncoa
        table_cass_ncoa_enhancement.ncoa_credential_id = ncoa_credential_id
        table_cass_ncoa_enhancement.output_level = output_level
        table_cass_ncoa_enhancement.batch_size = batch_size

        table_cass_ncoa_enhancement.additional_properties = d if d else {}
        return table_cass_ncoa_enhancement

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
