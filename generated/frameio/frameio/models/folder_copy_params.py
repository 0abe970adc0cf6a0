from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.folder_copy_params_data import FolderCopyParamsData


T = TypeVar("T", bound="FolderCopyParams")


@_attrs_define
class FolderCopyParams:
    """
    Attributes:
        data (FolderCopyParamsData | Unset):
    """

    data: FolderCopyParamsData | Unset = UNSET

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = jsonable(self.data)

        field_dict: dict[str, Any] = {}

        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = d.pop("data", UNSET)
        if data is not UNSET:
            data = decode.model(_models.FolderCopyParamsData.from_dict, data, "data")

        folder_copy_params = cls.__new__(cls)
        folder_copy_params.data = data

        return folder_copy_params
