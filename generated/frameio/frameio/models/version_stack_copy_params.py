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
    from ..models.version_stack_copy_params_data import VersionStackCopyParamsData


T = TypeVar("T", bound="VersionStackCopyParams")


@_attrs_define
class VersionStackCopyParams:
    """
    Attributes:
        data (VersionStackCopyParamsData | Unset):
    """

    data: VersionStackCopyParamsData | Unset = UNSET

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
            data = decode.model(_models.VersionStackCopyParamsData.from_dict, data, "data")

        version_stack_copy_params = cls.__new__(cls)
        version_stack_copy_params.data = data

        return version_stack_copy_params
