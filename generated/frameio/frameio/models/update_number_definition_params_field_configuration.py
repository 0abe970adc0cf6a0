from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from .._core import _decode as decode
from .._core._decode import model_repr
from ..models.update_number_definition_params_field_configuration_number_format import (
    UpdateNumberDefinitionParamsFieldConfigurationNumberFormat,
    check_update_number_definition_params_field_configuration_number_format,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateNumberDefinitionParamsFieldConfiguration")


@_attrs_define
class UpdateNumberDefinitionParamsFieldConfiguration:
    """
    Attributes:
        scale (int): Digits after the decimal point.
        number_format (None | Unset | UpdateNumberDefinitionParamsFieldConfigurationNumberFormat | str):
    """

    scale: int
    number_format: None | Unset | UpdateNumberDefinitionParamsFieldConfigurationNumberFormat | str = UNSET

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        scale = self.scale

        number_format: None | str | Unset
        if isinstance(self.number_format, Unset):
            number_format = UNSET
        elif isinstance(self.number_format, str):
            number_format = self.number_format
        else:
            number_format = self.number_format

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "scale": scale,
            }
        )
        if number_format is not UNSET:
            field_dict["number_format"] = number_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        scale = d.pop("scale", decode.MISSING)
        if type(scale) is not int:
            scale = decode.expect(scale, int, "scale")

        def _parse_number_format(
            data: object,
        ) -> None | Unset | UpdateNumberDefinitionParamsFieldConfigurationNumberFormat | str:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                with decode.strictly():
                    number_format_type_1 = check_update_number_definition_params_field_configuration_number_format(data)

                return number_format_type_1
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            return cast(
                "None | Unset | UpdateNumberDefinitionParamsFieldConfigurationNumberFormat | str",
                decode.mismatch(
                    "one of None | UpdateNumberDefinitionParamsFieldConfigurationNumberFormat | str",
                    data,
                    "number_format",
                ),
            )

        number_format = d.pop("number_format", UNSET)
        if number_format is not UNSET:
            number_format = _parse_number_format(number_format)

        update_number_definition_params_field_configuration = cls.__new__(cls)
        update_number_definition_params_field_configuration.scale = scale
        update_number_definition_params_field_configuration.number_format = number_format

        return update_number_definition_params_field_configuration
