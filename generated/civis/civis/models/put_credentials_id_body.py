from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._types import plain_names
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..types import UNSET, Unset

T = TypeVar("T", bound="PutCredentialsIdBody")


@plain_names({"type": "type_"})
@_attrs_define(slots=False)
class PutCredentialsIdBody(ResponseMetadata):
    """
    Attributes:
        type_ (str): Credential kind, e.g. Database, Custom or Amazon Web Services S3.
        username (str):
        password (str): Secret; write-only.
        name (str | Unset):
        description (str | Unset):
        remote_host_id (int | Unset):
        user_id (int | Unset): Owner when creating on someone's behalf (admins only).
        state (str | Unset): Two-letter state code, for some credential kinds.
        system_credential (bool | Unset):
        default (bool | Unset):
        oauth (bool | Unset):
    """

    type_: str
    username: str
    password: str
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    remote_host_id: int | Unset = UNSET
    user_id: int | Unset = UNSET
    state: str | Unset = UNSET
    system_credential: bool | Unset = UNSET
    default: bool | Unset = UNSET
    oauth: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        username = self.username

        password = self.password

        name = self.name

        description = self.description

        remote_host_id = self.remote_host_id

        user_id = self.user_id

        state = self.state

        system_credential = self.system_credential

        default = self.default

        oauth = self.oauth

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "username": username,
                "password": password,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if remote_host_id is not UNSET:
            field_dict["remoteHostId"] = remote_host_id
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if state is not UNSET:
            field_dict["state"] = state
        if system_credential is not UNSET:
            field_dict["systemCredential"] = system_credential
        if default is not UNSET:
            field_dict["default"] = default
        if oauth is not UNSET:
            field_dict["oauth"] = oauth

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", decode.MISSING)
        if type(type_) is not str:
            type_ = decode.expect(type_, str, "type")

        username = d.pop("username", decode.MISSING)
        if type(username) is not str:
            username = decode.expect(username, str, "username")

        password = d.pop("password", decode.MISSING)
        if type(password) is not str:
            password = decode.expect(password, str, "password")

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = decode.expect(name, str, "name")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = decode.expect(description, str, "description")

        remote_host_id = d.pop("remoteHostId", UNSET)
        if type(remote_host_id) is not int and remote_host_id is not UNSET:
            remote_host_id = decode.expect(remote_host_id, int, "remoteHostId")

        user_id = d.pop("userId", UNSET)
        if type(user_id) is not int and user_id is not UNSET:
            user_id = decode.expect(user_id, int, "userId")

        state = d.pop("state", UNSET)
        if type(state) is not str and state is not UNSET:
            state = decode.expect(state, str, "state")

        system_credential = d.pop("systemCredential", UNSET)
        if type(system_credential) is not bool and system_credential is not UNSET:
            system_credential = decode.expect(system_credential, bool, "systemCredential")

        default = d.pop("default", UNSET)
        if type(default) is not bool and default is not UNSET:
            default = decode.expect(default, bool, "default")

        oauth = d.pop("oauth", UNSET)
        if type(oauth) is not bool and oauth is not UNSET:
            oauth = decode.expect(oauth, bool, "oauth")

        put_credentials_id_body = cls.__new__(cls)
        put_credentials_id_body.type_ = type_
        put_credentials_id_body.username = username
        put_credentials_id_body.password = password
        put_credentials_id_body.name = name
        put_credentials_id_body.description = description
        put_credentials_id_body.remote_host_id = remote_host_id
        put_credentials_id_body.user_id = user_id
        put_credentials_id_body.state = state
        put_credentials_id_body.system_credential = system_credential
        put_credentials_id_body.default = default
        put_credentials_id_body.oauth = oauth

        put_credentials_id_body.additional_properties = d if d else {}
        return put_credentials_id_body

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return field_item(self, key, self.additional_properties)

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return has_field_item(self, key, self.additional_properties)
