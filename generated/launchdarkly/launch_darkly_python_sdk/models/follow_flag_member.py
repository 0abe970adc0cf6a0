from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.follow_flag_member_links import FollowFlagMemberLinks


T = TypeVar("T", bound="FollowFlagMember")


@_attrs_define
class FollowFlagMember:
    """A member who follows a flag.

    Attributes:
        field_id (str):
        role (str):  Example: writer.
        email (str):  Example: sam@example.com.
        field_links (FollowFlagMemberLinks | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
    """

    field_id: str
    role: str
    email: str
    field_links: FollowFlagMemberLinks | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        role = self.role

        email = self.email

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = jsonable(self.field_links)

        first_name = self.first_name

        last_name = self.last_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "role": role,
                "email": email,
            }
        )
        if field_links is not UNSET:
            field_dict["_links"] = field_links
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id", decode.MISSING)
        if type(field_id) is not str:
            field_id = decode.expect(field_id, str, "_id")

        role = d.pop("role", decode.MISSING)
        if type(role) is not str:
            role = decode.expect(role, str, "role")

        email = d.pop("email", decode.MISSING)
        if type(email) is not str:
            email = decode.expect(email, str, "email")

        field_links = d.pop("_links", UNSET)
        if field_links is not UNSET:
            field_links = decode.model(_models.FollowFlagMemberLinks.from_dict, field_links, "_links")

        first_name = d.pop("firstName", UNSET)
        if type(first_name) is not str and first_name is not UNSET:
            first_name = decode.expect(first_name, str, "firstName")

        last_name = d.pop("lastName", UNSET)
        if type(last_name) is not str and last_name is not UNSET:
            last_name = decode.expect(last_name, str, "lastName")

        follow_flag_member = cls.__new__(cls)
        follow_flag_member.field_id = field_id
        follow_flag_member.role = role
        follow_flag_member.email = email
        follow_flag_member.field_links = field_links
        follow_flag_member.first_name = first_name
        follow_flag_member.last_name = last_name

        follow_flag_member.additional_properties = d if d else {}
        return follow_flag_member

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
