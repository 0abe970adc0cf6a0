from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import rfc3339

T = TypeVar("T", bound="DateValue")


@_attrs_define
class DateValue:
    """
    Attributes:
        field_definition_id (UUID):
        field_definition_name (str):  Example: Review status.
        field_type (Literal["date"]):  Default: "date".
        mutable (bool):
        value (datetime.datetime | None):
    """

    field_definition_id: UUID
    field_definition_name: str
    mutable: bool
    value: datetime.datetime | None
    field_type: Literal["date"] = "date"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_definition_id = str(self.field_definition_id)

        field_definition_name = self.field_definition_name

        field_type: str = self.field_type

        mutable = self.mutable

        value: None | str
        if isinstance(self.value, datetime.datetime):
            value = rfc3339(self.value)
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field_definition_id": field_definition_id,
                "field_definition_name": field_definition_name,
                "field_type": field_type,
                "mutable": mutable,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_definition_id = decode.uuid(d.pop("field_definition_id", decode.MISSING), "field_definition_id")

        field_definition_name = d.pop("field_definition_name", decode.MISSING)
        if type(field_definition_name) is not str:
            field_definition_name = decode.expect(field_definition_name, str, "field_definition_name")

        field_type = cast('Literal["date"]', decode.const(d.pop("field_type", decode.MISSING), "date", "field_type"))

        mutable = d.pop("mutable", decode.MISSING)
        if type(mutable) is not bool:
            mutable = decode.expect(mutable, bool, "mutable")

        value = d.pop("value", decode.MISSING)
        if value is not None:
            value = decode.date_time(value, "value", expected="one of datetime.datetime | None")

        date_value = cls.__new__(cls)
        date_value.field_definition_id = field_definition_id
        date_value.field_definition_name = field_definition_name
        date_value.field_type = field_type
        date_value.mutable = mutable
        date_value.value = value

        date_value.additional_properties = d if d else {}
        return date_value

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
