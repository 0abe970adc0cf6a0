from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

if TYPE_CHECKING:
    from ..models.share_user_set_summary import ShareUserSetSummary


T = TypeVar("T", bound="ShareIndex")


@_attrs_define(slots=False)
class ShareIndex(ResponseMetadata):
    """
    Attributes:
        readers (ShareUserSetSummary):
        writers (ShareUserSetSummary):
        owners (ShareUserSetSummary):
        total_user_shares (int):
        total_group_shares (int):
    """

    readers: ShareUserSetSummary
    writers: ShareUserSetSummary
    owners: ShareUserSetSummary
    total_user_shares: int
    total_group_shares: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        readers = jsonable(self.readers)

        writers = jsonable(self.writers)

        owners = jsonable(self.owners)

        total_user_shares = self.total_user_shares

        total_group_shares = self.total_group_shares

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "readers": readers,
                "writers": writers,
                "owners": owners,
                "totalUserShares": total_user_shares,
                "totalGroupShares": total_group_shares,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        readers = decode.model(_models.ShareUserSetSummary.from_dict, d.pop("readers", decode.MISSING), "readers")

        writers = decode.model(_models.ShareUserSetSummary.from_dict, d.pop("writers", decode.MISSING), "writers")

        owners = decode.model(_models.ShareUserSetSummary.from_dict, d.pop("owners", decode.MISSING), "owners")

        total_user_shares = d.pop("totalUserShares", decode.MISSING)
        if type(total_user_shares) is not int:
            total_user_shares = decode.expect(total_user_shares, int, "totalUserShares")

        total_group_shares = d.pop("totalGroupShares", decode.MISSING)
        if type(total_group_shares) is not int:
            total_group_shares = decode.expect(total_group_shares, int, "totalGroupShares")

        share_index = cls.__new__(cls)
        share_index.readers = readers
        share_index.writers = writers
        share_index.owners = owners
        share_index.total_user_shares = total_user_shares
        share_index.total_group_shares = total_group_shares

        share_index.additional_properties = d if d else {}
        return share_index

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return field_item(self, key, self.additional_properties)

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return has_field_item(self, key, self.additional_properties)
