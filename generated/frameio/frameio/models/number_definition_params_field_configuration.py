from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.number_definition_params_field_configuration_number_format import (
    NumberDefinitionParamsFieldConfigurationNumberFormat,
    check_number_definition_params_field_configuration_number_format,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="NumberDefinitionParamsFieldConfiguration")


@_attrs_define
class NumberDefinitionParamsFieldConfiguration:
    """
    Attributes:
        scale (int): Digits after the decimal point.
        number_format (NumberDefinitionParamsFieldConfigurationNumberFormat | Unset):
    """

    scale: int
    number_format: NumberDefinitionParamsFieldConfigurationNumberFormat | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        scale = self.scale

        number_format: str | Unset = UNSET
        if not isinstance(self.number_format, Unset):
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
        scale = d.pop("scale")

        _number_format = d.pop("number_format", UNSET)
        number_format: NumberDefinitionParamsFieldConfigurationNumberFormat | Unset
        if isinstance(_number_format, Unset):
            number_format = UNSET
        else:
            number_format = check_number_definition_params_field_configuration_number_format(_number_format)

        number_definition_params_field_configuration = cls(
            scale=scale,
            number_format=number_format,
        )

        return number_definition_params_field_configuration
