from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.select_option import SelectOption


T = TypeVar("T", bound="SelectValue")


@_attrs_define
class SelectValue:
    """
    Attributes:
        field_definition_id (UUID):
        field_definition_name (str):  Example: Review status.
        field_type (Literal["select"]):  Default: "select".
        mutable (bool):
        value (list[SelectOption]):
        field_options (list[SelectOption] | Unset):
    """

    field_definition_id: UUID
    field_definition_name: str
    mutable: bool
    value: list[SelectOption]
    field_type: Literal["select"] = "select"
    field_options: list[SelectOption] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_definition_id = str(self.field_definition_id)

        field_definition_name = self.field_definition_name

        field_type: str = self.field_type

        mutable = self.mutable

        value = []
        for value_item_data in self.value:
            value_item = jsonable(value_item_data)
            value.append(value_item)

        field_options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.field_options, Unset):
            field_options = []
            for field_options_item_data in self.field_options:
                field_options_item = jsonable(field_options_item_data)
                field_options.append(field_options_item)

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
        if field_options is not UNSET:
            field_dict["field_options"] = field_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_definition_id = decode.uuid(d.pop("field_definition_id", decode.MISSING), "field_definition_id")

        field_definition_name = d.pop("field_definition_name", decode.MISSING)
        if type(field_definition_name) is not str:
            field_definition_name = decode.expect(field_definition_name, str, "field_definition_name")

        field_type = cast(
            'Literal["select"]', decode.const(d.pop("field_type", decode.MISSING), "select", "field_type")
        )

        mutable = d.pop("mutable", decode.MISSING)
        if type(mutable) is not bool:
            mutable = decode.expect(mutable, bool, "mutable")

        value = decode.model_array(_models.SelectOption.from_dict, d.pop("value", decode.MISSING), "value")

        field_options = d.pop("field_options", UNSET)
        if field_options is not UNSET:
            field_options = decode.model_array(_models.SelectOption.from_dict, field_options, "field_options")

        select_value = cls.__new__(cls)
        select_value.field_definition_id = field_definition_id
        select_value.field_definition_name = field_definition_name
        select_value.field_type = field_type
        select_value.mutable = mutable
        select_value.value = value
        select_value.field_options = field_options

        select_value.additional_properties = d if d else {}
        return select_value

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
