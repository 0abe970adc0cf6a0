from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.enhancement_cass_ncoa_db_output_create_request import EnhancementCassNcoaDBOutputCreateRequest


T = TypeVar("T", bound="EnhancementCassNcoaDestParamsCreateRequest")


@_attrs_define(slots=False)
class EnhancementCassNcoaDestParamsCreateRequest(ResponseMetadata):
    """
    Attributes:
        database_table (EnhancementCassNcoaDBOutputCreateRequest | Unset):
    """

    database_table: EnhancementCassNcoaDBOutputCreateRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        database_table: dict[str, Any] | Unset = UNSET
        if not isinstance(self.database_table, Unset):
            database_table = jsonable(self.database_table)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if database_table is not UNSET:
            field_dict["databaseTable"] = database_table

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        database_table = d.pop("databaseTable", UNSET)
        if database_table is not UNSET:
            database_table = decode.model(
                _models.EnhancementCassNcoaDBOutputCreateRequest.from_dict, database_table, "databaseTable"
            )

        enhancement_cass_ncoa_dest_params_create_request = cls.__new__(cls)
        enhancement_cass_ncoa_dest_params_create_request.database_table = database_table

        enhancement_cass_ncoa_dest_params_create_request.additional_properties = d if d else {}
        return enhancement_cass_ncoa_dest_params_create_request

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
