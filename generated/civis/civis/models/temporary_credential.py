from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

T = TypeVar("T", bound="TemporaryCredential")


@_attrs_define(slots=False)
class TemporaryCredential(ResponseMetadata):
    """Short-lived AWS keys derived from a stored credential.

    Attributes:
        access_key (str):
        secret_access_key (str):
        session_token (str):
    """

    access_key: str
    secret_access_key: str
    session_token: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        access_key = self.access_key

        secret_access_key = self.secret_access_key

        session_token = self.session_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accessKey": access_key,
                "secretAccessKey": secret_access_key,
                "sessionToken": session_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        access_key = d.pop("accessKey", decode.MISSING)
        if type(access_key) is not str:
            access_key = decode.expect(access_key, str, "accessKey")

        secret_access_key = d.pop("secretAccessKey", decode.MISSING)
        if type(secret_access_key) is not str:
            secret_access_key = decode.expect(secret_access_key, str, "secretAccessKey")

        session_token = d.pop("sessionToken", decode.MISSING)
        if type(session_token) is not str:
            session_token = decode.expect(session_token, str, "sessionToken")

        temporary_credential = cls.__new__(cls)
        temporary_credential.access_key = access_key
        temporary_credential.secret_access_key = secret_access_key
        temporary_credential.session_token = session_token

        temporary_credential.additional_properties = d if d else {}
        return temporary_credential

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
