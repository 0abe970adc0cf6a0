from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="FolderMoveParamsData")


@_attrs_define
class FolderMoveParamsData:
    """
    Attributes:
        parent_id (str | Unset): Where the asset should end up: a folder id, or a version stack id for files. Example:
            9b4f6c2d-58e1-4a03-b7d9-e1f0a2c3b4d5.
    """

    parent_id: str | Unset = UNSET

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        parent_id = self.parent_id

        field_dict: dict[str, Any] = {}

        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        parent_id = d.pop("parent_id", UNSET)
        if type(parent_id) is not str and parent_id is not UNSET:
            parent_id = decode.expect(parent_id, str, "parent_id")

        folder_move_params_data = cls.__new__(cls)
        folder_move_params_data.parent_id = parent_id

        return folder_move_params_data
