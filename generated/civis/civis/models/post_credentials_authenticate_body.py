from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

T = TypeVar("T", bound="PostCredentialsAuthenticateBody")


@_attrs_define(slots=False)
class PostCredentialsAuthenticateBody(ResponseMetadata):
    """
    Attributes:
        url (str): Address of the host.
        remote_host_type (str): Host kind, e.g. RemoteHostTypes::Postgres.
        username (str):
        password (str):
    """

    url: str
    remote_host_type: str
    username: str
    password: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        remote_host_type = self.remote_host_type

        username = self.username

        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "remoteHostType": remote_host_type,
                "username": username,
                "password": password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url", decode.MISSING)
        if type(url) is not str:
            url = decode.expect(url, str, "url")

        remote_host_type = d.pop("remoteHostType", decode.MISSING)
        if type(remote_host_type) is not str:
            remote_host_type = decode.expect(remote_host_type, str, "remoteHostType")

        username = d.pop("username", decode.MISSING)
        if type(username) is not str:
            username = decode.expect(username, str, "username")

        password = d.pop("password", decode.MISSING)
        if type(password) is not str:
            password = decode.expect(password, str, "password")

        post_credentials_authenticate_body = cls.__new__(cls)
        post_credentials_authenticate_body.url = url
        post_credentials_authenticate_body.remote_host_type = remote_host_type
        post_credentials_authenticate_body.username = username
        post_credentials_authenticate_body.password = password

        post_credentials_authenticate_body.additional_properties = d if d else {}
        return post_credentials_authenticate_body

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
