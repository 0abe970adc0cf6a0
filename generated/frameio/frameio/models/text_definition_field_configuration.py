from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._core._decode import model_repr

T = TypeVar("T", bound="TextDefinitionFieldConfiguration")


@_attrs_define
class TextDefinitionFieldConfiguration:
    """A JSON object for which the API declares no fields."""

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        text_definition_field_configuration = cls.__new__(cls)

        return text_definition_field_configuration
