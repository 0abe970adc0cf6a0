from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..models.guest_authentication_enum import GuestAuthenticationEnum, check_guest_authentication_enum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.environment_features import EnvironmentFeatures
    from ..models.environment_metadata import EnvironmentMetadata


T = TypeVar("T", bound="Environment")


@_attrs_define
class Environment:
    """An isolated area (for example dev or prod) within an account.

    Attributes:
        account_id (str):  Example: us_acc_YOUR_ID.
        name (str):  Example: dev.
        is_prod (bool):  Example: False.
        guest_authentication (list[GuestAuthenticationEnum | str]):
        id (str | Unset): Identifier assigned by Flatfile. Example: us_env_YOUR_ID.
        features (EnvironmentFeatures | Unset):
        metadata (EnvironmentMetadata | Unset):
        translations_path (str | Unset):
        namespaces (list[str] | Unset):
        language_override (str | Unset):  Example: en.
    """

    account_id: str
    name: str
    is_prod: bool
    guest_authentication: list[GuestAuthenticationEnum | str]
    id: str | Unset = UNSET
    features: EnvironmentFeatures | Unset = UNSET
    metadata: EnvironmentMetadata | Unset = UNSET
    translations_path: str | Unset = UNSET
    namespaces: list[str] | Unset = UNSET
    language_override: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        name = self.name

        is_prod = self.is_prod

        guest_authentication = []
        for guest_authentication_item_data in self.guest_authentication:
            guest_authentication_item: str = guest_authentication_item_data
            guest_authentication.append(guest_authentication_item)

        id = self.id

        features: dict[str, Any] | Unset = UNSET
        if not isinstance(self.features, Unset):
            features = jsonable(self.features)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = jsonable(self.metadata)

        translations_path = self.translations_path

        namespaces: list[str] | Unset = UNSET
        if not isinstance(self.namespaces, Unset):
            namespaces = self.namespaces

        language_override = self.language_override

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountId": account_id,
                "name": name,
                "isProd": is_prod,
                "guestAuthentication": guest_authentication,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if features is not UNSET:
            field_dict["features"] = features
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if translations_path is not UNSET:
            field_dict["translationsPath"] = translations_path
        if namespaces is not UNSET:
            field_dict["namespaces"] = namespaces
        if language_override is not UNSET:
            field_dict["languageOverride"] = language_override

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("accountId", decode.MISSING)
        if type(account_id) is not str:
            account_id = decode.expect(account_id, str, "accountId")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        is_prod = d.pop("isProd", decode.MISSING)
        if type(is_prod) is not bool:
            is_prod = decode.expect(is_prod, bool, "isProd")

        _guest_authentication_array = d.pop("guestAuthentication", decode.MISSING)
        guest_authentication: list[GuestAuthenticationEnum | str]
        if isinstance(_guest_authentication_array, list):
            guest_authentication = []
            with decode.in_array("guestAuthentication", guest_authentication):
                for guest_authentication_item_data in _guest_authentication_array:
                    guest_authentication_item = check_guest_authentication_enum(guest_authentication_item_data)

                    guest_authentication.append(guest_authentication_item)
        else:
            guest_authentication = decode.mismatch("an array", _guest_authentication_array, "guestAuthentication")

        id = d.pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = decode.expect(id, str, "id")

        features = d.pop("features", UNSET)
        if features is not UNSET:
            features = decode.model(_models.EnvironmentFeatures.from_dict, features, "features")

        metadata = d.pop("metadata", UNSET)
        if metadata is not UNSET:
            metadata = decode.model(_models.EnvironmentMetadata.from_dict, metadata, "metadata")

        translations_path = d.pop("translationsPath", UNSET)
        if type(translations_path) is not str and translations_path is not UNSET:
            translations_path = decode.expect(translations_path, str, "translationsPath")

        namespaces = d.pop("namespaces", UNSET)
        if namespaces is not UNSET:
            namespaces = decode.scalar_array(namespaces, str, "namespaces")

        language_override = d.pop("languageOverride", UNSET)
        if type(language_override) is not str and language_override is not UNSET:
            language_override = decode.expect(language_override, str, "languageOverride")

        environment = cls.__new__(cls)
        environment.account_id = account_id
        environment.name = name
        environment.is_prod = is_prod
        environment.guest_authentication = guest_authentication
        environment.id = id
        environment.features = features
        environment.metadata = metadata
        environment.translations_path = translations_path
        environment.namespaces = namespaces
        environment.language_override = language_override

        environment.additional_properties = d if d else {}
        return environment

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
