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


T = TypeVar("T", bound="Space")


@_attrs_define
class Space:
    """A workspace holding workbooks, files and documents.

    Attributes:
        guest_authentication (list[GuestAuthenticationEnum | str]):
        environment_id (str):  Example: us_env_YOUR_ID.
        id (str | Unset): Identifier assigned by Flatfile. Example: us_sp_YOUR_ID.
        name (str | Unset):  Example: My First Space.
        display_order (int | Unset):
        space_config_id (str | Unset):
        primary_workbook_id (str | Unset):  Example: us_wb_YOUR_ID.
        metadata (Any | Unset):
        settings (SpaceSettings | Unset): UI settings for a space.
        actions (list[Action] | Unset):
        access (list[SpaceAccess | str] | Unset):
        auto_configure (bool | Unset):
        namespace (str | Unset):
        labels (list[str] | Unset):
        translations_path (str | Unset):
        language_override (str | Unset):
        app_id (str | Unset):
        is_app_template (bool | Unset):
        workbooks_count (int | Unset):
        files_count (int | Unset):
        created_by_user_id (str | Unset):
        created_by_user_name (str | Unset):
        guest_link (None | str | Unset): Link guests use to open the space.
        access_token (str | Unset):
        is_collaborative (bool | Unset):
        created_at (datetime.datetime | Unset): When the resource was created. Example: 2024-01-15T09:30:00Z.
        updated_at (datetime.datetime | Unset): When the resource was last changed. Example: 2024-01-15T09:30:00Z.
        last_activity_at (datetime.datetime | Unset):
        expired_at (datetime.datetime | None | Unset):
        archived_at (datetime.datetime | None | Unset): When the space was archived, if it was.
    """

    guest_authentication: list[GuestAuthenticationEnum | str]
    environment_id: str
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    display_order: int | Unset = UNSET
    space_config_id: str | Unset = UNSET
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
    app_id: str | Unset = UNSET
    is_app_template: bool | Unset = UNSET
    workbooks_count: int | Unset = UNSET
    files_count: int | Unset = UNSET
    created_by_user_id: str | Unset = UNSET
    created_by_user_name: str | Unset = UNSET
    guest_link: None | str | Unset = UNSET
    access_token: str | Unset = UNSET
    is_collaborative: bool | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    last_activity_at: datetime.datetime | Unset = UNSET
    expired_at: datetime.datetime | None | Unset = UNSET
    archived_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        guest_authentication = []
        for guest_authentication_item_data in self.guest_authentication:
            guest_authentication_item: str = guest_authentication_item_data
            guest_authentication.append(guest_authentication_item)

        environment_id = self.environment_id

        id = self.id

        name = self.name

        display_order = self.display_order

        space_config_id = self.space_config_id

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

        app_id = self.app_id

        is_app_template = self.is_app_template

        workbooks_count = self.workbooks_count

        files_count = self.files_count

        created_by_user_id = self.created_by_user_id

        created_by_user_name = self.created_by_user_name

        guest_link: None | str | Unset
        if isinstance(self.guest_link, Unset):
            guest_link = UNSET
        else:
            guest_link = self.guest_link

        access_token = self.access_token

        is_collaborative = self.is_collaborative

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = rfc3339(self.created_at)

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = rfc3339(self.updated_at)

        last_activity_at: str | Unset = UNSET
        if not isinstance(self.last_activity_at, Unset):
            last_activity_at = rfc3339(self.last_activity_at)

        expired_at: None | str | Unset
        if isinstance(self.expired_at, Unset):
            expired_at = UNSET
        elif isinstance(self.expired_at, datetime.datetime):
            expired_at = rfc3339(self.expired_at)
        else:
            expired_at = self.expired_at

        archived_at: None | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, datetime.datetime):
            archived_at = rfc3339(self.archived_at)
        else:
            archived_at = self.archived_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "guestAuthentication": guest_authentication,
                "environmentId": environment_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if display_order is not UNSET:
            field_dict["displayOrder"] = display_order
        if space_config_id is not UNSET:
            field_dict["spaceConfigId"] = space_config_id
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
        if app_id is not UNSET:
            field_dict["appId"] = app_id
        if is_app_template is not UNSET:
            field_dict["isAppTemplate"] = is_app_template
        if workbooks_count is not UNSET:
            field_dict["workbooksCount"] = workbooks_count
        if files_count is not UNSET:
            field_dict["filesCount"] = files_count
        if created_by_user_id is not UNSET:
            field_dict["createdByUserId"] = created_by_user_id
        if created_by_user_name is not UNSET:
            field_dict["createdByUserName"] = created_by_user_name
        if guest_link is not UNSET:
            field_dict["guestLink"] = guest_link
        if access_token is not UNSET:
            field_dict["accessToken"] = access_token
        if is_collaborative is not UNSET:
            field_dict["isCollaborative"] = is_collaborative
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if last_activity_at is not UNSET:
            field_dict["lastActivityAt"] = last_activity_at
        if expired_at is not UNSET:
            field_dict["expiredAt"] = expired_at
        if archived_at is not UNSET:
            field_dict["archivedAt"] = archived_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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

        environment_id = d.pop("environmentId", decode.MISSING)
        if type(environment_id) is not str:
            environment_id = decode.expect(environment_id, str, "environmentId")

        id = d.pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = decode.expect(id, str, "id")

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = decode.expect(name, str, "name")

        display_order = d.pop("displayOrder", UNSET)
        if type(display_order) is not int and display_order is not UNSET:
            display_order = decode.expect(display_order, int, "displayOrder")

        space_config_id = d.pop("spaceConfigId", UNSET)
        if type(space_config_id) is not str and space_config_id is not UNSET:
            space_config_id = decode.expect(space_config_id, str, "spaceConfigId")

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

        app_id = d.pop("appId", UNSET)
        if type(app_id) is not str and app_id is not UNSET:
            app_id = decode.expect(app_id, str, "appId")

        is_app_template = d.pop("isAppTemplate", UNSET)
        if type(is_app_template) is not bool and is_app_template is not UNSET:
            is_app_template = decode.expect(is_app_template, bool, "isAppTemplate")

        workbooks_count = d.pop("workbooksCount", UNSET)
        if type(workbooks_count) is not int and workbooks_count is not UNSET:
            workbooks_count = decode.expect(workbooks_count, int, "workbooksCount")

        files_count = d.pop("filesCount", UNSET)
        if type(files_count) is not int and files_count is not UNSET:
            files_count = decode.expect(files_count, int, "filesCount")

        created_by_user_id = d.pop("createdByUserId", UNSET)
        if type(created_by_user_id) is not str and created_by_user_id is not UNSET:
            created_by_user_id = decode.expect(created_by_user_id, str, "createdByUserId")

        created_by_user_name = d.pop("createdByUserName", UNSET)
        if type(created_by_user_name) is not str and created_by_user_name is not UNSET:
            created_by_user_name = decode.expect(created_by_user_name, str, "createdByUserName")

        guest_link = d.pop("guestLink", UNSET)
        if guest_link is not None and type(guest_link) is not str and guest_link is not UNSET:
            guest_link = decode.expect(guest_link, str, "guestLink", "one of None | str")

        access_token = d.pop("accessToken", UNSET)
        if type(access_token) is not str and access_token is not UNSET:
            access_token = decode.expect(access_token, str, "accessToken")

        is_collaborative = d.pop("isCollaborative", UNSET)
        if type(is_collaborative) is not bool and is_collaborative is not UNSET:
            is_collaborative = decode.expect(is_collaborative, bool, "isCollaborative")

        created_at = decode.date_time(d.pop("createdAt", UNSET), "createdAt")

        updated_at = decode.date_time(d.pop("updatedAt", UNSET), "updatedAt")

        last_activity_at = decode.date_time(d.pop("lastActivityAt", UNSET), "lastActivityAt")

        expired_at = d.pop("expiredAt", UNSET)
        if expired_at is not None and expired_at is not UNSET:
            expired_at = decode.date_time(expired_at, "expiredAt", expected="one of datetime.datetime | None")

        archived_at = d.pop("archivedAt", UNSET)
        if archived_at is not None and archived_at is not UNSET:
            archived_at = decode.date_time(archived_at, "archivedAt", expected="one of datetime.datetime | None")

        space = cls.__new__(cls)
        space.guest_authentication = guest_authentication
        space.environment_id = environment_id
        space.id = id
        space.name = name
        space.display_order = display_order
        space.space_config_id = space_config_id
        space.primary_workbook_id = primary_workbook_id
        space.metadata = metadata
        space.settings = settings
        space.actions = actions
        space.access = access
        space.auto_configure = auto_configure
        space.namespace = namespace
        space.labels = labels
        space.translations_path = translations_path
        space.language_override = language_override
        space.app_id = app_id
        space.is_app_template = is_app_template
        space.workbooks_count = workbooks_count
        space.files_count = files_count
        space.created_by_user_id = created_by_user_id
        space.created_by_user_name = created_by_user_name
        space.guest_link = guest_link
        space.access_token = access_token
        space.is_collaborative = is_collaborative
        space.created_at = created_at
        space.updated_at = updated_at
        space.last_activity_at = last_activity_at
        space.expired_at = expired_at
        space.archived_at = archived_at

        space.additional_properties = d if d else {}
        return space

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
