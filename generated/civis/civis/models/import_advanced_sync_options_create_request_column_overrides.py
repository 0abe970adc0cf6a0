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

if TYPE_CHECKING:
    from ..models.import_column_override_create_request import ImportColumnOverrideCreateRequest


T = TypeVar("T", bound="ImportAdvancedSyncOptionsCreateRequestColumnOverrides")


@_attrs_define(slots=False)
class ImportAdvancedSyncOptionsCreateRequestColumnOverrides(ResponseMetadata):
    """A JSON object for which the API declares no fields."""

    additional_properties: dict[str, ImportColumnOverrideCreateRequest] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = jsonable(prop)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        import_advanced_sync_options_create_request_column_overrides = cls.__new__(cls)

        additional_properties = {}
        for prop_name, prop_dict in src_dict.items():
            additional_property = decode.model(
                _models.ImportColumnOverrideCreateRequest.from_dict, prop_dict, prop_name
            )

            additional_properties[prop_name] = additional_property

        import_advanced_sync_options_create_request_column_overrides.additional_properties = additional_properties
        return import_advanced_sync_options_create_request_column_overrides

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ImportColumnOverrideCreateRequest:
        return field_item(self, key, self.additional_properties)

    def __setitem__(self, key: str, value: ImportColumnOverrideCreateRequest) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return has_field_item(self, key, self.additional_properties)
