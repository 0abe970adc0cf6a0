from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable

if TYPE_CHECKING:
    from ..models.rating_definition_params_field_configuration import RatingDefinitionParamsFieldConfiguration


T = TypeVar("T", bound="RatingDefinitionParams")


@_attrs_define
class RatingDefinitionParams:
    """Settings for a new `rating` field.

    Attributes:
        name (str):  Example: Review status.
        field_type (Literal["rating"]):  Default: "rating". Example: rating.
        field_configuration (RatingDefinitionParamsFieldConfiguration):
    """

    name: str
    field_configuration: RatingDefinitionParamsFieldConfiguration
    field_type: Literal["rating"] = "rating"

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
            'Literal["rating"]', decode.const(d.pop("field_type", decode.MISSING), "rating", "field_type")
        )

        field_configuration = decode.model(
            _models.RatingDefinitionParamsFieldConfiguration.from_dict,
            d.pop("field_configuration", decode.MISSING),
            "field_configuration",
        )

        rating_definition_params = cls.__new__(cls)
        rating_definition_params.name = name
        rating_definition_params.field_type = field_type
        rating_definition_params.field_configuration = field_configuration

        return rating_definition_params
