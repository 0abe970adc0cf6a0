from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="SheetsUpdateSheetBody")


@_attrs_define
class SheetsUpdateSheetBody:
    """
    Attributes:
        name (str | Unset): Sheet name. Example: Contacts.
        slug (str | Unset): Sheet slug. Example: contacts.
        metadata (Any | Unset): Free-form JSON about the sheet.
    """

    name: str | Unset = UNSET
    slug: str | Unset = UNSET
    metadata: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        slug = self.slug

        metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if slug is not UNSET:
            field_dict["slug"] = slug
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = decode.expect(name, str, "name")

        slug = d.pop("slug", UNSET)
        if type(slug) is not str and slug is not UNSET:
            slug = decode.expect(slug, str, "slug")

        metadata = d.pop("metadata", UNSET)

        sheets_update_sheet_body = cls.__new__(cls)
        sheets_update_sheet_body.name = name
        sheets_update_sheet_body.slug = slug
        sheets_update_sheet_body.metadata = metadata

        sheets_update_sheet_body.additional_properties = d if d else {}
        return sheets_update_sheet_body

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
