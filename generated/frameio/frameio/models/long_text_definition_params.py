from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from .._core import _decode as decode
from .._core._decode import model_repr

T = TypeVar("T", bound="LongTextDefinitionParams")


@_attrs_define
class LongTextDefinitionParams:
    """Settings for a new `long_text` field.

    Attributes:
        name (str):  Example: Review status.
        field_type (Literal["long_text"]):  Default: "long_text". Example: long_text.
    """

    name: str
    field_type: Literal["long_text"] = "long_text"

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        field_type: str = self.field_type

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "field_type": field_type,
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
            'Literal["long_text"]', decode.const(d.pop("field_type", decode.MISSING), "long_text", "field_type")
        )

        long_text_definition_params = cls.__new__(cls)
        long_text_definition_params.name = name
        long_text_definition_params.field_type = field_type

        return long_text_definition_params
