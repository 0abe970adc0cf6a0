from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="MemberImportItem")


@_attrs_define
class MemberImportItem:
    """Outcome for one line of an uploaded member file.

    Attributes:
        status (str):  Example: success.
        value (str):  Example: new.person@example.com.
        message (str | Unset):
    """

    status: str
    value: str
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        value = self.value

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "value": value,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status", decode.MISSING)
        if type(status) is not str:
            status = decode.expect(status, str, "status")

        value = d.pop("value", decode.MISSING)
        if type(value) is not str:
            value = decode.expect(value, str, "value")

        message = d.pop("message", UNSET)
        if type(message) is not str and message is not UNSET:
            message = decode.expect(message, str, "message")

        member_import_item = cls.__new__(cls)
        member_import_item.status = status
        member_import_item.value = value
        member_import_item.message = message

        member_import_item.additional_properties = d if d else {}
        return member_import_item

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
