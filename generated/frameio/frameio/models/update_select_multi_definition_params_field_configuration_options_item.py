from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

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

        def _parse_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if type(data) is str:
                return data
            try:
                with decode.strictly():
                    color_type_0 = data
                    if type(color_type_0) is not str:
                        color_type_0 = decode.expect(color_type_0, str)

                return color_type_0
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            return cast("None | str | Unset", decode.mismatch("one of None | str", data, "color"))

        color = d.pop("color", UNSET)
        if color is not UNSET:
            color = _parse_color(color)

        update_select_multi_definition_params_field_configuration_options_item = cls.__new__(cls)
        update_select_multi_definition_params_field_configuration_options_item.display_name = display_name
        update_select_multi_definition_params_field_configuration_options_item.color = color

        return update_select_multi_definition_params_field_configuration_options_item
