from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.enum_property_option_meta import EnumPropertyOptionMeta


T = TypeVar("T", bound="EnumPropertyOption")


@_attrs_define
class EnumPropertyOption:
    """One allowed value of an enum field.

    Attributes:
        value (Any): Stored value of the option.
        label (str | Unset):  Example: Active.
        description (str | Unset):
        color (str | Unset):
        icon (str | Unset):
        meta (EnumPropertyOptionMeta | Unset):
        alternative_names (list[str] | Unset):
        ordinal (int | Unset):
    """

    value: Any
    label: str | Unset = UNSET
    description: str | Unset = UNSET
    color: str | Unset = UNSET
    icon: str | Unset = UNSET
    meta: EnumPropertyOptionMeta | Unset = UNSET
    alternative_names: list[str] | Unset = UNSET
    ordinal: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        label = self.label

        description = self.description

        color = self.color

        icon = self.icon

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = jsonable(self.meta)

        alternative_names: list[str] | Unset = UNSET
        if not isinstance(self.alternative_names, Unset):
            alternative_names = self.alternative_names

        ordinal = self.ordinal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if description is not UNSET:
            field_dict["description"] = description
        if color is not UNSET:
            field_dict["color"] = color
        if icon is not UNSET:
            field_dict["icon"] = icon
        if meta is not UNSET:
            field_dict["meta"] = meta
        if alternative_names is not UNSET:
            field_dict["alternativeNames"] = alternative_names
        if ordinal is not UNSET:
            field_dict["ordinal"] = ordinal

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        value = d.pop("value")

        label = d.pop("label", UNSET)
        if type(label) is not str and label is not UNSET:
            label = decode.expect(label, str, "label")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = decode.expect(description, str, "description")

        color = d.pop("color", UNSET)
        if type(color) is not str and color is not UNSET:
            color = decode.expect(color, str, "color")

        icon = d.pop("icon", UNSET)
        if type(icon) is not str and icon is not UNSET:
            icon = decode.expect(icon, str, "icon")

        meta = d.pop("meta", UNSET)
        if meta is not UNSET:
            meta = decode.model(_models.EnumPropertyOptionMeta.from_dict, meta, "meta")

        alternative_names = d.pop("alternativeNames", UNSET)
        if alternative_names is not UNSET:
            alternative_names = decode.scalar_array(alternative_names, str, "alternativeNames")

        ordinal = d.pop("ordinal", UNSET)
        if type(ordinal) is not int and ordinal is not UNSET:
            ordinal = decode.expect(ordinal, int, "ordinal")

        enum_property_option = cls.__new__(cls)
        enum_property_option.value = value
        enum_property_option.label = label
        enum_property_option.description = description
        enum_property_option.color = color
        enum_property_option.icon = icon
        enum_property_option.meta = meta
        enum_property_option.alternative_names = alternative_names
        enum_property_option.ordinal = ordinal

        enum_property_option.additional_properties = d if d else {}
        return enum_property_option

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
