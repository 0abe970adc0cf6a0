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
from ..models.account_roles_item import AccountRolesItem, check_account_roles_item
from ..types import UNSET, Unset

T = TypeVar("T", bound="Account")


@_attrs_define
class Account:
    """A Frame.io account the caller belongs to.

    Attributes:
        id (UUID):  Example: 6f1c2a4e-0d3b-4a7e-9c55-2b8f1e7d3a10.
        display_name (str):  Example: Northwind Post.
        roles (list[AccountRolesItem | str]): Roles the caller holds here.
        storage_limit (int | None): Quota in bytes; null means unlimited.
        storage_usage (int): Bytes in use.
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        image (None | str | Unset): Logo URL.
        adobe_id (None | str | Unset):
        v4_migrated_at (datetime.datetime | None | Unset): When the account moved to V4, if it did.
    """

    id: UUID
    display_name: str
    roles: list[AccountRolesItem | str]
    storage_limit: int | None
    storage_usage: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    image: None | str | Unset = UNSET
    adobe_id: None | str | Unset = UNSET
    v4_migrated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        display_name = self.display_name

        roles = []
        for roles_item_data in self.roles:
            roles_item: str = roles_item_data
            roles.append(roles_item)

        storage_limit: int | None
        storage_limit = self.storage_limit

        storage_usage = self.storage_usage

        created_at = rfc3339(self.created_at)

        updated_at = rfc3339(self.updated_at)

        image: None | str | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        else:
            image = self.image

        adobe_id: None | str | Unset
        if isinstance(self.adobe_id, Unset):
            adobe_id = UNSET
        else:
            adobe_id = self.adobe_id

        v4_migrated_at: None | str | Unset
        if isinstance(self.v4_migrated_at, Unset):
            v4_migrated_at = UNSET
        elif isinstance(self.v4_migrated_at, datetime.datetime):
            v4_migrated_at = rfc3339(self.v4_migrated_at)
        else:
            v4_migrated_at = self.v4_migrated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "display_name": display_name,
                "roles": roles,
                "storage_limit": storage_limit,
                "storage_usage": storage_usage,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if image is not UNSET:
            field_dict["image"] = image
        if adobe_id is not UNSET:
            field_dict["adobe_id"] = adobe_id
        if v4_migrated_at is not UNSET:
            field_dict["v4_migrated_at"] = v4_migrated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = decode.uuid(d.pop("id", decode.MISSING), "id")

        display_name = d.pop("display_name", decode.MISSING)
        if type(display_name) is not str:
            display_name = decode.expect(display_name, str, "display_name")

        _roles_array = d.pop("roles", decode.MISSING)
        roles: list[AccountRolesItem | str]
        if isinstance(_roles_array, list):
            roles = []
            with decode.in_array("roles", roles):
                for roles_item_data in _roles_array:
                    roles_item = check_account_roles_item(roles_item_data)

                    roles.append(roles_item)
        else:
            roles = decode.mismatch("an array", _roles_array, "roles")

        storage_limit = d.pop("storage_limit", decode.MISSING)
        if storage_limit is not None and type(storage_limit) is not int:
            storage_limit = decode.expect(storage_limit, int, "storage_limit", "one of int | None")

        storage_usage = d.pop("storage_usage", decode.MISSING)
        if type(storage_usage) is not int:
            storage_usage = decode.expect(storage_usage, int, "storage_usage")

        created_at = decode.date_time(d.pop("created_at", decode.MISSING), "created_at")

        updated_at = decode.date_time(d.pop("updated_at", decode.MISSING), "updated_at")

        image = d.pop("image", UNSET)
        if image is not None and type(image) is not str and image is not UNSET:
            image = decode.expect(image, str, "image", "one of None | str")

        adobe_id = d.pop("adobe_id", UNSET)
        if adobe_id is not None and type(adobe_id) is not str and adobe_id is not UNSET:
            adobe_id = decode.expect(adobe_id, str, "adobe_id", "one of None | str")

        v4_migrated_at = d.pop("v4_migrated_at", UNSET)
        if v4_migrated_at is not None and v4_migrated_at is not UNSET:
            v4_migrated_at = decode.date_time(
                v4_migrated_at, "v4_migrated_at", expected="one of datetime.datetime | None"
            )

        account = cls.__new__(cls)
        account.id = id
        account.display_name = display_name
        account.roles = roles
        account.storage_limit = storage_limit
        account.storage_usage = storage_usage
        account.created_at = created_at
        account.updated_at = updated_at
        account.image = image
        account.adobe_id = adobe_id
        account.v4_migrated_at = v4_migrated_at

        account.additional_properties = d if d else {}
        return account

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
