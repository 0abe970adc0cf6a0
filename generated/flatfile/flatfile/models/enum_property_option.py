from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        from ..models.enum_property_option_meta import EnumPropertyOptionMeta  # noqa: PLC0415

        d = dict(src_dict)
        value = d.pop("value")

        label = decode.expect(d.pop("label", UNSET), str, "label")

        description = decode.expect(d.pop("description", UNSET), str, "description")

        color = decode.expect(d.pop("color", UNSET), str, "color")

        icon = decode.expect(d.pop("icon", UNSET), str, "icon")

        meta = decode.model(EnumPropertyOptionMeta.from_dict, d.pop("meta", UNSET), "meta")

        _alternative_names = d.pop("alternativeNames", UNSET)
        alternative_names: list[str] | Unset
        if isinstance(_alternative_names, list):
            alternative_names = []
            for alternative_names_index, alternative_names_item_data in enumerate(_alternative_names):
                with decode.at("alternativeNames", alternative_names_index):
                    alternative_names_item = decode.expect(alternative_names_item_data, str)

                alternative_names.append(alternative_names_item)
        else:
            alternative_names = decode.mismatch("an array", _alternative_names, "alternativeNames")

        ordinal = decode.expect(d.pop("ordinal", UNSET), int, "ordinal")

        enum_property_option = cls(
            value=value,
            label=label,
            description=description,
            color=color,
            icon=icon,
            meta=meta,
            alternative_names=alternative_names,
            ordinal=ordinal,
        )

        enum_property_option.additional_properties = d
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
