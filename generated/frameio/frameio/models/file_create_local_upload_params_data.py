from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._core import _decode as decode
from .._core._decode import model_repr

T = TypeVar("T", bound="FileCreateLocalUploadParamsData")


@_attrs_define
class FileCreateLocalUploadParamsData:
    """
    Attributes:
        name (str):  Example: interview_cam_a.mov.
        file_size (int): Exact byte size; the server splits it into upload chunks. Example: 52428800.
    """

    name: str
    file_size: int

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        file_size = self.file_size

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "file_size": file_size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        file_size = d.pop("file_size", decode.MISSING)
        if type(file_size) is not int:
            file_size = decode.expect(file_size, int, "file_size")

        file_create_local_upload_params_data = cls.__new__(cls)
        file_create_local_upload_params_data.name = name
        file_create_local_upload_params_data.file_size = file_size

        return file_create_local_upload_params_data
