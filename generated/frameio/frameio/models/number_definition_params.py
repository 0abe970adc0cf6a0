from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable

if TYPE_CHECKING:
    from ..models.number_definition_params_field_configuration import NumberDefinitionParamsFieldConfiguration


T = TypeVar("T", bound="NumberDefinitionParams")


@_attrs_define
class NumberDefinitionParams:
    """Settings for a new `number` field.

    Attributes:
        name (str):  Example: Review status.
        field_type (Literal["number"]):  Default: "number". Example: number.
        field_configuration (NumberDefinitionParamsFieldConfiguration):
    """

    name: str
    field_configuration: NumberDefinitionParamsFieldConfiguration
    field_type: Literal["number"] = "number"

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
            'Literal["number"]', decode.const(d.pop("field_type", decode.MISSING), "number", "field_type")
        )

        field_configuration = decode.model(
            _models.NumberDefinitionParamsFieldConfiguration.from_dict,
            d.pop("field_configuration", decode.MISSING),
            "field_configuration",
        )

        number_definition_params = cls.__new__(cls)
        number_definition_params.name = name
        number_definition_params.field_type = field_type
        number_definition_params.field_configuration = field_configuration

        return number_definition_params
