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
    from ..models.environments_create_body_metadata import EnvironmentsCreateBodyMetadata


T = TypeVar("T", bound="EnvironmentsCreateBody")


@_attrs_define
class EnvironmentsCreateBody:
    """
    Attributes:
        name (str): Environment name. Example: dev.
        is_prod (bool): Marks the production environment. Example: False.
        new_spaces_inherit (bool | Unset): Older accounts only; new spaces copy the environment's settings.
        guest_authentication (list[GuestAuthenticationEnum | str] | Unset):
        metadata (EnvironmentsCreateBodyMetadata | Unset):
        translations_path (str | Unset): URL of translation files.
        namespaces (list[str] | Unset):
        language_override (str | Unset): Language forced for all users. Example: en.
    """

    name: str
    is_prod: bool
    new_spaces_inherit: bool | Unset = UNSET
    guest_authentication: list[GuestAuthenticationEnum | str] | Unset = UNSET
    metadata: EnvironmentsCreateBodyMetadata | Unset = UNSET
    translations_path: str | Unset = UNSET
    namespaces: list[str] | Unset = UNSET
    language_override: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        is_prod = self.is_prod

        new_spaces_inherit = self.new_spaces_inherit

        guest_authentication: list[str] | Unset = UNSET
        if not isinstance(self.guest_authentication, Unset):
            guest_authentication = []
            for guest_authentication_item_data in self.guest_authentication:
                guest_authentication_item: str = guest_authentication_item_data
                guest_authentication.append(guest_authentication_item)

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
                "name": name,
                "isProd": is_prod,
            }
        )
        if new_spaces_inherit is not UNSET:
            field_dict["newSpacesInherit"] = new_spaces_inherit
        if guest_authentication is not UNSET:
            field_dict["guestAuthentication"] = guest_authentication
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
        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        is_prod = d.pop("isProd", decode.MISSING)
        if type(is_prod) is not bool:
            is_prod = decode.expect(is_prod, bool, "isProd")

        new_spaces_inherit = d.pop("newSpacesInherit", UNSET)
        if type(new_spaces_inherit) is not bool and new_spaces_inherit is not UNSET:
            new_spaces_inherit = decode.expect(new_spaces_inherit, bool, "newSpacesInherit")

        _guest_authentication_array = d.pop("guestAuthentication", UNSET)
        guest_authentication: list[GuestAuthenticationEnum | str] | Unset
        if isinstance(_guest_authentication_array, list):
            guest_authentication = []
            with decode.in_array("guestAuthentication", guest_authentication):
                for guest_authentication_item_data in _guest_authentication_array:
                    guest_authentication_item = check_guest_authentication_enum(guest_authentication_item_data)

                    guest_authentication.append(guest_authentication_item)
        else:
            guest_authentication = decode.mismatch("an array", _guest_authentication_array, "guestAuthentication")

        metadata = d.pop("metadata", UNSET)
        if metadata is not UNSET:
            metadata = decode.model(_models.EnvironmentsCreateBodyMetadata.from_dict, metadata, "metadata")

        translations_path = d.pop("translationsPath", UNSET)
        if type(translations_path) is not str and translations_path is not UNSET:
            translations_path = decode.expect(translations_path, str, "translationsPath")

        namespaces = d.pop("namespaces", UNSET)
        if namespaces is not UNSET:
            namespaces = decode.scalar_array(namespaces, str, "namespaces")

        language_override = d.pop("languageOverride", UNSET)
        if type(language_override) is not str and language_override is not UNSET:
            language_override = decode.expect(language_override, str, "languageOverride")

        environments_create_body = cls.__new__(cls)
        environments_create_body.name = name
        environments_create_body.is_prod = is_prod
        environments_create_body.new_spaces_inherit = new_spaces_inherit
        environments_create_body.guest_authentication = guest_authentication
        environments_create_body.metadata = metadata
        environments_create_body.translations_path = translations_path
        environments_create_body.namespaces = namespaces
        environments_create_body.language_override = language_override

        environments_create_body.additional_properties = d if d else {}
        return environments_create_body

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
