from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..models.access_token_post_role import AccessTokenPostRole, check_access_token_post_role
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.statement import Statement


T = TypeVar("T", bound="AccessTokenPost")


@_attrs_define
class AccessTokenPost:
    """Fields for a new access token.

    Attributes:
        name (str | Unset):  Example: CI deploy token.
        description (str | Unset):  Example: Used by the build pipeline.
        role (AccessTokenPostRole | str | Unset):  Example: reader.
        custom_role_ids (list[str] | Unset):
        inline_role (list[Statement] | Unset):
        service_token (bool | Unset):  Example: False.
        default_api_version (int | Unset):  Example: 20220603.
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    role: AccessTokenPostRole | str | Unset = UNSET
    custom_role_ids: list[str] | Unset = UNSET
    inline_role: list[Statement] | Unset = UNSET
    service_token: bool | Unset = UNSET
    default_api_version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role

        custom_role_ids: list[str] | Unset = UNSET
        if not isinstance(self.custom_role_ids, Unset):
            custom_role_ids = self.custom_role_ids

        inline_role: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inline_role, Unset):
            inline_role = []
            for inline_role_item_data in self.inline_role:
                inline_role_item = jsonable(inline_role_item_data)
                inline_role.append(inline_role_item)

        service_token = self.service_token

        default_api_version = self.default_api_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if role is not UNSET:
            field_dict["role"] = role
        if custom_role_ids is not UNSET:
            field_dict["customRoleIds"] = custom_role_ids
        if inline_role is not UNSET:
            field_dict["inlineRole"] = inline_role
        if service_token is not UNSET:
            field_dict["serviceToken"] = service_token
        if default_api_version is not UNSET:
            field_dict["defaultApiVersion"] = default_api_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = decode.expect(name, str, "name")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = decode.expect(description, str, "description")

        role = check_access_token_post_role(d.pop("role", UNSET), "role")

        custom_role_ids = d.pop("customRoleIds", UNSET)
        if custom_role_ids is not UNSET:
            custom_role_ids = decode.scalar_array(custom_role_ids, str, "customRoleIds")

        inline_role = d.pop("inlineRole", UNSET)
        if inline_role is not UNSET:
            inline_role = decode.model_array(_models.Statement.from_dict, inline_role, "inlineRole")

        service_token = d.pop("serviceToken", UNSET)
        if type(service_token) is not bool and service_token is not UNSET:
            service_token = decode.expect(service_token, bool, "serviceToken")

        default_api_version = d.pop("defaultApiVersion", UNSET)
        if type(default_api_version) is not int and default_api_version is not UNSET:
            default_api_version = decode.expect(default_api_version, int, "defaultApiVersion")

        access_token_post = cls.__new__(cls)
        access_token_post.name = name
        access_token_post.description = description
        access_token_post.role = role
        access_token_post.custom_role_ids = custom_role_ids
        access_token_post.inline_role = inline_role
        access_token_post.service_token = service_token
        access_token_post.default_api_version = default_api_version

        access_token_post.additional_properties = d if d else {}
        return access_token_post

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
