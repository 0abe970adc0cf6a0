from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._types import plain_names
from ..models.validation_message_source import ValidationMessageSource, check_validation_message_source
from ..models.validation_message_type import ValidationMessageType, check_validation_message_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidationMessage")


@plain_names({"type": "type_"})
@_attrs_define
class ValidationMessage:
    """A note attached to a cell.

    Attributes:
        message (str):  Example: Email is invalid.
        field (str | Unset):
        type_ (ValidationMessageType | str | Unset):
        source (ValidationMessageSource | str | Unset):
    """

    message: str
    field: str | Unset = UNSET
    type_: ValidationMessageType | str | Unset = UNSET
    source: ValidationMessageSource | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        field = self.field

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if field is not UNSET:
            field_dict["field"] = field
        if type_ is not UNSET:
            field_dict["type"] = type_
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message", decode.MISSING)
        if type(message) is not str:
            message = decode.expect(message, str, "message")

        field = d.pop("field", UNSET)
        if type(field) is not str and field is not UNSET:
            field = decode.expect(field, str, "field")

        type_ = check_validation_message_type(d.pop("type", UNSET), "type")

        source = check_validation_message_source(d.pop("source", UNSET), "source")

        validation_message = cls.__new__(cls)
        validation_message.message = message
        validation_message.field = field
        validation_message.type_ = type_
        validation_message.source = source

        validation_message.additional_properties = d if d else {}
        return validation_message

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
