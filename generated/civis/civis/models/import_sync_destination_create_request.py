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
    from ..models.import_database_table_create_request import ImportDatabaseTableCreateRequest
    from ..models.import_google_worksheet_create_request import ImportGoogleWorksheetCreateRequest


T = TypeVar("T", bound="ImportSyncDestinationCreateRequest")


@_attrs_define(slots=False)
class ImportSyncDestinationCreateRequest(ResponseMetadata):
    """
    Attributes:
        path (str | Unset):
        database_table (ImportDatabaseTableCreateRequest | Unset):
        google_worksheet (ImportGoogleWorksheetCreateRequest | Unset):
    """

    path: str | Unset = UNSET
    database_table: ImportDatabaseTableCreateRequest | Unset = UNSET
    google_worksheet: ImportGoogleWorksheetCreateRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        database_table: dict[str, Any] | Unset = UNSET
        if not isinstance(self.database_table, Unset):
            database_table = jsonable(self.database_table)

        google_worksheet: dict[str, Any] | Unset = UNSET
        if not isinstance(self.google_worksheet, Unset):
            google_worksheet = jsonable(self.google_worksheet)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if path is not UNSET:
            field_dict["path"] = path
        if database_table is not UNSET:
            field_dict["databaseTable"] = database_table
        if google_worksheet is not UNSET:
            field_dict["googleWorksheet"] = google_worksheet

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        path = d.pop("path", UNSET)
        if type(path) is not str and path is not UNSET:
            path = decode.expect(path, str, "path")

        database_table = d.pop("databaseTable", UNSET)
        if database_table is not UNSET:
            database_table = decode.model(
                _models.ImportDatabaseTableCreateRequest.from_dict, database_table, "databaseTable"
            )

        google_worksheet = d.pop("googleWorksheet", UNSET)
        if google_worksheet is not UNSET:
            google_worksheet = decode.model(
                _models.ImportGoogleWorksheetCreateRequest.from_dict, google_worksheet, "googleWorksheet"
            )

        import_sync_destination_create_request = cls.__new__(cls)
        import_sync_destination_create_request.path = path
        import_sync_destination_create_request.database_table = database_table
        import_sync_destination_create_request.google_worksheet = google_worksheet

        import_sync_destination_create_request.additional_properties = d if d else {}
        return import_sync_destination_create_request

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
