from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr

T = TypeVar("T", bound="Profile")


@_attrs_define
class Profile:
    """The user the token belongs to.

    Attributes:
        id (UUID):  Example: a1b2c3d4-e5f6-4789-8abc-def012345678.
        name (str):  Example: Rosa Díaz.
        email (str):  Example: rosa@example.com.
        avatar_url (None | str):
    """

    id: UUID
    name: str
    email: str
    avatar_url: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        email = self.email

        avatar_url: None | str
        avatar_url = self.avatar_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "email": email,
                "avatar_url": avatar_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = decode.uuid(d.pop("id", decode.MISSING), "id")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        email = d.pop("email", decode.MISSING)
        if type(email) is not str:
            email = decode.expect(email, str, "email")

        avatar_url = d.pop("avatar_url", decode.MISSING)
        if avatar_url is not None and type(avatar_url) is not str:
            avatar_url = decode.expect(avatar_url, str, "avatar_url", "one of None | str")

        profile = cls.__new__(cls)
        profile.id = id
        profile.name = name
        profile.email = email
        profile.avatar_url = avatar_url

        profile.additional_properties = d if d else {}
        return profile

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
