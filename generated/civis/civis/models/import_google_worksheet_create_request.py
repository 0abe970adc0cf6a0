from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportGoogleWorksheetCreateRequest")


@_attrs_define(slots=False)
class ImportGoogleWorksheetCreateRequest(ResponseMetadata):
    """
    Attributes:
        spreadsheet (str):
        worksheet (str):
        spreadsheet_id (str | Unset):
        worksheet_id (int | Unset):
    """

    spreadsheet: str
    worksheet: str
    spreadsheet_id: str | Unset = UNSET
    worksheet_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        spreadsheet = self.spreadsheet

        worksheet = self.worksheet

        spreadsheet_id = self.spreadsheet_id

        worksheet_id = self.worksheet_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "spreadsheet": spreadsheet,
                "worksheet": worksheet,
            }
        )
        if spreadsheet_id is not UNSET:
            field_dict["spreadsheetId"] = spreadsheet_id
        if worksheet_id is not UNSET:
            field_dict["worksheetId"] = worksheet_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        spreadsheet = d.pop("spreadsheet", decode.MISSING)
        if type(spreadsheet) is not str:
            spreadsheet = decode.expect(spreadsheet, str, "spreadsheet")

        worksheet = d.pop("worksheet", decode.MISSING)
        if type(worksheet) is not str:
            worksheet = decode.expect(worksheet, str, "worksheet")

        spreadsheet_id = d.pop("spreadsheetId", UNSET)
        if type(spreadsheet_id) is not str and spreadsheet_id is not UNSET:
            spreadsheet_id = decode.expect(spreadsheet_id, str, "spreadsheetId")

        worksheet_id = d.pop("worksheetId", UNSET)
        if type(worksheet_id) is not int and worksheet_id is not UNSET:
            worksheet_id = decode.expect(worksheet_id, int, "worksheetId")

        import_google_worksheet_create_request = cls.__new__(cls)
        import_google_worksheet_create_request.spreadsheet = spreadsheet
        import_google_worksheet_create_request.worksheet = worksheet
        import_google_worksheet_create_request.spreadsheet_id = spreadsheet_id
        import_google_worksheet_create_request.worksheet_id = worksheet_id

        import_google_worksheet_create_request.additional_properties = d if d else {}
        return import_google_worksheet_create_request

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
