from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._core import _decode as decode
from .._core._decode import model_repr

T = TypeVar("T", bound="CreateGroupParamsData")


@_attrs_define
class CreateGroupParamsData:
    """
    Attributes:
        name (str):
        emoji (str):
    """

    name: str
    emoji: str

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        emoji = self.emoji

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "emoji": emoji,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        emoji = d.pop("emoji", decode.MISSING)
        if type(emoji) is not str:
            emoji = decode.expect(emoji, str, "emoji")

        create_group_params_data = cls.__new__(cls)
        create_group_params_data.name = name
        create_group_params_data.emoji = emoji

        return create_group_params_data
