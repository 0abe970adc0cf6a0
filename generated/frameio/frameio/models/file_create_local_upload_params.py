from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable

if TYPE_CHECKING:
    from ..models.file_create_local_upload_params_data import FileCreateLocalUploadParamsData


T = TypeVar("T", bound="FileCreateLocalUploadParams")


@_attrs_define
class FileCreateLocalUploadParams:
    """
    Attributes:
        data (FileCreateLocalUploadParamsData):
    """

    data: FileCreateLocalUploadParamsData

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
        data = decode.model(_models.FileCreateLocalUploadParamsData.from_dict, d.pop("data", decode.MISSING), "data")

        file_create_local_upload_params = cls.__new__(cls)
        file_create_local_upload_params.data = data

        return file_create_local_upload_params
