from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateSelectMultiDefinitionParamsFieldConfigurationOptionsItem")


@_attrs_define
class UpdateSelectMultiDefinitionParamsFieldConfigurationOptionsItem:
    """
    Attributes:
        display_name (str):  Example: Approved.
        color (None | str | Unset):  Example: #2f9e44.
    """

    display_name: str
    color: None | str | Unset = UNSET

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "display_name": display_name,
            }
        )
        if color is not UNSET:
            field_dict["color"] = color

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_name = d.pop("display_name", decode.MISSING)
        if type(display_name) is not str:
            display_name = decode.expect(display_name, str, "display_name")

        color = d.pop("color", UNSET)
        if color is not None and type(color) is not str and color is not UNSET:
            color = decode.expect(color, str, "color", "one of None | str")

        update_select_multi_definition_params_field_configuration_options_item = cls.__new__(cls)
        update_select_multi_definition_params_field_configuration_options_item.display_name = display_name
        update_select_multi_definition_params_field_configuration_options_item.color = color

        return update_select_multi_definition_params_field_configuration_options_item
