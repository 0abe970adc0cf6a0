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
    from ..models.user_record_links import UserRecordLinks
    from ..models.user_record_user import UserRecordUser


T = TypeVar("T", bound="UserRecord")


@_attrs_define
class UserRecord:
    """A user seen by LaunchDarkly (legacy user model).

    Attributes:
        last_ping (datetime.datetime | Unset):
        environment_id (str | Unset):
        owner_id (str | Unset):
        user (UserRecordUser | Unset):
        sort_value (Any | Unset):
        field_links (UserRecordLinks | Unset):
    """

    last_ping: datetime.datetime | Unset = UNSET
    environment_id: str | Unset = UNSET
    owner_id: str | Unset = UNSET
    user: UserRecordUser | Unset = UNSET
    sort_value: Any | Unset = UNSET
    field_links: UserRecordLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        last_ping: str | Unset = UNSET
        if not isinstance(self.last_ping, Unset):
            last_ping = rfc3339(self.last_ping)

        environment_id = self.environment_id

        owner_id = self.owner_id

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = jsonable(self.user)

        sort_value = self.sort_value

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = jsonable(self.field_links)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if last_ping is not UNSET:
            field_dict["lastPing"] = last_ping
        if environment_id is not UNSET:
            field_dict["environmentId"] = environment_id
        if owner_id is not UNSET:
            field_dict["ownerId"] = owner_id
        if user is not UNSET:
            field_dict["user"] = user
        if sort_value is not UNSET:
            field_dict["sortValue"] = sort_value
        if field_links is not UNSET:
            field_dict["_links"] = field_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        last_ping = decode.date_time(d.pop("lastPing", UNSET), "lastPing")

        environment_id = d.pop("environmentId", UNSET)
        if type(environment_id) is not str and environment_id is not UNSET:
            environment_id = decode.expect(environment_id, str, "environmentId")

        owner_id = d.pop("ownerId", UNSET)
        if type(owner_id) is not str and owner_id is not UNSET:
            owner_id = decode.expect(owner_id, str, "ownerId")

        user = d.pop("user", UNSET)
        if user is not UNSET:
            user = decode.model(_models.UserRecordUser.from_dict, user, "user")

        sort_value = d.pop("sortValue", UNSET)

        field_links = d.pop("_links", UNSET)
        if field_links is not UNSET:
            field_links = decode.model(_models.UserRecordLinks.from_dict, field_links, "_links")

        user_record = cls.__new__(cls)
        user_record.last_ping = last_ping
        user_record.environment_id = environment_id
        user_record.owner_id = owner_id
        user_record.user = user
        user_record.sort_value = sort_value
        user_record.field_links = field_links

        user_record.additional_properties = d if d else {}
        return user_record

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
