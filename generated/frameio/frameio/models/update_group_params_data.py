from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateGroupParamsData")


@_attrs_define
class UpdateGroupParamsData:
    """
    Attributes:
        name (str | Unset):
        emoji (str | Unset):
    """

    name: str | Unset = UNSET
    emoji: str | Unset = UNSET

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        emoji = self.emoji

        field_dict: dict[str, Any] = {}

        if name is not UNSET:
            field_dict["name"] = name
        if emoji is not UNSET:
            field_dict["emoji"] = emoji

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = decode.expect(name, str, "name")

        emoji = d.pop("emoji", UNSET)
        if type(emoji) is not str and emoji is not UNSET:
            emoji = decode.expect(emoji, str, "emoji")

        update_group_params_data = cls.__new__(cls)
        update_group_params_data.name = name
        update_group_params_data.emoji = emoji

        return update_group_params_data
