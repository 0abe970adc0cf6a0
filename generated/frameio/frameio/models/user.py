from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

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

        def _parse_id(data: object) -> None | str:
            if data is None:
                return data
            if type(data) is str:
                return data
            try:
                with decode.strictly():
                    id_type_0 = data
                    if type(id_type_0) is not str:
                        id_type_0 = decode.expect(id_type_0, str)

                return id_type_0
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            return cast("None | str", decode.mismatch("one of None | str", data, "id"))

        id = _parse_id(d.pop("id", decode.MISSING))

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

        email = d.pop("email", decode.MISSING)
        if type(email) is not str:
            email = decode.expect(email, str, "email")

        def _parse_avatar_url(data: object) -> None | str:
            if data is None:
                return data
            if type(data) is str:
                return data
            try:
                with decode.strictly():
                    avatar_url_type_0 = data
                    if type(avatar_url_type_0) is not str:
                        avatar_url_type_0 = decode.expect(avatar_url_type_0, str)

                return avatar_url_type_0
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            return cast("None | str", decode.mismatch("one of None | str", data, "avatar_url"))

        avatar_url = _parse_avatar_url(d.pop("avatar_url", decode.MISSING))

        def _parse_active(data: object) -> bool | None:
            if data is None:
                return data
            if type(data) is bool:
                return data
            try:
                with decode.strictly():
                    active_type_0 = data
                    if type(active_type_0) is not bool:
                        active_type_0 = decode.expect(active_type_0, bool)

                return active_type_0
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            return cast("bool | None", decode.mismatch("one of bool | None", data, "active"))

        active = _parse_active(d.pop("active", decode.MISSING))

        def _parse_adobe_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if type(data) is str:
                return data
            try:
                with decode.strictly():
                    adobe_user_id_type_0 = data
                    if type(adobe_user_id_type_0) is not str:
                        adobe_user_id_type_0 = decode.expect(adobe_user_id_type_0, str)

                return adobe_user_id_type_0
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            return cast("None | str | Unset", decode.mismatch("one of None | str", data, "adobe_user_id"))

        adobe_user_id = d.pop("adobe_user_id", UNSET)
        if adobe_user_id is not UNSET:
            adobe_user_id = _parse_adobe_user_id(adobe_user_id)

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
