from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        label = self.label

        description = self.description

        color = self.color

        icon = self.icon

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

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

        label = d.pop("label", UNSET)

        description = d.pop("description", UNSET)

        color = d.pop("color", UNSET)

        icon = d.pop("icon", UNSET)

        _meta = d.pop("meta", UNSET)
        meta: EnumPropertyOptionMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = EnumPropertyOptionMeta.from_dict(_meta)

        alternative_names = cast(list[str], d.pop("alternativeNames", UNSET))

        ordinal = d.pop("ordinal", UNSET)

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
