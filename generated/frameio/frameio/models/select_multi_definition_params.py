from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable

if TYPE_CHECKING:
    from ..models.select_multi_definition_params_field_configuration import (
        SelectMultiDefinitionParamsFieldConfiguration,
    )


T = TypeVar("T", bound="SelectMultiDefinitionParams")


@_attrs_define
class SelectMultiDefinitionParams:
    """Settings for a new `select_multi` field.

    Attributes:
        name (str):  Example: Review status.
        field_type (Literal["select_multi"]):  Default: "select_multi". Example: select_multi.
        field_configuration (SelectMultiDefinitionParamsFieldConfiguration):
    """

    name: str
    field_configuration: SelectMultiDefinitionParamsFieldConfiguration
    field_type: Literal["select_multi"] = "select_multi"

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        field_type: str = self.field_type

        field_configuration = jsonable(self.field_configuration)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "field_type": field_type,
                "field_configuration": field_configuration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        field_type = cast(
            'Literal["select_multi"]', decode.const(d.pop("field_type", decode.MISSING), "select_multi", "field_type")
        )

        field_configuration = decode.model(
            _models.SelectMultiDefinitionParamsFieldConfiguration.from_dict,
            d.pop("field_configuration", decode.MISSING),
            "field_configuration",
        )

        select_multi_definition_params = cls.__new__(cls)
        select_multi_definition_params.name = name
        select_multi_definition_params.field_type = field_type
        select_multi_definition_params.field_configuration = field_configuration

        return select_multi_definition_params
