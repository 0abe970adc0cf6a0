from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable

if TYPE_CHECKING:
    from ..models.asset_share_params import AssetShareParams
    from ..models.create_share_params_data_unknown import CreateShareParamsDataUnknown


T = TypeVar("T", bound="CreateShareParams")


@_attrs_define
class CreateShareParams:
    """
    Attributes:
        data (AssetShareParams | CreateShareParamsDataUnknown): Kind of share to create; `type` picks the variant.
    """

    data: AssetShareParams | CreateShareParamsDataUnknown

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = jsonable(self.data)

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

        def _parse_data(data: object) -> AssetShareParams | CreateShareParamsDataUnknown:
            try:
                return decode.variant(_models.AssetShareParams.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.CreateShareParamsDataUnknown.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            return cast(
                "AssetShareParams | CreateShareParamsDataUnknown",
                decode.mismatch("one of AssetShareParams | CreateShareParamsDataUnknown", data, "data"),
            )

        data = _parse_data(d.pop("data", decode.MISSING))

        create_share_params = cls.__new__(cls)
        create_share_params.data = data

        return create_share_params
