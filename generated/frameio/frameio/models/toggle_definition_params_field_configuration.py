from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="ToggleDefinitionParamsFieldConfiguration")


@_attrs_define
class ToggleDefinitionParamsFieldConfiguration:
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
        color = d.pop("color", UNSET)
        if color is not None and type(color) is not str and color is not UNSET:
            color = decode.expect(color, str, "color", "one of None | str")

        toggle_definition_params_field_configuration = cls.__new__(cls)
        toggle_definition_params_field_configuration.color = color

        return toggle_definition_params_field_configuration
