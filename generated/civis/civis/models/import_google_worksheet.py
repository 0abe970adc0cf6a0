from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

T = TypeVar("T", bound="ImportGoogleWorksheet")


@_attrs_define(slots=False)
class ImportGoogleWorksheet(ResponseMetadata):
    """
    Attributes:
        spreadsheet (str):
        spreadsheet_id (str):
        worksheet (str):
        worksheet_id (int):
    """

    spreadsheet: str
    spreadsheet_id: str
    worksheet: str
    worksheet_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        spreadsheet = self.spreadsheet

        spreadsheet_id = self.spreadsheet_id

        worksheet = self.worksheet

        worksheet_id = self.worksheet_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "spreadsheet": spreadsheet,
                "spreadsheetId": spreadsheet_id,
                "worksheet": worksheet,
                "worksheetId": worksheet_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        spreadsheet = d.pop("spreadsheet", decode.MISSING)
        if type(spreadsheet) is not str:
            spreadsheet = decode.expect(spreadsheet, str, "spreadsheet")

        spreadsheet_id = d.pop("spreadsheetId", decode.MISSING)
        if type(spreadsheet_id) is not str:
            spreadsheet_id = decode.expect(spreadsheet_id, str, "spreadsheetId")

        worksheet = d.pop("worksheet", decode.MISSING)
        if type(worksheet) is not str:
            worksheet = decode.expect(worksheet, str, "worksheet")

        worksheet_id = d.pop("worksheetId", decode.MISSING)
        if type(worksheet_id) is not int:
            worksheet_id = decode.expect(worksheet_id, int, "worksheetId")

        import_google_worksheet = cls.__new__(cls)
        import_google_worksheet.spreadsheet = spreadsheet
        import_google_worksheet.spreadsheet_id = spreadsheet_id
        import_google_worksheet.worksheet = worksheet
        import_google_worksheet.worksheet_id = worksheet_id

        import_google_worksheet.additional_properties = d if d else {}
        return import_google_worksheet

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
