from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from .._core._types import plain_names

if TYPE_CHECKING:
    from ..models.input_field import InputField


T = TypeVar("T", bound="InputForm")


@plain_names({"type": "type_"})
@_attrs_define
class InputForm:
    """Form collected from the user when an action is clicked.

    Attributes:
        type_ (Literal["simple"]):  Default: "simple".
        fields (list[InputField]):
    """

    fields: list[InputField]
    type_: Literal["simple"] = "simple"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        fields = []
        for fields_item_data in self.fields:
            fields_item = jsonable(fields_item_data)
            fields.append(fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "fields": fields,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast('Literal["simple"]', decode.const(d.pop("type", decode.MISSING), "simple", "type"))

        fields = decode.model_array(_models.InputField.from_dict, d.pop("fields", decode.MISSING), "fields")

        input_form = cls.__new__(cls)
        input_form.type_ = type_
        input_form.fields = fields

        input_form.additional_properties = d if d else {}
        return input_form

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
