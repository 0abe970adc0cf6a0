from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable

if TYPE_CHECKING:
    from ..models.folder_create_params_data import FolderCreateParamsData


T = TypeVar("T", bound="FolderCreateParams")


@_attrs_define
class FolderCreateParams:
    """
    Attributes:
        data (FolderCreateParamsData):
    """

    data: FolderCreateParamsData

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        data = jsonable(self.data)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = decode.model(_models.FolderCreateParamsData.from_dict, d.pop("data", decode.MISSING), "data")

        folder_create_params = cls.__new__(cls)
        folder_create_params.data = data

        return folder_create_params
