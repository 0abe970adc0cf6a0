from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.asset_share_params import AssetShareParams


T = TypeVar("T", bound="CreateShareParams")


@_attrs_define
class CreateShareParams:
    """
    Attributes:
        data (AssetShareParams): Share a fixed list of assets.
    """

    data: AssetShareParams

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_share_params import AssetShareParams  # noqa: PLC0415

        d = dict(src_dict)
        data = AssetShareParams.from_dict(d.pop("data"))

        create_share_params = cls(
            data=data,
        )

        return create_share_params
