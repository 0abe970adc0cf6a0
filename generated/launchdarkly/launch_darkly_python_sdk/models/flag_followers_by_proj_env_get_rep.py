from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flag_followers_by_proj_env_get_rep_links import FlagFollowersByProjEnvGetRepLinks
    from ..models.followers_per_flag import FollowersPerFlag


T = TypeVar("T", bound="FlagFollowersByProjEnvGetRep")


@_attrs_define
class FlagFollowersByProjEnvGetRep:
    """
    Attributes:
        field_links (FlagFollowersByProjEnvGetRepLinks):
        items (list[FollowersPerFlag] | Unset):
    """

    field_links: FlagFollowersByProjEnvGetRepLinks
    items: list[FollowersPerFlag] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_links = jsonable(self.field_links)

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = jsonable(items_item_data)
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
            }
        )
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_links = decode.model(
            _models.FlagFollowersByProjEnvGetRepLinks.from_dict, d.pop("_links", decode.MISSING), "_links"
        )

        items = d.pop("items", UNSET)
        if items is not UNSET:
            items = decode.model_array(_models.FollowersPerFlag.from_dict, items, "items")

        flag_followers_by_proj_env_get_rep = cls.__new__(cls)
        flag_followers_by_proj_env_get_rep.field_links = field_links
        flag_followers_by_proj_env_get_rep.items = items

        flag_followers_by_proj_env_get_rep.additional_properties = d if d else {}
        return flag_followers_by_proj_env_get_rep

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
