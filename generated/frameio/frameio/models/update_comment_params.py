from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable

if TYPE_CHECKING:
    from ..models.update_comment_params_data import UpdateCommentParamsData


T = TypeVar("T", bound="UpdateCommentParams")


@_attrs_define
class UpdateCommentParams:
    """
    Attributes:
        data (UpdateCommentParamsData):
    """

    data: UpdateCommentParamsData

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
        data = decode.model(_models.UpdateCommentParamsData.from_dict, d.pop("data", decode.MISSING), "data")

        update_comment_params = cls.__new__(cls)
        update_comment_params.data = data

        return update_comment_params
