from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateLongTextDefinitionParams")


@_attrs_define
class UpdateLongTextDefinitionParams:
    """Changes to a `long_text` field; `field_type` must match the existing field.

    Attributes:
        field_type (Literal["long_text"]):  Default: "long_text". Example: long_text.
        name (str | Unset):  Example: Review status.
    """

    field_type: Literal["long_text"] = "long_text"
    name: str | Unset = UNSET

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_type: str = self.field_type

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "field_type": field_type,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_type = cast(
            'Literal["long_text"]', decode.const(d.pop("field_type", decode.MISSING), "long_text", "field_type")
        )

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = decode.expect(name, str, "name")

        update_long_text_definition_params = cls.__new__(cls)
        update_long_text_definition_params.field_type = field_type
        update_long_text_definition_params.name = name

        return update_long_text_definition_params
