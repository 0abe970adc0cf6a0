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
from ..models.guest_authentication_enum import GuestAuthenticationEnum, check_guest_authentication_enum
from ..models.space_access import SpaceAccess, check_space_access
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action import Action
    from ..models.space_settings import SpaceSettings


T = TypeVar("T", bound="SpacesUpdateBody")


@_attrs_define
class SpacesUpdateBody:
    """
    Attributes:
        name (str | Unset): Space name. Example: My First Space.
        display_order (int | Unset): Position in lists. Example: 1.
        guest_authentication (list[GuestAuthenticationEnum | str] | Unset):
        space_config_id (str | Unset):
        environment_id (str | Unset): Environment identifier. Example: us_env_YOUR_ID.
        primary_workbook_id (str | Unset): Main workbook; leave out when creating. Example: us_wb_YOUR_ID.
        metadata (Any | Unset): Free-form space data.
        settings (SpaceSettings | Unset): UI settings for a space.
        actions (list[Action] | Unset):
        access (list[SpaceAccess | str] | Unset):
        auto_configure (bool | Unset):
        namespace (str | Unset):
        labels (list[str] | Unset):
        translations_path (str | Unset):
        language_override (str | Unset):
        archived_at (datetime.datetime | Unset): When the space was archived.
        app_id (str | Unset): App the space belongs to. Example: us_app_YOUR_ID.
        is_app_template (bool | Unset): Use the space as the template of its app (one per app).
    """

    name: str | Unset = UNSET
    display_order: int | Unset = UNSET
    guest_authentication: list[GuestAuthenticationEnum | str] | Unset = UNSET
    space_config_id: str | Unset = UNSET
    environment_id: str | Unset = UNSET
    primary_workbook_id: str | Unset = UNSET
    metadata: Any | Unset = UNSET
    settings: SpaceSettings | Unset = UNSET
    actions: list[Action] | Unset = UNSET
    access: list[SpaceAccess | str] | Unset = UNSET
    auto_configure: bool | Unset = UNSET
    namespace: str | Unset = UNSET
    labels: list[str] | Unset = UNSET
    translations_path: str | Unset = UNSET
    language_override: str | Unset = UNSET
    archived_at: datetime.datetime | Unset = UNSET
    app_id: str | Unset = UNSET
    is_app_template: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        display_order = self.display_order

        guest_authentication: list[str] | Unset = UNSET
        if not isinstance(self.guest_authentication, Unset):
            guest_authentication = []
            for guest_authentication_item_data in self.guest_authentication:
                guest_authentication_item: str = guest_authentication_item_data
                guest_authentication.append(guest_authentication_item)

        space_config_id = self.space_config_id

        environment_id = self.environment_id

        primary_workbook_id = self.primary_workbook_id

        metadata = self.metadata

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = jsonable(self.settings)

        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = jsonable(actions_item_data)
                actions.append(actions_item)

        access: list[str] | Unset = UNSET
        if not isinstance(self.access, Unset):
            access = []
            for access_item_data in self.access:
                access_item: str = access_item_data
                access.append(access_item)

        auto_configure = self.auto_configure

        namespace = self.namespace

        labels: list[str] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels

        translations_path = self.translations_path

        language_override = self.language_override

        archived_at: str | Unset = UNSET
        if not isinstance(self.archived_at, Unset):
            archived_at = rfc3339(self.archived_at)

        app_id = self.app_id

        is_app_template = self.is_app_template

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if display_order is not UNSET:
            field_dict["displayOrder"] = display_order
        if guest_authentication is not UNSET:
            field_dict["guestAuthentication"] = guest_authentication
        if space_config_id is not UNSET:
            field_dict["spaceConfigId"] = space_config_id
        if environment_id is not UNSET:
            field_dict["environmentId"] = environment_id
        if primary_workbook_id is not UNSET:
            field_dict["primaryWorkbookId"] = primary_workbook_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if settings is not UNSET:
            field_dict["settings"] = settings
        if actions is not UNSET:
            field_dict["actions"] = actions
        if access is not UNSET:
            field_dict["access"] = access
        if auto_configure is not UNSET:
            field_dict["autoConfigure"] = auto_configure
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if labels is not UNSET:
            field_dict["labels"] = labels
        if translations_path is not UNSET:
            field_dict["translationsPath"] = translations_path
        if language_override is not UNSET:
            field_dict["languageOverride"] = language_override
        if archived_at is not UNSET:
            field_dict["archivedAt"] = archived_at
        if app_id is not UNSET:
            field_dict["appId"] = app_id
        if is_app_template is not UNSET:
            field_dict["isAppTemplate"] = is_app_template

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = decode.expect(name, str, "name")

        display_order = d.pop("displayOrder", UNSET)
        if type(display_order) is not int and display_order is not UNSET:
            display_order = decode.expect(display_order, int, "displayOrder")

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

        space_config_id = d.pop("spaceConfigId", UNSET)
        if type(space_config_id) is not str and space_config_id is not UNSET:
            space_config_id = decode.expect(space_config_id, str, "spaceConfigId")

        environment_id = d.pop("environmentId", UNSET)
        if type(environment_id) is not str and environment_id is not UNSET:
            environment_id = decode.expect(environment_id, str, "environmentId")

        primary_workbook_id = d.pop("primaryWorkbookId", UNSET)
        if type(primary_workbook_id) is not str and primary_workbook_id is not UNSET:
            primary_workbook_id = decode.expect(primary_workbook_id, str, "primaryWorkbookId")

        metadata = d.pop("metadata", UNSET)

        settings = d.pop("settings", UNSET)
        if settings is not UNSET:
            settings = decode.model(_models.SpaceSettings.from_dict, settings, "settings")

        actions = d.pop("actions", UNSET)
        if actions is not UNSET:
            actions = decode.model_array(_models.Action.from_dict, actions, "actions")

        _access_array = d.pop("access", UNSET)
        access: list[SpaceAccess | str] | Unset
        if isinstance(_access_array, list):
            access = []
            with decode.in_array("access", access):
                for access_item_data in _access_array:
                    access_item = check_space_access(access_item_data)

                    access.append(access_item)
        else:
            access = decode.mismatch("an array", _access_array, "access")

        auto_configure = d.pop("autoConfigure", UNSET)
        if type(auto_configure) is not bool and auto_configure is not UNSET:
            auto_configure = decode.expect(auto_configure, bool, "autoConfigure")

        namespace = d.pop("namespace", UNSET)
        if type(namespace) is not str and namespace is not UNSET:
            namespace = decode.expect(namespace, str, "namespace")

        labels = d.pop("labels", UNSET)
        if labels is not UNSET:
            labels = decode.scalar_array(labels, str, "labels")

        translations_path = d.pop("translationsPath", UNSET)
        if type(translations_path) is not str and translations_path is not UNSET:
            translations_path = decode.expect(translations_path, str, "translationsPath")

        language_override = d.pop("languageOverride", UNSET)
        if type(language_override) is not str and language_override is not UNSET:
            language_override = decode.expect(language_override, str, "languageOverride")

        archived_at = decode.date_time(d.pop("archivedAt", UNSET), "archivedAt")

        app_id = d.pop("appId", UNSET)
        if type(app_id) is not str and app_id is not UNSET:
            app_id = decode.expect(app_id, str, "appId")

        is_app_template = d.pop("isAppTemplate", UNSET)
        if type(is_app_template) is not bool and is_app_template is not UNSET:
            is_app_template = decode.expect(is_app_template, bool, "isAppTemplate")

        spaces_update_body = cls.__new__(cls)
        spaces_update_body.name = name
        spaces_update_body.display_order = display_order
        spaces_update_body.guest_authentication = guest_authentication
        spaces_update_body.space_config_id = space_config_id
        spaces_update_body.environment_id = environment_id
        spaces_update_body.primary_workbook_id = primary_workbook_id
        spaces_update_body.metadata = metadata
        spaces_update_body.settings = settings
        spaces_update_body.actions = actions
        spaces_update_body.access = access
        spaces_update_body.auto_configure = auto_configure
        spaces_update_body.namespace = namespace
        spaces_update_body.labels = labels
        spaces_update_body.translations_path = translations_path
        spaces_update_body.language_override = language_override
        spaces_update_body.archived_at = archived_at
        spaces_update_body.app_id = app_id
        spaces_update_body.is_app_template = is_app_template

        spaces_update_body.additional_properties = d if d else {}
        return spaces_update_body

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
