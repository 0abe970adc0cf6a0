from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import rfc3339
from ..models.share_access import ShareAccess, check_share_access
from ..types import UNSET, Unset

T = TypeVar("T", bound="ShareAssetAddedResponseData")


@_attrs_define
class ShareAssetAddedResponseData:
    """
    Attributes:
        id (UUID):  Example: 8e0a2c4e-6f1b-4d3a-95c7-e9f1a3b5c7d9.
        name (None | str):  Example: Client review, round 2.
        collection_id (UUID):
        short_url (None | str):  Example: https://f.io/Ab12Cd34.
        access (ShareAccess | str):
        enabled (bool):
        commenting_enabled (bool):
        downloading_enabled (bool):
        expiration (datetime.datetime | None):
        last_viewed_at (datetime.datetime | None):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        asset_added (UUID):
        passphrase (None | str | Unset):
    """

    id: UUID
    name: None | str
    collection_id: UUID
    short_url: None | str
    access: ShareAccess | str
    enabled: bool
    commenting_enabled: bool
    downloading_enabled: bool
    expiration: datetime.datetime | None
    last_viewed_at: datetime.datetime | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    asset_added: UUID
    passphrase: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name: None | str
        name = self.name

        collection_id = str(self.collection_id)

        short_url: None | str
        short_url = self.short_url

        access: str = self.access

        enabled = self.enabled

        commenting_enabled = self.commenting_enabled

        downloading_enabled = self.downloading_enabled

        expiration: None | str
        if isinstance(self.expiration, datetime.datetime):
            expiration = rfc3339(self.expiration)
        else:
            expiration = self.expiration

        last_viewed_at: None | str
        if isinstance(self.last_viewed_at, datetime.datetime):
            last_viewed_at = rfc3339(self.last_viewed_at)
        else:
            last_viewed_at = self.last_viewed_at

        created_at = rfc3339(self.created_at)

        updated_at = rfc3339(self.updated_at)

        asset_added = str(self.asset_added)

        passphrase: None | str | Unset
        if isinstance(self.passphrase, Unset):
            passphrase = UNSET
        else:
            passphrase = self.passphrase

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "collection_id": collection_id,
                "short_url": short_url,
                "access": access,
                "enabled": enabled,
                "commenting_enabled": commenting_enabled,
                "downloading_enabled": downloading_enabled,
                "expiration": expiration,
                "last_viewed_at": last_viewed_at,
                "created_at": created_at,
                "updated_at": updated_at,
                "asset_added": asset_added,
            }
        )
        if passphrase is not UNSET:
            field_dict["passphrase"] = passphrase

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = decode.uuid(d.pop("id", decode.MISSING), "id")

        name = d.pop("name", decode.MISSING)
        if name is not None and type(name) is not str:
            name = decode.expect(name, str, "name", "one of None | str")

        collection_id = decode.uuid(d.pop("collection_id", decode.MISSING), "collection_id")

        short_url = d.pop("short_url", decode.MISSING)
        if short_url is not None and type(short_url) is not str:
            short_url = decode.expect(short_url, str, "short_url", "one of None | str")

        access = check_share_access(d.pop("access", decode.MISSING), "access")

        enabled = d.pop("enabled", decode.MISSING)
        if type(enabled) is not bool:
            enabled = decode.expect(enabled, bool, "enabled")

        commenting_enabled = d.pop("commenting_enabled", decode.MISSING)
        if type(commenting_enabled) is not bool:
            commenting_enabled = decode.expect(commenting_enabled, bool, "commenting_enabled")

        downloading_enabled = d.pop("downloading_enabled", decode.MISSING)
        if type(downloading_enabled) is not bool:
            downloading_enabled = decode.expect(downloading_enabled, bool, "downloading_enabled")

        expiration = d.pop("expiration", decode.MISSING)
        if expiration is not None:
            expiration = decode.date_time(expiration, "expiration", expected="one of datetime.datetime | None")

        last_viewed_at = d.pop("last_viewed_at", decode.MISSING)
        if last_viewed_at is not None:
            last_viewed_at = decode.date_time(
                last_viewed_at, "last_viewed_at", expected="one of datetime.datetime | None"
            )

        created_at = decode.date_time(d.pop("created_at", decode.MISSING), "created_at")

        updated_at = decode.date_time(d.pop("updated_at", decode.MISSING), "updated_at")

        asset_added = decode.uuid(d.pop("asset_added", decode.MISSING), "asset_added")

        passphrase = d.pop("passphrase", UNSET)
        if passphrase is not None and type(passphrase) is not str and passphrase is not UNSET:
            passphrase = decode.expect(passphrase, str, "passphrase", "one of None | str")

        share_asset_added_response_data = cls.__new__(cls)
        share_asset_added_response_data.id = id
        share_asset_added_response_data.name = name
        share_asset_added_response_data.collection_id = collection_id
        share_asset_added_response_data.short_url = short_url
        share_asset_added_response_data.access = access
        share_asset_added_response_data.enabled = enabled
        share_asset_added_response_data.commenting_enabled = commenting_enabled
        share_asset_added_response_data.downloading_enabled = downloading_enabled
        share_asset_added_response_data.expiration = expiration
        share_asset_added_response_data.last_viewed_at = last_viewed_at
        share_asset_added_response_data.created_at = created_at
        share_asset_added_response_data.updated_at = updated_at
        share_asset_added_response_data.asset_added = asset_added
        share_asset_added_response_data.passphrase = passphrase

        share_asset_added_response_data.additional_properties = d if d else {}
        return share_asset_added_response_data

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
