from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable

if TYPE_CHECKING:
    from ..models.select_definition_params_field_configuration import SelectDefinitionParamsFieldConfiguration


T = TypeVar("T", bound="SelectDefinitionParams")


@_attrs_define
class SelectDefinitionParams:
    """Settings for a new `select` field.

    Attributes:
        name (str):  Example: Review status.
        field_type (Literal["select"]):  Default: "select". Example: select.
        field_configuration (SelectDefinitionParamsFieldConfiguration):
    """

    name: str
    field_configuration: SelectDefinitionParamsFieldConfiguration
    field_type: Literal["select"] = "select"

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
            'Literal["select"]', decode.const(d.pop("field_type", decode.MISSING), "select", "field_type")
        )

        field_configuration = decode.model(
            _models.SelectDefinitionParamsFieldConfiguration.from_dict,
            d.pop("field_configuration", decode.MISSING),
            "field_configuration",
        )

        select_definition_params = cls.__new__(cls)
        select_definition_params.name = name
        select_definition_params.field_type = field_type
        select_definition_params.field_configuration = field_configuration

        return select_definition_params
