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
    from ..models.import_advanced_sync_options import ImportAdvancedSyncOptions
    from ..models.import_sync_destination import ImportSyncDestination
    from ..models.import_sync_source import ImportSyncSource


T = TypeVar("T", bound="ImportSync")


@_attrs_define(slots=False)
class ImportSync(ResponseMetadata):
    """
    Attributes:
        id (int):
        source (ImportSyncSource):
        destination (ImportSyncDestination):
        advanced_options (ImportAdvancedSyncOptions):
    """

    id: int
    source: ImportSyncSource
    destination: ImportSyncDestination
    advanced_options: ImportAdvancedSyncOptions
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source = jsonable(self.source)

        destination = jsonable(self.destination)

        advanced_options = jsonable(self.advanced_options)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "source": source,
                "destination": destination,
                "advancedOptions": advanced_options,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", decode.MISSING)
        if type(id) is not int:
            id = decode.expect(id, int, "id")

        source = decode.model(_models.ImportSyncSource.from_dict, d.pop("source", decode.MISSING), "source")

        destination = decode.model(
            _models.ImportSyncDestination.from_dict, d.pop("destination", decode.MISSING), "destination"
        )

        advanced_options = decode.model(
            _models.ImportAdvancedSyncOptions.from_dict, d.pop("advancedOptions", decode.MISSING), "advancedOptions"
        )

        import_sync = cls.__new__(cls)
        import_sync.id = id
        import_sync.source = source
        import_sync.destination = destination
        import_sync.advanced_options = advanced_options

        import_sync.additional_properties = d if d else {}
        return import_sync

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
