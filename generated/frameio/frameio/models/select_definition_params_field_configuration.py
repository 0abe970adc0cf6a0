from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.select_definition_params_field_configuration_options_item import (
        SelectDefinitionParamsFieldConfigurationOptionsItem,
    )


T = TypeVar("T", bound="SelectDefinitionParamsFieldConfiguration")


@_attrs_define
class SelectDefinitionParamsFieldConfiguration:
    """
    Attributes:
        options (list[SelectDefinitionParamsFieldConfigurationOptionsItem]):
        enable_add_new (bool | Unset): Let users add options while tagging. Default: True.
    """

    options: list[SelectDefinitionParamsFieldConfigurationOptionsItem]
    enable_add_new: bool | Unset = True

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        options = []
        for options_item_data in self.options:
            options_item = jsonable(options_item_data)
            options.append(options_item)

        enable_add_new = self.enable_add_new

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "options": options,
            }
        )
        if enable_add_new is not UNSET:
            field_dict["enable_add_new"] = enable_add_new

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        options = decode.model_array(
            _models.SelectDefinitionParamsFieldConfigurationOptionsItem.from_dict,
            d.pop("options", decode.MISSING),
            "options",
        )

        enable_add_new = d.pop("enable_add_new", UNSET)
        if type(enable_add_new) is not bool and enable_add_new is not UNSET:
            enable_add_new = decode.expect(enable_add_new, bool, "enable_add_new")

        select_definition_params_field_configuration = cls.__new__(cls)
        select_definition_params_field_configuration.options = options
        select_definition_params_field_configuration.enable_add_new = enable_add_new

        return select_definition_params_field_configuration
