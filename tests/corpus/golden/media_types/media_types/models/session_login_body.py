from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="SessionLoginBody")


@_attrs_define
class SessionLoginBody:
    """
    Attributes:
        username (str):
        password (str):
        remember (bool | Unset):
    """

    username: str
    password: str
    remember: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        password = self.password

        remember = self.remember

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "password": password,
            }
        )
        if remember is not UNSET:
            field_dict["remember"] = remember

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username", decode.MISSING)
        if type(username) is not str:
            username = decode.expect(username, str, "username")

        password = d.pop("password", decode.MISSING)
        if type(password) is not str:
            password = decode.expect(password, str, "password")

        remember = d.pop("remember", UNSET)
        if type(remember) is not bool and remember is not UNSET:
            remember = decode.expect(remember, bool, "remember")

        session_login_body = cls.__new__(cls)
        session_login_body.username = username
        session_login_body.password = password
        session_login_body.remember = remember

        session_login_body.additional_properties = d if d else {}
        return session_login_body

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
