from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable, rfc3339
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_metadata import AccountMetadata


T = TypeVar("T", bound="Account")


@_attrs_define
class Account:
    """A Flatfile customer account.

    Attributes:
        name (str): Display name of the account. Example: My Company Name.
        metadata (AccountMetadata): Free-form data attached to the account.
        id (str | Unset): Identifier assigned by Flatfile. Example: us_acc_YOUR_ID.
        subdomain (str | Unset):
        vanity_domain_dashboard (str | Unset):
        vanity_domain_spaces (str | Unset):
        embedded_domain_whitelist (list[str] | Unset):
        custom_from_email (str | Unset):
        stripe_customer_id (str | Unset):
        default_app_id (str | Unset): App opened by default. Example: us_app_YOUR_ID.
        dashboard (int | Unset): Dashboard variant shown to members.
        created_at (datetime.datetime | Unset): When the resource was created. Example: 2024-01-15T09:30:00Z.
        updated_at (datetime.datetime | Unset): When the resource was last changed. Example: 2024-01-15T09:30:00Z.
    """

    name: str
    metadata: AccountMetadata
    id: str | Unset = UNSET
    subdomain: str | Unset = UNSET
    vanity_domain_dashboard: str | Unset = UNSET
    vanity_domain_spaces: str | Unset = UNSET
    embedded_domain_whitelist: list[str] | Unset = UNSET
    custom_from_email: str | Unset = UNSET
    stripe_customer_id: str | Unset = UNSET
    default_app_id: str | Unset = UNSET
    dashboard: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        metadata = jsonable(self.metadata)

        id = self.id

        subdomain = self.subdomain

        vanity_domain_dashboard = self.vanity_domain_dashboard

        vanity_domain_spaces = self.vanity_domain_spaces

        embedded_domain_whitelist: list[str] | Unset = UNSET
        if not isinstance(self.embedded_domain_whitelist, Unset):
            embedded_domain_whitelist = self.embedded_domain_whitelist

        custom_from_email = self.custom_from_email

        stripe_customer_id = self.stripe_customer_id

        default_app_id = self.default_app_id

        dashboard = self.dashboard

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = rfc3339(self.created_at)

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = rfc3339(self.updated_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "metadata": metadata,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if subdomain is not UNSET:
            field_dict["subdomain"] = subdomain
        if vanity_domain_dashboard is not UNSET:
            field_dict["vanityDomainDashboard"] = vanity_domain_dashboard
        if vanity_domain_spaces is not UNSET:
            field_dict["vanityDomainSpaces"] = vanity_domain_spaces
        if embedded_domain_whitelist is not UNSET:
            field_dict["embeddedDomainWhitelist"] = embedded_domain_whitelist
        if custom_from_email is not UNSET:
            field_dict["customFromEmail"] = custom_from_email
        if stripe_customer_id is not UNSET:
            field_dict["stripeCustomerId"] = stripe_customer_id
        if default_app_id is not UNSET:
            field_dict["defaultAppId"] = default_app_id
        if dashboard is not UNSET:
            field_dict["dashboard"] = dashboard
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        metadata = decode.model(_models.AccountMetadata.from_dict, d.pop("metadata", decode.MISSING), "metadata")

        id = d.pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = decode.expect(id, str, "id")

        subdomain = d.pop("subdomain", UNSET)
        if type(subdomain) is not str and subdomain is not UNSET:
            subdomain = decode.expect(subdomain, str, "subdomain")

        vanity_domain_dashboard = d.pop("vanityDomainDashboard", UNSET)
        if type(vanity_domain_dashboard) is not str and vanity_domain_dashboard is not UNSET:
            vanity_domain_dashboard = decode.expect(vanity_domain_dashboard, str, "vanityDomainDashboard")

        vanity_domain_spaces = d.pop("vanityDomainSpaces", UNSET)
        if type(vanity_domain_spaces) is not str and vanity_domain_spaces is not UNSET:
            vanity_domain_spaces = decode.expect(vanity_domain_spaces, str, "vanityDomainSpaces")

        embedded_domain_whitelist = d.pop("embeddedDomainWhitelist", UNSET)
        if embedded_domain_whitelist is not UNSET:
            embedded_domain_whitelist = decode.scalar_array(embedded_domain_whitelist, str, "embeddedDomainWhitelist")

        custom_from_email = d.pop("customFromEmail", UNSET)
        if type(custom_from_email) is not str and custom_from_email is not UNSET:
            custom_from_email = decode.expect(custom_from_email, str, "customFromEmail")

        stripe_customer_id = d.pop("stripeCustomerId", UNSET)
        if type(stripe_customer_id) is not str and stripe_customer_id is not UNSET:
            stripe_customer_id = decode.expect(stripe_customer_id, str, "stripeCustomerId")

        default_app_id = d.pop("defaultAppId", UNSET)
        if type(default_app_id) is not str and default_app_id is not UNSET:
            default_app_id = decode.expect(default_app_id, str, "defaultAppId")

        dashboard = d.pop("dashboard", UNSET)
        if type(dashboard) is not int and dashboard is not UNSET:
            dashboard = decode.expect(dashboard, int, "dashboard")

        created_at = decode.date_time(d.pop("createdAt", UNSET), "createdAt")

        updated_at = decode.date_time(d.pop("updatedAt", UNSET), "updatedAt")

        account = cls.__new__(cls)
        account.name = name
        account.metadata = metadata
        account.id = id
        account.subdomain = subdomain
        account.vanity_domain_dashboard = vanity_domain_dashboard
        account.vanity_domain_spaces = vanity_domain_spaces
        account.embedded_domain_whitelist = embedded_domain_whitelist
        account.custom_from_email = custom_from_email
        account.stripe_customer_id = stripe_customer_id
        account.default_app_id = default_app_id
        account.dashboard = dashboard
        account.created_at = created_at
        account.updated_at = updated_at

        account.additional_properties = d if d else {}
        return account

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
