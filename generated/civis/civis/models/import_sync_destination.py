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
    from ..models.import_database_table import ImportDatabaseTable
    from ..models.import_google_worksheet import ImportGoogleWorksheet


T = TypeVar("T", bound="ImportSyncDestination")


@_attrs_define(slots=False)
class ImportSyncDestination(ResponseMetadata):
    """
    Attributes:
        path (str):
        database_table (ImportDatabaseTable):
        google_worksheet (ImportGoogleWorksheet):
    """

    path: str
    database_table: ImportDatabaseTable
    google_worksheet: ImportGoogleWorksheet
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        database_table = jsonable(self.database_table)

        google_worksheet = jsonable(self.google_worksheet)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "path": path,
                "databaseTable": database_table,
                "googleWorksheet": google_worksheet,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        path = d.pop("path", decode.MISSING)
        if type(path) is not str:
            path = decode.expect(path, str, "path")

        database_table = decode.model(
            _models.ImportDatabaseTable.from_dict, d.pop("databaseTable", decode.MISSING), "databaseTable"
        )

        google_worksheet = decode.model(
            _models.ImportGoogleWorksheet.from_dict, d.pop("googleWorksheet", decode.MISSING), "googleWorksheet"
        )

        import_sync_destination = cls.__new__(cls)
        import_sync_destination.path = path
        import_sync_destination.database_table = database_table
        import_sync_destination.google_worksheet = google_worksheet

        import_sync_destination.additional_properties = d if d else {}
        return import_sync_destination

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
