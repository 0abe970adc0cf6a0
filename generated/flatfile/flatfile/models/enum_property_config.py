from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..models.enum_property_config_sort_by import EnumPropertyConfigSortBy, check_enum_property_config_sort_by
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.enum_property_option import EnumPropertyOption


T = TypeVar("T", bound="EnumPropertyConfig")


@_attrs_define
class EnumPropertyConfig:
    """Allowed values of an enum field.

    Attributes:
        options (list[EnumPropertyOption]):
        allow_custom (bool | Unset):
        sort_by (EnumPropertyConfigSortBy | str | Unset):
    """

    options: list[EnumPropertyOption]
    allow_custom: bool | Unset = UNSET
    sort_by: EnumPropertyConfigSortBy | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        options = []
        for options_item_data in self.options:
            options_item = jsonable(options_item_data)
            options.append(options_item)

        allow_custom = self.allow_custom

        sort_by: str | Unset = UNSET
        if not isinstance(self.sort_by, Unset):
            sort_by = self.sort_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "options": options,
            }
        )
        if allow_custom is not UNSET:
            field_dict["allowCustom"] = allow_custom
        if sort_by is not UNSET:
            field_dict["sortBy"] = sort_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        options = decode.model_array(_models.EnumPropertyOption.from_dict, d.pop("options", decode.MISSING), "options")

        allow_custom = d.pop("allowCustom", UNSET)
        if type(allow_custom) is not bool and allow_custom is not UNSET:
            allow_custom = decode.expect(allow_custom, bool, "allowCustom")

        sort_by = check_enum_property_config_sort_by(d.pop("sortBy", UNSET), "sortBy")

        enum_property_config = cls.__new__(cls)
        enum_property_config.options = options
        enum_property_config.allow_custom = allow_custom
        enum_property_config.sort_by = sort_by

        enum_property_config.additional_properties = d if d else {}
        return enum_property_config

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
