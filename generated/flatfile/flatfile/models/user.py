from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable, rfc3339
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_metadata import UserMetadata


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A member of the account.

    Attributes:
        email (str):  Example: john.smith@example.com.
        name (str):  Example: John Smith.
        account_id (str):  Example: us_acc_YOUR_ID.
        id (str | Unset): Identifier assigned by Flatfile. Example: us_usr_YOUR_ID.
        idp (str | Unset):
        idp_ref (str | Unset):
        metadata (UserMetadata | Unset):
        dashboard (int | Unset):
        created_at (datetime.datetime | Unset): When the resource was created. Example: 2024-01-15T09:30:00Z.
        updated_at (datetime.datetime | Unset): When the resource was last changed. Example: 2024-01-15T09:30:00Z.
        last_seen_at (datetime.datetime | None | Unset):
    """

    email: str
    name: str
    account_id: str
    id: str | Unset = UNSET
    idp: str | Unset = UNSET
    idp_ref: str | Unset = UNSET
    metadata: UserMetadata | Unset = UNSET
    dashboard: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    last_seen_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        name = self.name

        account_id = self.account_id

        id = self.id

        idp = self.idp

        idp_ref = self.idp_ref

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = jsonable(self.metadata)

        dashboard = self.dashboard

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = rfc3339(self.created_at)

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = rfc3339(self.updated_at)

        last_seen_at: None | str | Unset
        if isinstance(self.last_seen_at, Unset):
            last_seen_at = UNSET
        elif isinstance(self.last_seen_at, datetime.datetime):
            last_seen_at = rfc3339(self.last_seen_at)
        else:
            last_seen_at = self.last_seen_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "name": name,
                "accountId": account_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if idp is not UNSET:
            field_dict["idp"] = idp
        if idp_ref is not UNSET:
            field_dict["idpRef"] = idp_ref
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if dashboard is not UNSET:
            field_dict["dashboard"] = dashboard
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if last_seen_at is not UNSET:
            field_dict["lastSeenAt"] = last_seen_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email", decode.MISSING)
        if type(email) is not str:
            email = decode.expect(email, str, "email")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        account_id = d.pop("accountId", decode.MISSING)
        if type(account_id) is not str:
            account_id = decode.expect(account_id, str, "accountId")

        id = d.pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = decode.expect(id, str, "id")

        idp = d.pop("idp", UNSET)
        if type(idp) is not str and idp is not UNSET:
            idp = decode.expect(idp, str, "idp")

        idp_ref = d.pop("idpRef", UNSET)
        if type(idp_ref) is not str and idp_ref is not UNSET:
            idp_ref = decode.expect(idp_ref, str, "idpRef")

        metadata = d.pop("metadata", UNSET)
        if metadata is not UNSET:
            metadata = decode.model(_models.UserMetadata.from_dict, metadata, "metadata")

        dashboard = d.pop("dashboard", UNSET)
        if type(dashboard) is not int and dashboard is not UNSET:
            dashboard = decode.expect(dashboard, int, "dashboard")

        created_at = decode.date_time(d.pop("createdAt", UNSET), "createdAt")

        updated_at = decode.date_time(d.pop("updatedAt", UNSET), "updatedAt")

        last_seen_at = d.pop("lastSeenAt", UNSET)
        if last_seen_at is not None and last_seen_at is not UNSET:
            last_seen_at = decode.date_time(last_seen_at, "lastSeenAt", expected="one of datetime.datetime | None")

        user = cls.__new__(cls)
        user.email = email
        user.name = name
        user.account_id = account_id
        user.id = id
        user.idp = idp
        user.idp_ref = idp_ref
        user.metadata = metadata
        user.dashboard = dashboard
        user.created_at = created_at
        user.updated_at = updated_at
        user.last_seen_at = last_seen_at

        user.additional_properties = d if d else {}
        return user

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
