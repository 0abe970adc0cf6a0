from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..types import UNSET, Unset

T = TypeVar("T", bound="TableCreateCassNcoaEnhancementCreateRequest")


@_attrs_define(slots=False)
class TableCreateCassNcoaEnhancementCreateRequest(ResponseMetadata):
    """
    Attributes:
        perform_ncoa (bool | Unset):
        ncoa_credential_id (int | Unset):
        output_level (str | Unset):
        batch_size (int | Unset):
    """

    perform_ncoa: bool | Unset = UNSET
    ncoa_credential_id: int | Unset = UNSET
    output_level: str | Unset = UNSET
    batch_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        perform_ncoa = self.perform_ncoa

        ncoa_credential_id = self.ncoa_credential_id

        output_level = self.output_level

        batch_size = self.batch_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if perform_ncoa is not UNSET:
            field_dict["performNcoa"] = perform_ncoa
        if ncoa_credential_id is not UNSET:
            field_dict["ncoaCredentialId"] = ncoa_credential_id
        if output_level is not UNSET:
            field_dict["outputLevel"] = output_level
        if batch_size is not UNSET:
            field_dict["batchSize"] = batch_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        perform_ncoa = d.pop("performNcoa", UNSET)
        if type(perform_ncoa) is not bool and perform_ncoa is not UNSET:
            perform_ncoa = decode.expect(perform_ncoa, bool, "performNcoa")

        ncoa_credential_id = d.pop("ncoaCredentialId", UNSET)
        if type(ncoa_credential_id) is not int and ncoa_credential_id is not UNSET:
            ncoa_credential_id = decode.expect(ncoa_credential_id, int, "ncoaCredentialId")

        output_level = d.pop("outputLevel", UNSET)
        if type(output_level) is not str and output_level is not UNSET:
            output_level = decode.expect(output_level, str, "outputLevel")

        batch_size = d.pop("batchSize", UNSET)
        if type(batch_size) is not int and batch_size is not UNSET:
            batch_size = decode.expect(batch_size, int, "batchSize")

        table_create_cass_ncoa_enhancement_create_request = cls.__new__(cls)
        table_create_cass_ncoa_enhancement_create_request.perform_ncoa = perform_ncoa
        table_create_cass_ncoa_enhancement_create_request.ncoa_credential_id = ncoa_credential_id
        table_create_cass_ncoa_enhancement_create_request.output_level = output_level
        table_create_cass_ncoa_enhancement_create_request.batch_size = batch_size

        table_create_cass_ncoa_enhancement_create_request.additional_properties = d if d else {}
        return table_create_cass_ncoa_enhancement_create_request

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
