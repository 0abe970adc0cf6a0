from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateToggleDefinitionParamsFieldConfiguration")


@_attrs_define
class UpdateToggleDefinitionParamsFieldConfiguration:
    """
    Attributes:
        color (None | str | Unset):
    """

    color: None | str | Unset = UNSET

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        field_dict: dict[str, Any] = {}

        if color is not UNSET:
            field_dict["color"] = color

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

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

        update_toggle_definition_params_field_configuration = cls.__new__(cls)
        update_toggle_definition_params_field_configuration.color = color

        return update_toggle_definition_params_field_configuration
