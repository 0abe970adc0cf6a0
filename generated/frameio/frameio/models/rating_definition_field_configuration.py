from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from .._core import _decode as decode
from .._core._decode import model_repr
from ..models.rating_definition_field_configuration_style import (
    RatingDefinitionFieldConfigurationStyle,
    check_rating_definition_field_configuration_style,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RatingDefinitionFieldConfiguration")


@_attrs_define
class RatingDefinitionFieldConfiguration:
    """
    Attributes:
        max_value (int):
        style (None | RatingDefinitionFieldConfigurationStyle | str | Unset):
        color (None | str | Unset):
    """

    max_value: int
    style: None | RatingDefinitionFieldConfigurationStyle | str | Unset = UNSET
    color: None | str | Unset = UNSET

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        max_value = self.max_value

        style: None | str | Unset
        if isinstance(self.style, Unset):
            style = UNSET
        elif isinstance(self.style, str):
            style = self.style
        else:
            style = self.style

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "max_value": max_value,
            }
        )
        if style is not UNSET:
            field_dict["style"] = style
        if color is not UNSET:
            field_dict["color"] = color

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_value = d.pop("max_value", decode.MISSING)
        if type(max_value) is not int:
            max_value = decode.expect(max_value, int, "max_value")

        def _parse_style(data: object) -> None | RatingDefinitionFieldConfigurationStyle | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                with decode.strictly():
                    style_type_1 = check_rating_definition_field_configuration_style(data)

                return style_type_1
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            return cast(
                "None | RatingDefinitionFieldConfigurationStyle | str | Unset",
                decode.mismatch("one of None | RatingDefinitionFieldConfigurationStyle | str", data, "style"),
            )

        style = d.pop("style", UNSET)
        if style is not UNSET:
            style = _parse_style(style)

        color = d.pop("color", UNSET)
        if color is not None and type(color) is not str and color is not UNSET:
            color = decode.expect(color, str, "color", "one of None | str")

        rating_definition_field_configuration = cls.__new__(cls)
        rating_definition_field_configuration.max_value = max_value
        rating_definition_field_configuration.style = style
        rating_definition_field_configuration.color = color

        return rating_definition_field_configuration
