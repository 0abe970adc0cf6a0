from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="VersionsCreateIdBody")


@_attrs_define
class VersionsCreateIdBody:
    """
    Attributes:
        sheet_id (str | Unset): Sheet the version is for. Example: us_sh_YOUR_ID.
        parent_version_id (str | Unset): Deprecated; versions are now created automatically.
    """

    sheet_id: str | Unset = UNSET
    parent_version_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        sheet_id = self.sheet_id

        parent_version_id = self.parent_version_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if sheet_id is not UNSET:
            field_dict["sheetId"] = sheet_id
        if parent_version_id is not UNSET:
            field_dict["parentVersionId"] = parent_version_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sheet_id = d.pop("sheetId", UNSET)
        if type(sheet_id) is not str and sheet_id is not UNSET:
            sheet_id = decode.expect(sheet_id, str, "sheetId")

        parent_version_id = d.pop("parentVersionId", UNSET)
        if type(parent_version_id) is not str and parent_version_id is not UNSET:
            parent_version_id = decode.expect(parent_version_id, str, "parentVersionId")

        versions_create_id_body = cls.__new__(cls)
        versions_create_id_body.sheet_id = sheet_id
        versions_create_id_body.parent_version_id = parent_version_id

        versions_create_id_body.additional_properties = d if d else {}
        return versions_create_id_body

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
