from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._core import _decode as decode
from .._core._decode import model_repr
from ..models.date_definition_field_configuration_display_format import (
    DateDefinitionFieldConfigurationDisplayFormat,
    check_date_definition_field_configuration_display_format,
)
from ..models.date_definition_field_configuration_time_format import (
    DateDefinitionFieldConfigurationTimeFormat,
    check_date_definition_field_configuration_time_format,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DateDefinitionFieldConfiguration")


@_attrs_define
class DateDefinitionFieldConfiguration:
    """
    Attributes:
        display_format (DateDefinitionFieldConfigurationDisplayFormat | str):  Default: 'local'.
        display_timezone (bool | Unset):  Default: False.
        include_time (bool | Unset):  Default: False.
        time_format (DateDefinitionFieldConfigurationTimeFormat | str | Unset):  Default: 'twelve_hour'.
    """

    display_format: DateDefinitionFieldConfigurationDisplayFormat | str = "local"
    display_timezone: bool | Unset = False
    include_time: bool | Unset = False
    time_format: DateDefinitionFieldConfigurationTimeFormat | str | Unset = "twelve_hour"

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        display_format: str = self.display_format

        display_timezone = self.display_timezone

        include_time = self.include_time

        time_format: str | Unset = UNSET
        if not isinstance(self.time_format, Unset):
            time_format = self.time_format

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "display_format": display_format,
            }
        )
        if display_timezone is not UNSET:
            field_dict["display_timezone"] = display_timezone
        if include_time is not UNSET:
            field_dict["include_time"] = include_time
        if time_format is not UNSET:
            field_dict["time_format"] = time_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_format = check_date_definition_field_configuration_display_format(
            d.pop("display_format", decode.MISSING), "display_format"
        )

        display_timezone = d.pop("display_timezone", UNSET)
        if type(display_timezone) is not bool and display_timezone is not UNSET:
            display_timezone = decode.expect(display_timezone, bool, "display_timezone")

        include_time = d.pop("include_time", UNSET)
        if type(include_time) is not bool and include_time is not UNSET:
            include_time = decode.expect(include_time, bool, "include_time")

        time_format = check_date_definition_field_configuration_time_format(d.pop("time_format", UNSET), "time_format")

        date_definition_field_configuration = cls.__new__(cls)
        date_definition_field_configuration.display_format = display_format
        date_definition_field_configuration.display_timezone = display_timezone
        date_definition_field_configuration.include_time = include_time
        date_definition_field_configuration.time_format = time_format

        return date_definition_field_configuration
