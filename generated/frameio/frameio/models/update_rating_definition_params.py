from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_rating_definition_params_field_configuration import (
        UpdateRatingDefinitionParamsFieldConfiguration,
    )


T = TypeVar("T", bound="UpdateRatingDefinitionParams")


@_attrs_define
class UpdateRatingDefinitionParams:
    """Changes to a `rating` field; `field_type` must match the existing field.

    Attributes:
        field_type (Literal["rating"]):  Default: "rating". Example: rating.
        name (str | Unset):  Example: Review status.
        field_configuration (UpdateRatingDefinitionParamsFieldConfiguration | Unset):
    """

    field_type: Literal["rating"] = "rating"
    name: str | Unset = UNSET
    field_configuration: UpdateRatingDefinitionParamsFieldConfiguration | Unset = UNSET

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_type: str = self.field_type

        name = self.name

        field_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_configuration, Unset):
            field_configuration = jsonable(self.field_configuration)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "field_type": field_type,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if field_configuration is not UNSET:
            field_dict["field_configuration"] = field_configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_type = cast(
            'Literal["rating"]', decode.const(d.pop("field_type", decode.MISSING), "rating", "field_type")
        )

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = decode.expect(name, str, "name")

        field_configuration = d.pop("field_configuration", UNSET)
        if field_configuration is not UNSET:
            field_configuration = decode.model(
                _models.UpdateRatingDefinitionParamsFieldConfiguration.from_dict,
                field_configuration,
                "field_configuration",
            )

        update_rating_definition_params = cls.__new__(cls)
        update_rating_definition_params.field_type = field_type
        update_rating_definition_params.name = name
        update_rating_definition_params.field_configuration = field_configuration

        return update_rating_definition_params
