from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._types import plain_names

T = TypeVar("T", bound="InputFieldConstraintsItem")


@plain_names({"type": "type_"})
@_attrs_define
class InputFieldConstraintsItem:
    """
    Attributes:
        type_ (Literal["required"]):  Default: "required".
    """

    type_: Literal["required"] = "required"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast('Literal["required"]', decode.const(d.pop("type", decode.MISSING), "required", "type"))

        input_field_constraints_item = cls.__new__(cls)
        input_field_constraints_item.type_ = type_

        input_field_constraints_item.additional_properties = d if d else {}
        return input_field_constraints_item

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
