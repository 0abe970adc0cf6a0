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

        def _parse_expiration(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                try:
                    return decode.parse_date_time(data)
                except ValueError:
                    pass

            return cast(
                "datetime.datetime | None | Unset",
                decode.mismatch("one of datetime.datetime | None", data, "expiration"),
            )

        expiration = d.pop("expiration", UNSET)
        if expiration is not UNSET:
            expiration = _parse_expiration(expiration)

        def _parse_passphrase(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if type(data) is str:
                return data
            try:
                with decode.strictly():
                    passphrase_type_0 = data
                    if type(passphrase_type_0) is not str:
                        passphrase_type_0 = decode.expect(passphrase_type_0, str)

                return passphrase_type_0
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            return cast("None | str | Unset", decode.mismatch("one of None | str", data, "passphrase"))

        passphrase = d.pop("passphrase", UNSET)
        if passphrase is not UNSET:
            passphrase = _parse_passphrase(passphrase)

        asset_share_params = cls.__new__(cls)
        asset_share_params.type_ = type_
        asset_share_params.name = name
        asset_share_params.access = access
        asset_share_params.asset_ids = asset_ids
        asset_share_params.downloading_enabled = downloading_enabled
        asset_share_params.expiration = expiration
        asset_share_params.passphrase = passphrase

        return asset_share_params
