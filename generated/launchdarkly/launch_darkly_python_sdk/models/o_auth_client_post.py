from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuthClientPost")


@_attrs_define
class OAuthClientPost:
    """Fields for a new OAuth2 client.

    Attributes:
        name (str | Unset):  Example: Internal dashboard.
        redirect_uri (str | Unset):  Example: https://example.com/callback.
        description (str | Unset):
    """

    name: str | Unset = UNSET
    redirect_uri: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        redirect_uri = self.redirect_uri

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if redirect_uri is not UNSET:
            field_dict["redirectUri"] = redirect_uri
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = decode.expect(name, str, "name")

        redirect_uri = d.pop("redirectUri", UNSET)
        if type(redirect_uri) is not str and redirect_uri is not UNSET:
            redirect_uri = decode.expect(redirect_uri, str, "redirectUri")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = decode.expect(description, str, "description")

        o_auth_client_post = cls.__new__(cls)
        o_auth_client_post.name = name
        o_auth_client_post.redirect_uri = redirect_uri
        o_auth_client_post.description = description

        o_auth_client_post.additional_properties = d if d else {}
        return o_auth_client_post

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
