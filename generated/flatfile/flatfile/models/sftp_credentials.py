from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr

T = TypeVar("T", bound="SftpCredentials")


@_attrs_define
class SftpCredentials:
    """Login details for uploading files to a space over SFTP.

    Attributes:
        username (str):  Example: us_sp_YOUR_ID.
        password (str):
        host (str):  Example: sftp.flatfile.com.
        port (int):  Example: 22.
    """

    username: str
    password: str
    host: str
    port: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        password = self.password

        host = self.host

        port = self.port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "password": password,
                "host": host,
                "port": port,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username", decode.MISSING)
        if type(username) is not str:
            username = decode.expect(username, str, "username")

        password = d.pop("password", decode.MISSING)
        if type(password) is not str:
            password = decode.expect(password, str, "password")

        host = d.pop("host", decode.MISSING)
        if type(host) is not str:
            host = decode.expect(host, str, "host")

        port = d.pop("port", decode.MISSING)
        if type(port) is not int:
            port = decode.expect(port, int, "port")

        sftp_credentials = cls.__new__(cls)
        sftp_credentials.username = username
        sftp_credentials.password = password
        sftp_credentials.host = host
        sftp_credentials.port = port

        sftp_credentials.additional_properties = d if d else {}
        return sftp_credentials

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
