from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import rfc3339
from .._core._types import plain_names
from ..models.asset_share_params_access import AssetShareParamsAccess, check_asset_share_params_access
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssetShareParams")


@plain_names({"type": "type_"})
@_attrs_define
class AssetShareParams:
    """Share a fixed list of assets.

    Attributes:
        type_ (Literal["asset"]):  Default: "asset".
        name (str):  Example: Client review, round 2.
        access (AssetShareParamsAccess | str):
        asset_ids (list[str] | Unset):
        downloading_enabled (bool | Unset):
        expiration (datetime.datetime | None | Unset):
        passphrase (None | str | Unset):
    """

    name: str
    access: AssetShareParamsAccess | str
    type_: Literal["asset"] = "asset"
    asset_ids: list[str] | Unset = UNSET
    downloading_enabled: bool | Unset = UNSET
    expiration: datetime.datetime | None | Unset = UNSET
    passphrase: None | str | Unset = UNSET

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        name = self.name

        access: str = self.access

        asset_ids: list[str] | Unset = UNSET
        if not isinstance(self.asset_ids, Unset):
            asset_ids = self.asset_ids

        downloading_enabled = self.downloading_enabled

        expiration: None | str | Unset
        if isinstance(self.expiration, Unset):
            expiration = UNSET
        elif isinstance(self.expiration, datetime.datetime):
            expiration = rfc3339(self.expiration)
        else:
            expiration = self.expiration

        passphrase: None | str | Unset
        if isinstance(self.passphrase, Unset):
            passphrase = UNSET
        else:
            passphrase = self.passphrase

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "name": name,
                "access": access,
            }
        )
        if asset_ids is not UNSET:
            field_dict["asset_ids"] = asset_ids
        if downloading_enabled is not UNSET:
            field_dict["downloading_enabled"] = downloading_enabled
        if expiration is not UNSET:
            field_dict["expiration"] = expiration
        if passphrase is not UNSET:
            field_dict["passphrase"] = passphrase

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast('Literal["asset"]', decode.const(d.pop("type", decode.MISSING), "asset", "type"))

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        access = check_asset_share_params_access(d.pop("access", decode.MISSING), "access")

        asset_ids = d.pop("asset_ids", UNSET)
        if asset_ids is not UNSET:
            asset_ids = decode.scalar_array(asset_ids, str, "asset_ids")

        downloading_enabled = d.pop("downloading_enabled", UNSET)
        if type(downloading_enabled) is not bool and downloading_enabled is not UNSET:
            downloading_enabled = decode.expect(downloading_enabled, bool, "downloading_enabled")

        expiration = d.pop("expiration", UNSET)
        if expiration is not None and expiration is not UNSET:
            expiration = decode.date_time(expiration, "expiration", expected="one of datetime.datetime | None")

        passphrase = d.pop("passphrase", UNSET)
        if passphrase is not None and type(passphrase) is not str and passphrase is not UNSET:
            passphrase = decode.expect(passphrase, str, "passphrase", "one of None | str")

        asset_share_params = cls.__new__(cls)
        asset_share_params.type_ = type_
        asset_share_params.name = name
        asset_share_params.access = access
        asset_share_params.asset_ids = asset_ids
        asset_share_params.downloading_enabled = downloading_enabled
        asset_share_params.expiration = expiration
        asset_share_params.passphrase = passphrase

        return asset_share_params
