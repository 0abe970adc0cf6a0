from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._core import _decode as decode
from .._core._decode import model_repr

T = TypeVar("T", bound="VersionStackCreateParamsData")


@_attrs_define
class VersionStackCreateParamsData:
    """
    Attributes:
        file_ids (list[str]): Files to stack, in version order.
    """

    file_ids: list[str]

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        file_ids = self.file_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "file_ids": file_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_ids = decode.scalar_array(d.pop("file_ids", decode.MISSING), str, "file_ids")

        version_stack_create_params_data = cls.__new__(cls)
        version_stack_create_params_data.file_ids = file_ids

        return version_stack_create_params_data
