from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable

if TYPE_CHECKING:
    from ..models.version_stack_create_params_data import VersionStackCreateParamsData


T = TypeVar("T", bound="VersionStackCreateParams")


@_attrs_define
class VersionStackCreateParams:
    """
    Attributes:
        data (VersionStackCreateParamsData):
    """

    data: VersionStackCreateParamsData

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
        data = decode.model(_models.VersionStackCreateParamsData.from_dict, d.pop("data", decode.MISSING), "data")

        version_stack_create_params = cls.__new__(cls)
        version_stack_create_params.data = data

        return version_stack_create_params
