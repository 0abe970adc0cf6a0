from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable

if TYPE_CHECKING:
    from ..models.user_multi_definition_params_field_configuration import UserMultiDefinitionParamsFieldConfiguration


T = TypeVar("T", bound="UserMultiDefinitionParams")


@_attrs_define
class UserMultiDefinitionParams:
    """Settings for a new `user_multi` field.

    Attributes:
        name (str):  Example: Review status.
        field_type (Literal["user_multi"]):  Default: "user_multi". Example: user_multi.
        field_configuration (UserMultiDefinitionParamsFieldConfiguration):
    """

    name: str
    field_configuration: UserMultiDefinitionParamsFieldConfiguration
    field_type: Literal["user_multi"] = "user_multi"

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
            'Literal["user_multi"]', decode.const(d.pop("field_type", decode.MISSING), "user_multi", "field_type")
        )

        field_configuration = decode.model(
            _models.UserMultiDefinitionParamsFieldConfiguration.from_dict,
            d.pop("field_configuration", decode.MISSING),
            "field_configuration",
        )

        user_multi_definition_params = cls.__new__(cls)
        user_multi_definition_params.name = name
        user_multi_definition_params.field_type = field_type
        user_multi_definition_params.field_configuration = field_configuration

        return user_multi_definition_params
