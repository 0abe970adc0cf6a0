from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

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
        style (RatingDefinitionFieldConfigurationStyle | Unset):
        color (None | str | Unset):
    """

    max_value: int
    style: RatingDefinitionFieldConfigurationStyle | Unset = UNSET
    color: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        max_value = self.max_value

        style: str | Unset = UNSET
        if not isinstance(self.style, Unset):
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
        max_value = d.pop("max_value")

        _style = d.pop("style", UNSET)
        style: RatingDefinitionFieldConfigurationStyle | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = check_rating_definition_field_configuration_style(_style)

        def _parse_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        color = _parse_color(d.pop("color", UNSET))

        rating_definition_field_configuration = cls(
            max_value=max_value,
            style=style,
            color=color,
        )

        return rating_definition_field_configuration
