from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="Invite")


@_attrs_define
class Invite:
    """An email invitation for a guest.

    Attributes:
        guest_id (str):  Example: us_g_YOUR_ID.
        space_id (str):  Example: us_sp_YOUR_ID.
        from_name (str | Unset):  Example: Your Name.
        message (str | Unset):
    """

    guest_id: str
    space_id: str
    from_name: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        guest_id = self.guest_id

        space_id = self.space_id

        from_name = self.from_name

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "guestId": guest_id,
                "spaceId": space_id,
            }
        )
        if from_name is not UNSET:
            field_dict["fromName"] = from_name
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        guest_id = d.pop("guestId", decode.MISSING)
        if type(guest_id) is not str:
            guest_id = decode.expect(guest_id, str, "guestId")

        space_id = d.pop("spaceId", decode.MISSING)
        if type(space_id) is not str:
            space_id = decode.expect(space_id, str, "spaceId")

        from_name = d.pop("fromName", UNSET)
        if type(from_name) is not str and from_name is not UNSET:
            from_name = decode.expect(from_name, str, "fromName")

        message = d.pop("message", UNSET)
        if type(message) is not str and message is not UNSET:
            message = decode.expect(message, str, "message")

        invite = cls.__new__(cls)
        invite.guest_id = guest_id
        invite.space_id = space_id
        invite.from_name = from_name
        invite.message = message

        invite.additional_properties = d if d else {}
        return invite

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
