from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._core import _decode as decode
from .._core._decode import model_repr

T = TypeVar("T", bound="AddAssetParamsData")


@_attrs_define
class AddAssetParamsData:
    """
    Attributes:
        asset_id (str):  Example: 2b4d6f8a-0c1e-4a3b-8d5f-7a9c1e3b5d7f.
    """

    asset_id: str

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        asset_id = self.asset_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "asset_id": asset_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        asset_id = d.pop("asset_id", decode.MISSING)
        if type(asset_id) is not str:
            asset_id = decode.expect(asset_id, str, "asset_id")

        add_asset_params_data = cls.__new__(cls)
        add_asset_params_data.asset_id = asset_id

        return add_asset_params_data
