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
    from ..models.client_links import ClientLinks


T = TypeVar("T", bound="Client")


@_attrs_define
class Client:
    """An OAuth2 client registered with LaunchDarkly.

    Attributes:
        name (str):  Example: Internal dashboard.
        field_account_id (str):
        field_client_id (str):  Example: 2a3b4c5d-0000-4000-8000-000000000001.
        redirect_uri (str):  Example: https://example.com/callback.
        field_creation_date (int): Milliseconds since the Unix epoch. Example: 1700000000000.
        field_links (ClientLinks | Unset):
        description (str | Unset):
        field_client_secret (str | Unset): Only returned on creation.
    """

    name: str
    field_account_id: str
    field_client_id: str
    redirect_uri: str
    field_creation_date: int
    field_links: ClientLinks | Unset = UNSET
    description: str | Unset = UNSET
    field_client_secret: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        field_account_id = self.field_account_id

        field_client_id = self.field_client_id

        redirect_uri = self.redirect_uri

        field_creation_date = self.field_creation_date

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = jsonable(self.field_links)

        description = self.description

        field_client_secret = self.field_client_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "_accountId": field_account_id,
                "_clientId": field_client_id,
                "redirectUri": redirect_uri,
                "_creationDate": field_creation_date,
            }
        )
        if field_links is not UNSET:
            field_dict["_links"] = field_links
        if description is not UNSET:
            field_dict["description"] = description
        if field_client_secret is not UNSET:
            field_dict["_clientSecret"] = field_client_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        field_account_id = d.pop("_accountId", decode.MISSING)
        if type(field_account_id) is not str:
            field_account_id = decode.expect(field_account_id, str, "_accountId")

        field_client_id = d.pop("_clientId", decode.MISSING)
        if type(field_client_id) is not str:
            field_client_id = decode.expect(field_client_id, str, "_clientId")

        redirect_uri = d.pop("redirectUri", decode.MISSING)
        if type(redirect_uri) is not str:
            redirect_uri = decode.expect(redirect_uri, str, "redirectUri")

        field_creation_date = d.pop("_creationDate", decode.MISSING)
        if type(field_creation_date) is not int:
            field_creation_date = decode.expect(field_creation_date, int, "_creationDate")

        field_links = d.pop("_links", UNSET)
        if field_links is not UNSET:
            field_links = decode.model(_models.ClientLinks.from_dict, field_links, "_links")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = decode.expect(description, str, "description")

        field_client_secret = d.pop("_clientSecret", UNSET)
        if type(field_client_secret) is not str and field_client_secret is not UNSET:
            field_client_secret = decode.expect(field_client_secret, str, "_clientSecret")

        client = cls.__new__(cls)
        client.name = name
        client.field_account_id = field_account_id
        client.field_client_id = field_client_id
        client.redirect_uri = redirect_uri
        client.field_creation_date = field_creation_date
        client.field_links = field_links
        client.description = description
        client.field_client_secret = field_client_secret

        client.additional_properties = d if d else {}
        return client

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
