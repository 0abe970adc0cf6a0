from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import rfc3339
from ..models.share_access import ShareAccess, check_share_access
from ..types import UNSET, Unset

T = TypeVar("T", bound="Share")


@_attrs_define
class Share:
    """A review link that exposes assets to reviewers.

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
            }
        )
        if passphrase is not UNSET:
            field_dict["passphrase"] = passphrase

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = decode.uuid(d.pop("id", decode.MISSING), "id")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            if type(data) is str:
                return data
            try:
                with decode.strictly():
                    name_type_0 = data
                    if type(name_type_0) is not str:
                        name_type_0 = decode.expect(name_type_0, str)

                return name_type_0
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            return cast("None | str", decode.mismatch("one of None | str", data, "name"))

        name = _parse_name(d.pop("name", decode.MISSING))

        collection_id = decode.uuid(d.pop("collection_id", decode.MISSING), "collection_id")

        def _parse_short_url(data: object) -> None | str:
            if data is None:
                return data
            if type(data) is str:
                return data
            try:
                with decode.strictly():
                    short_url_type_0 = data
                    if type(short_url_type_0) is not str:
                        short_url_type_0 = decode.expect(short_url_type_0, str)

                return short_url_type_0
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            return cast("None | str", decode.mismatch("one of None | str", data, "short_url"))

        short_url = _parse_short_url(d.pop("short_url", decode.MISSING))

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

        def _parse_expiration(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            if isinstance(data, str):
                try:
                    return decode.parse_date_time(data)
                except ValueError:
                    pass

            return cast(
                "datetime.datetime | None", decode.mismatch("one of datetime.datetime | None", data, "expiration")
            )

        expiration = _parse_expiration(d.pop("expiration", decode.MISSING))

        def _parse_last_viewed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            if isinstance(data, str):
                try:
                    return decode.parse_date_time(data)
                except ValueError:
                    pass

            return cast(
                "datetime.datetime | None", decode.mismatch("one of datetime.datetime | None", data, "last_viewed_at")
            )

        last_viewed_at = _parse_last_viewed_at(d.pop("last_viewed_at", decode.MISSING))

        created_at = decode.date_time(d.pop("created_at", decode.MISSING), "created_at")

        updated_at = decode.date_time(d.pop("updated_at", decode.MISSING), "updated_at")

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

        share = cls.__new__(cls)
        share.id = id
        share.name = name
        share.collection_id = collection_id
        share.short_url = short_url
        share.access = access
        share.enabled = enabled
        share.commenting_enabled = commenting_enabled
        share.downloading_enabled = downloading_enabled
        share.expiration = expiration
        share.last_viewed_at = last_viewed_at
        share.created_at = created_at
        share.updated_at = updated_at
        share.passphrase = passphrase

        share.additional_properties = d if d else {}
        return share

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
