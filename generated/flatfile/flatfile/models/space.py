from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        guest_authentication (list[GuestAuthenticationEnum]):
        environment_id (str):  Example: us_env_YOUR_ID.
        id (str | Unset): Identifier assigned by Flatfile. Example: us_sp_YOUR_ID.
        name (str | Unset):  Example: My First Space.
        display_order (int | Unset):
        space_config_id (str | Unset):
        primary_workbook_id (str | Unset):  Example: us_wb_YOUR_ID.
        metadata (Any | Unset):
        settings (SpaceSettings | Unset): UI settings for a space.
        actions (list[Action] | Unset):
        access (list[SpaceAccess] | Unset):
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

    guest_authentication: list[GuestAuthenticationEnum]
    environment_id: str
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    display_order: int | Unset = UNSET
    space_config_id: str | Unset = UNSET
    primary_workbook_id: str | Unset = UNSET
    metadata: Any | Unset = UNSET
    settings: SpaceSettings | Unset = UNSET
    actions: list[Action] | Unset = UNSET
    access: list[SpaceAccess] | Unset = UNSET
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
            settings = self.settings.to_dict()

        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.to_dict()
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
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        last_activity_at: str | Unset = UNSET
        if not isinstance(self.last_activity_at, Unset):
            last_activity_at = self.last_activity_at.isoformat()

        expired_at: None | str | Unset
        if isinstance(self.expired_at, Unset):
            expired_at = UNSET
        elif isinstance(self.expired_at, datetime.datetime):
            expired_at = self.expired_at.isoformat()
        else:
            expired_at = self.expired_at

        archived_at: None | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat()
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
        from ..models.action import Action  # noqa: PLC0415
        from ..models.space_settings import SpaceSettings  # noqa: PLC0415

        d = dict(src_dict)
        guest_authentication = []
        _guest_authentication = d.pop("guestAuthentication")
        for guest_authentication_item_data in _guest_authentication:
            guest_authentication_item = check_guest_authentication_enum(guest_authentication_item_data)

            guest_authentication.append(guest_authentication_item)

        environment_id = d.pop("environmentId")

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        display_order = d.pop("displayOrder", UNSET)

        space_config_id = d.pop("spaceConfigId", UNSET)

        primary_workbook_id = d.pop("primaryWorkbookId", UNSET)

        metadata = d.pop("metadata", UNSET)

        _settings = d.pop("settings", UNSET)
        settings: SpaceSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = SpaceSettings.from_dict(_settings)

        _actions = d.pop("actions", UNSET)
        actions: list[Action] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = Action.from_dict(actions_item_data)

                actions.append(actions_item)

        _access = d.pop("access", UNSET)
        access: list[SpaceAccess] | Unset = UNSET
        if _access is not UNSET:
            access = []
            for access_item_data in _access:
                access_item = check_space_access(access_item_data)

                access.append(access_item)

        auto_configure = d.pop("autoConfigure", UNSET)

        namespace = d.pop("namespace", UNSET)

        labels = cast(list[str], d.pop("labels", UNSET))

        translations_path = d.pop("translationsPath", UNSET)

        language_override = d.pop("languageOverride", UNSET)

        app_id = d.pop("appId", UNSET)

        is_app_template = d.pop("isAppTemplate", UNSET)

        workbooks_count = d.pop("workbooksCount", UNSET)

        files_count = d.pop("filesCount", UNSET)

        created_by_user_id = d.pop("createdByUserId", UNSET)

        created_by_user_name = d.pop("createdByUserName", UNSET)

        def _parse_guest_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        guest_link = _parse_guest_link(d.pop("guestLink", UNSET))

        access_token = d.pop("accessToken", UNSET)

        is_collaborative = d.pop("isCollaborative", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        _last_activity_at = d.pop("lastActivityAt", UNSET)
        last_activity_at: datetime.datetime | Unset
        if isinstance(_last_activity_at, Unset):
            last_activity_at = UNSET
        else:
            last_activity_at = datetime.datetime.fromisoformat(_last_activity_at)

        def _parse_expired_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expired_at_type_0 = datetime.datetime.fromisoformat(data)

                return expired_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expired_at = _parse_expired_at(d.pop("expiredAt", UNSET))

        def _parse_archived_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                archived_at_type_0 = datetime.datetime.fromisoformat(data)

                return archived_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        archived_at = _parse_archived_at(d.pop("archivedAt", UNSET))

        space = cls(
            guest_authentication=guest_authentication,
            environment_id=environment_id,
            id=id,
            name=name,
            display_order=display_order,
            space_config_id=space_config_id,
            primary_workbook_id=primary_workbook_id,
            metadata=metadata,
            settings=settings,
            actions=actions,
            access=access,
            auto_configure=auto_configure,
            namespace=namespace,
            labels=labels,
            translations_path=translations_path,
            language_override=language_override,
            app_id=app_id,
            is_app_template=is_app_template,
            workbooks_count=workbooks_count,
            files_count=files_count,
            created_by_user_id=created_by_user_id,
            created_by_user_name=created_by_user_name,
            guest_link=guest_link,
            access_token=access_token,
            is_collaborative=is_collaborative,
            created_at=created_at,
            updated_at=updated_at,
            last_activity_at=last_activity_at,
            expired_at=expired_at,
            archived_at=archived_at,
        )

        space.additional_properties = d
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
