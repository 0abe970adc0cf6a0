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
    from ..models.member_summary import MemberSummary
    from ..models.statement import Statement
    from ..models.token_links import TokenLinks


T = TypeVar("T", bound="Token")


@_attrs_define
class Token:
    """An API access token.

    Attributes:
        field_id (str):  Example: 64b7f0c2a1d3e4f5a6b7c8d9.
        owner_id (str):  Example: 5f0c1a2b3c4d5e6f7a8b9c0d.
        member_id (str):  Example: 5f0c1a2b3c4d5e6f7a8b9c0e.
        creation_date (int): Milliseconds since the Unix epoch. Example: 1700000000000.
        last_modified (int): Milliseconds since the Unix epoch. Example: 1700000000000.
        field_member (MemberSummary | Unset): Short view of an account member.
        name (str | Unset):  Example: CI deploy token.
        description (str | Unset):
        custom_role_ids (list[str] | Unset):
        inline_role (list[Statement] | Unset):
        role (str | Unset):  Example: reader.
        token (str | Unset): Only shown in full when created or reset. Example: api-1234.
        service_token (bool | Unset):  Example: False.
        default_api_version (int | Unset):  Example: 20220603.
        last_used (int | Unset): Milliseconds since the Unix epoch. Example: 1700000000000.
        field_links (TokenLinks | Unset):
    """

    field_id: str
    owner_id: str
    member_id: str
    creation_date: int
    last_modified: int
    field_member: MemberSummary | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    custom_role_ids: list[str] | Unset = UNSET
    inline_role: list[Statement] | Unset = UNSET
    role: str | Unset = UNSET
    token: str | Unset = UNSET
    service_token: bool | Unset = UNSET
    default_api_version: int | Unset = UNSET
    last_used: int | Unset = UNSET
    field_links: TokenLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        owner_id = self.owner_id

        member_id = self.member_id

        creation_date = self.creation_date

        last_modified = self.last_modified

        field_member: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_member, Unset):
            field_member = jsonable(self.field_member)

        name = self.name

        description = self.description

        custom_role_ids: list[str] | Unset = UNSET
        if not isinstance(self.custom_role_ids, Unset):
            custom_role_ids = self.custom_role_ids

        inline_role: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inline_role, Unset):
            inline_role = []
            for inline_role_item_data in self.inline_role:
                inline_role_item = jsonable(inline_role_item_data)
                inline_role.append(inline_role_item)

        role = self.role

        token = self.token

        service_token = self.service_token

        default_api_version = self.default_api_version

        last_used = self.last_used

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = jsonable(self.field_links)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "ownerId": owner_id,
                "memberId": member_id,
                "creationDate": creation_date,
                "lastModified": last_modified,
            }
        )
        if field_member is not UNSET:
            field_dict["_member"] = field_member
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if custom_role_ids is not UNSET:
            field_dict["customRoleIds"] = custom_role_ids
        if inline_role is not UNSET:
            field_dict["inlineRole"] = inline_role
        if role is not UNSET:
            field_dict["role"] = role
        if token is not UNSET:
            field_dict["token"] = token
        if service_token is not UNSET:
            field_dict["serviceToken"] = service_token
        if default_api_version is not UNSET:
            field_dict["defaultApiVersion"] = default_api_version
        if last_used is not UNSET:
            field_dict["lastUsed"] = last_used
        if field_links is not UNSET:
            field_dict["_links"] = field_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id", decode.MISSING)
        if type(field_id) is not str:
            field_id = decode.expect(field_id, str, "_id")

        owner_id = d.pop("ownerId", decode.MISSING)
        if type(owner_id) is not str:
            owner_id = decode.expect(owner_id, str, "ownerId")

        member_id = d.pop("memberId", decode.MISSING)
        if type(member_id) is not str:
            member_id = decode.expect(member_id, str, "memberId")

        creation_date = d.pop("creationDate", decode.MISSING)
        if type(creation_date) is not int:
            creation_date = decode.expect(creation_date, int, "creationDate")

        last_modified = d.pop("lastModified", decode.MISSING)
        if type(last_modified) is not int:
            last_modified = decode.expect(last_modified, int, "lastModified")

        field_member = d.pop("_member", UNSET)
        if field_member is not UNSET:
            field_member = decode.model(_models.MemberSummary.from_dict, field_member, "_member")

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = decode.expect(name, str, "name")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = decode.expect(description, str, "description")

        custom_role_ids = d.pop("customRoleIds", UNSET)
        if custom_role_ids is not UNSET:
            custom_role_ids = decode.scalar_array(custom_role_ids, str, "customRoleIds")

        inline_role = d.pop("inlineRole", UNSET)
        if inline_role is not UNSET:
            inline_role = decode.model_array(_models.Statement.from_dict, inline_role, "inlineRole")

        role = d.pop("role", UNSET)
        if type(role) is not str and role is not UNSET:
            role = decode.expect(role, str, "role")

        token = d.pop("token", UNSET)
        if type(token) is not str and token is not UNSET:
            token = decode.expect(token, str, "token")

        service_token = d.pop("serviceToken", UNSET)
        if type(service_token) is not bool and service_token is not UNSET:
            service_token = decode.expect(service_token, bool, "serviceToken")

        default_api_version = d.pop("defaultApiVersion", UNSET)
        if type(default_api_version) is not int and default_api_version is not UNSET:
            default_api_version = decode.expect(default_api_version, int, "defaultApiVersion")

        last_used = d.pop("lastUsed", UNSET)
        if type(last_used) is not int and last_used is not UNSET:
            last_used = decode.expect(last_used, int, "lastUsed")

        field_links = d.pop("_links", UNSET)
        if field_links is not UNSET:
            field_links = decode.model(_models.TokenLinks.from_dict, field_links, "_links")

        token_model = cls.__new__(cls)
        token_model.field_id = field_id
        token_model.owner_id = owner_id
        token_model.member_id = member_id
        token_model.creation_date = creation_date
        token_model.last_modified = last_modified
        token_model.field_member = field_member
        token_model.name = name
        token_model.description = description
        token_model.custom_role_ids = custom_role_ids
        token_model.inline_role = inline_role
        token_model.role = role
        token_model.token = token
        token_model.service_token = service_token
        token_model.default_api_version = default_api_version
        token_model.last_used = last_used
        token_model.field_links = field_links

        token_model.additional_properties = d if d else {}
        return token_model

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
