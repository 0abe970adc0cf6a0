from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventToken")


@_attrs_define
class EventToken:
    """Credentials for subscribing to an event stream.

    Attributes:
        account_id (str | Unset):  Example: us_acc_YOUR_ID.
        subscribe_key (str | Unset):
        ttl (int | Unset): Lifetime in seconds.
        token (str | Unset):
    """

    account_id: str | Unset = UNSET
    subscribe_key: str | Unset = UNSET
    ttl: int | Unset = UNSET
    token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        subscribe_key = self.subscribe_key

        ttl = self.ttl

        token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if subscribe_key is not UNSET:
            field_dict["subscribeKey"] = subscribe_key
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("accountId", UNSET)
        if type(account_id) is not str and account_id is not UNSET:
            account_id = decode.expect(account_id, str, "accountId")

        subscribe_key = d.pop("subscribeKey", UNSET)
        if type(subscribe_key) is not str and subscribe_key is not UNSET:
            subscribe_key = decode.expect(subscribe_key, str, "subscribeKey")

        ttl = d.pop("ttl", UNSET)
        if type(ttl) is not int and ttl is not UNSET:
            ttl = decode.expect(ttl, int, "ttl")

        token = d.pop("token", UNSET)
        if type(token) is not str and token is not UNSET:
            token = decode.expect(token, str, "token")

        event_token = cls.__new__(cls)
        event_token.account_id = account_id
        event_token.subscribe_key = subscribe_key
        event_token.ttl = ttl
        event_token.token = token

        event_token.additional_properties = d if d else {}
        return event_token

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
