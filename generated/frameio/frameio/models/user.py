from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A person as seen from another resource.

    Attributes:
        id (None | str): User id. Example: a1b2c3d4-e5f6-4789-8abc-def012345678.
        name (None | str): Display name. Example: Rosa Díaz.
        email (str): Login email. Example: rosa@example.com.
        avatar_url (None | str): Avatar image URL.
        active (bool | None): False once the user is deactivated.
        adobe_user_id (None | str | Unset): Linked Adobe identity, when there is one.
    """

    id: None | str
    name: None | str
    email: str
    avatar_url: None | str
    active: bool | None
    adobe_user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id: None | str
        id = self.id

        name: None | str
        name = self.name

        email = self.email

        avatar_url: None | str
        avatar_url = self.avatar_url

        active: bool | None
        active = self.active

        adobe_user_id: None | str | Unset
        if isinstance(self.adobe_user_id, Unset):
            adobe_user_id = UNSET
        else:
            adobe_user_id = self.adobe_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "email": email,
                "avatar_url": avatar_url,
                "active": active,
            }
        )
        if adobe_user_id is not UNSET:
            field_dict["adobe_user_id"] = adobe_user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", decode.MISSING)
        if id is not None and type(id) is not str:
            id = decode.expect(id, str, "id", "one of None | str")

        name = d.pop("name", decode.MISSING)
        if name is not None and type(name) is not str:
            name = decode.expect(name, str, "name", "one of None | str")

        email = d.pop("email", decode.MISSING)
        if type(email) is not str:
            email = decode.expect(email, str, "email")

        avatar_url = d.pop("avatar_url", decode.MISSING)
        if avatar_url is not None and type(avatar_url) is not str:
            avatar_url = decode.expect(avatar_url, str, "avatar_url", "one of None | str")

        active = d.pop("active", decode.MISSING)
        if active is not None and type(active) is not bool:
            active = decode.expect(active, bool, "active", "one of bool | None")

        adobe_user_id = d.pop("adobe_user_id", UNSET)
        if adobe_user_id is not None and type(adobe_user_id) is not str and adobe_user_id is not UNSET:
            adobe_user_id = decode.expect(adobe_user_id, str, "adobe_user_id", "one of None | str")

        user = cls.__new__(cls)
        user.id = id
        user.name = name
        user.email = email
        user.avatar_url = avatar_url
        user.active = active
        user.adobe_user_id = adobe_user_id

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
