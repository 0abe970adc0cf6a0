from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScriptTemplateUpdateRequest")


@_attrs_define(slots=False)
class ScriptTemplateUpdateRequest(ResponseMetadata):
    """
    Attributes:
        name (str):
        note (str | Unset):
        ui_report_id (int | Unset):
        archived (bool | Unset):
    """

    name: str
    note: str | Unset = UNSET
    ui_report_id: int | Unset = UNSET
    archived: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        note = self.note

        ui_report_id = self.ui_report_id

        archived = self.archived

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note
        if ui_report_id is not UNSET:
            field_dict["uiReportId"] = ui_report_id
        if archived is not UNSET:
            field_dict["archived"] = archived

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        note = d.pop("note", UNSET)
        if type(note) is not str and note is not UNSET:
            note = decode.expect(note, str, "note")

        ui_report_id = d.pop("uiReportId", UNSET)
        if type(ui_report_id) is not int and ui_report_id is not UNSET:
            ui_report_id = decode.expect(ui_report_id, int, "uiReportId")

        archived = d.pop("archived", UNSET)
        if type(archived) is not bool and archived is not UNSET:
            archived = decode.expect(archived, bool, "archived")

        script_template_update_request = cls.__new__(cls)
        script_template_update_request.name = name
        script_template_update_request.note = note
        script_template_update_request.ui_report_id = ui_report_id
        script_template_update_request.archived = archived

        script_template_update_request.additional_properties = d if d else {}
        return script_template_update_request

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
