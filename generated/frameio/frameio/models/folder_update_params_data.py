from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="FolderUpdateParamsData")


@_attrs_define
class FolderUpdateParamsData:
    """
    Attributes:
        name (str | Unset):
    """

    name: str | Unset = UNSET

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        field_dict: dict[str, Any] = {}

        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = decode.expect(name, str, "name")

        folder_update_params_data = cls.__new__(cls)
        folder_update_params_data.name = name

        return folder_update_params_data
