from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..models.new_member_form_role import NewMemberFormRole, check_new_member_form_role
from ..types import UNSET, Unset

T = TypeVar("T", bound="NewMemberForm")


@_attrs_define
class NewMemberForm:
    """An invitation for one new member.

    Attributes:
        email (str):  Example: new.person@example.com.
        first_name (str | Unset):  Example: Alex.
        last_name (str | Unset):  Example: Kim.
        role (NewMemberFormRole | str | Unset):  Example: reader.
        custom_roles (list[str] | Unset):
        team_keys (list[str] | Unset):
    """

    email: str
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    role: NewMemberFormRole | str | Unset = UNSET
    custom_roles: list[str] | Unset = UNSET
    team_keys: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role

        custom_roles: list[str] | Unset = UNSET
        if not isinstance(self.custom_roles, Unset):
            custom_roles = self.custom_roles

        team_keys: list[str] | Unset = UNSET
        if not isinstance(self.team_keys, Unset):
            team_keys = self.team_keys

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if role is not UNSET:
            field_dict["role"] = role
        if custom_roles is not UNSET:
            field_dict["customRoles"] = custom_roles
        if team_keys is not UNSET:
            field_dict["teamKeys"] = team_keys

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email", decode.MISSING)
        if type(email) is not str:
            email = decode.expect(email, str, "email")

        first_name = d.pop("firstName", UNSET)
        if type(first_name) is not str and first_name is not UNSET:
            first_name = decode.expect(first_name, str, "firstName")

        last_name = d.pop("lastName", UNSET)
        if type(last_name) is not str and last_name is not UNSET:
            last_name = decode.expect(last_name, str, "lastName")

        role = check_new_member_form_role(d.pop("role", UNSET), "role")

        custom_roles = d.pop("customRoles", UNSET)
        if custom_roles is not UNSET:
            custom_roles = decode.scalar_array(custom_roles, str, "customRoles")

        team_keys = d.pop("teamKeys", UNSET)
        if team_keys is not UNSET:
            team_keys = decode.scalar_array(team_keys, str, "teamKeys")

        new_member_form = cls.__new__(cls)
        new_member_form.email = email
        new_member_form.first_name = first_name
        new_member_form.last_name = last_name
        new_member_form.role = role
        new_member_form.custom_roles = custom_roles
        new_member_form.team_keys = team_keys

        new_member_form.additional_properties = d if d else {}
        return new_member_form

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
