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
    from ..models.import_advanced_sync_options_create_request import ImportAdvancedSyncOptionsCreateRequest
    from ..models.import_sync_destination_create_request import ImportSyncDestinationCreateRequest
    from ..models.import_sync_source_create_request import ImportSyncSourceCreateRequest


T = TypeVar("T", bound="ImportSyncRelationWithDataUpdateRequest")


@_attrs_define(slots=False)
class ImportSyncRelationWithDataUpdateRequest(ResponseMetadata):
    """
    Attributes:
        source (ImportSyncSourceCreateRequest):
        destination (ImportSyncDestinationCreateRequest):
        advanced_options (ImportAdvancedSyncOptionsCreateRequest | Unset):
    """

    source: ImportSyncSourceCreateRequest
    destination: ImportSyncDestinationCreateRequest
    advanced_options: ImportAdvancedSyncOptionsCreateRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        source = jsonable(self.source)

        destination = jsonable(self.destination)

        advanced_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.advanced_options, Unset):
            advanced_options = jsonable(self.advanced_options)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "destination": destination,
            }
        )
        if advanced_options is not UNSET:
            field_dict["advancedOptions"] = advanced_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source = decode.model(
            _models.ImportSyncSourceCreateRequest.from_dict, d.pop("source", decode.MISSING), "source"
        )

        destination = decode.model(
            _models.ImportSyncDestinationCreateRequest.from_dict, d.pop("destination", decode.MISSING), "destination"
        )

        advanced_options = d.pop("advancedOptions", UNSET)
        if advanced_options is not UNSET:
            advanced_options = decode.model(
                _models.ImportAdvancedSyncOptionsCreateRequest.from_dict, advanced_options, "advancedOptions"
            )

        import_sync_relation_with_data_update_request = cls.__new__(cls)
        import_sync_relation_with_data_update_request.source = source
        import_sync_relation_with_data_update_request.destination = destination
        import_sync_relation_with_data_update_request.advanced_options = advanced_options

        import_sync_relation_with_data_update_request.additional_properties = d if d else {}
        return import_sync_relation_with_data_update_request

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
