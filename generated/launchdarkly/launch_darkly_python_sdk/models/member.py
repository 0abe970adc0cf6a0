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
    from ..models.member_links import MemberLinks
    from ..models.member_teams_item import MemberTeamsItem


T = TypeVar("T", bound="Member")


@_attrs_define
class Member:
    """An account member.

    Attributes:
        field_id (str):  Example: 5f0c1a2b3c4d5e6f7a8b9c0d.
        role (str):  Example: writer.
        email (str):  Example: sam@example.com.
        field_pending_invite (bool):  Example: False.
        field_verified (bool):  Example: True.
        custom_roles (list[str]):
        mfa (str):  Example: enabled.
        field_last_seen (int): Milliseconds since the Unix epoch. Example: 1700000000000.
        creation_date (int): Milliseconds since the Unix epoch. Example: 1700000000000.
        field_links (MemberLinks | Unset):
        first_name (str | Unset):  Example: Sam.
        last_name (str | Unset):  Example: Rivera.
        teams (list[MemberTeamsItem] | Unset):
    """

    field_id: str
    role: str
    email: str
    field_pending_invite: bool
    field_verified: bool
    custom_roles: list[str]
    mfa: str
    field_last_seen: int
    creation_date: int
    field_links: MemberLinks | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    teams: list[MemberTeamsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        role = self.role

        email = self.email

        field_pending_invite = self.field_pending_invite

        field_verified = self.field_verified

        custom_roles = self.custom_roles

        mfa = self.mfa

        field_last_seen = self.field_last_seen

        creation_date = self.creation_date

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = jsonable(self.field_links)

        first_name = self.first_name

        last_name = self.last_name

        teams: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.teams, Unset):
            teams = []
            for teams_item_data in self.teams:
                teams_item = jsonable(teams_item_data)
                teams.append(teams_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "role": role,
                "email": email,
                "_pendingInvite": field_pending_invite,
                "_verified": field_verified,
                "customRoles": custom_roles,
                "mfa": mfa,
                "_lastSeen": field_last_seen,
                "creationDate": creation_date,
            }
        )
        if field_links is not UNSET:
            field_dict["_links"] = field_links
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if teams is not UNSET:
            field_dict["teams"] = teams

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

        field_pending_invite = d.pop("_pendingInvite", decode.MISSING)
        if type(field_pending_invite) is not bool:
            field_pending_invite = decode.expect(field_pending_invite, bool, "_pendingInvite")

        field_verified = d.pop("_verified", decode.MISSING)
        if type(field_verified) is not bool:
            field_verified = decode.expect(field_verified, bool, "_verified")

        custom_roles = decode.scalar_array(d.pop("customRoles", decode.MISSING), str, "customRoles")

        mfa = d.pop("mfa", decode.MISSING)
        if type(mfa) is not str:
            mfa = decode.expect(mfa, str, "mfa")

        field_last_seen = d.pop("_lastSeen", decode.MISSING)
        if type(field_last_seen) is not int:
            field_last_seen = decode.expect(field_last_seen, int, "_lastSeen")

        creation_date = d.pop("creationDate", decode.MISSING)
        if type(creation_date) is not int:
            creation_date = decode.expect(creation_date, int, "creationDate")

        field_links = d.pop("_links", UNSET)
        if field_links is not UNSET:
            field_links = decode.model(_models.MemberLinks.from_dict, field_links, "_links")

        first_name = d.pop("firstName", UNSET)
        if type(first_name) is not str and first_name is not UNSET:
            first_name = decode.expect(first_name, str, "firstName")

        last_name = d.pop("lastName", UNSET)
        if type(last_name) is not str and last_name is not UNSET:
            last_name = decode.expect(last_name, str, "lastName")

        teams = d.pop("teams", UNSET)
        if teams is not UNSET:
            teams = decode.model_array(_models.MemberTeamsItem.from_dict, teams, "teams")

        member = cls.__new__(cls)
        member.field_id = field_id
        member.role = role
        member.email = email
        member.field_pending_invite = field_pending_invite
        member.field_verified = field_verified
        member.custom_roles = custom_roles
        member.mfa = mfa
        member.field_last_seen = field_last_seen
        member.creation_date = creation_date
        member.field_links = field_links
        member.first_name = first_name
        member.last_name = last_name
        member.teams = teams

        member.additional_properties = d if d else {}
        return member

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
