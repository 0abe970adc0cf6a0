from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import rfc3339
from .._core._types import plain_names
from ..models.app_type import AppType, check_app_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="App")


@plain_names({"type": "type_"})
@_attrs_define
class App:
    """A configured Flatfile app.

    Attributes:
        name (str):  Example: Nightly Data Loads.
        namespace (str):  Example: nightly-data.
        type_ (AppType | str): Kind of app. Example: CUSTOM.
        entity (str):  Example: Sync.
        entity_plural (str):  Example: Syncs.
        id (str | Unset): Identifier assigned by Flatfile. Example: us_app_YOUR_ID.
        icon (str | Unset): SVG markup for the app icon.
        metadata (Any | Unset): Free-form app data.
        environment_filters (Any | Unset): Which environments show the app.
        blueprint (Any | Unset): Template used for new spaces.
        created_at (datetime.datetime | Unset): When the resource was created. Example: 2024-01-15T09:30:00Z.
        updated_at (datetime.datetime | Unset): When the resource was last changed. Example: 2024-01-15T09:30:00Z.
        deleted_at (datetime.datetime | None | Unset): When the app was removed, if it was.
        activated_at (datetime.datetime | None | Unset): When the app went live, if it has.
    """

    name: str
    namespace: str
    type_: AppType | str
    entity: str
    entity_plural: str
    id: str | Unset = UNSET
    icon: str | Unset = UNSET
    metadata: Any | Unset = UNSET
    environment_filters: Any | Unset = UNSET
    blueprint: Any | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    activated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        namespace = self.namespace

        type_: str = self.type_

        entity = self.entity

        entity_plural = self.entity_plural

        id = self.id

        icon = self.icon

        metadata = self.metadata

        environment_filters = self.environment_filters

        blueprint = self.blueprint

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = rfc3339(self.created_at)

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = rfc3339(self.updated_at)

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = rfc3339(self.deleted_at)
        else:
            deleted_at = self.deleted_at

        activated_at: None | str | Unset
        if isinstance(self.activated_at, Unset):
            activated_at = UNSET
        elif isinstance(self.activated_at, datetime.datetime):
            activated_at = rfc3339(self.activated_at)
        else:
            activated_at = self.activated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "namespace": namespace,
                "type": type_,
                "entity": entity,
                "entityPlural": entity_plural,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if icon is not UNSET:
            field_dict["icon"] = icon
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if environment_filters is not UNSET:
            field_dict["environmentFilters"] = environment_filters
        if blueprint is not UNSET:
            field_dict["blueprint"] = blueprint
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if deleted_at is not UNSET:
            field_dict["deletedAt"] = deleted_at
        if activated_at is not UNSET:
            field_dict["activatedAt"] = activated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        namespace = d.pop("namespace", decode.MISSING)
        if type(namespace) is not str:
            namespace = decode.expect(namespace, str, "namespace")

        type_ = check_app_type(d.pop("type", decode.MISSING), "type")

        entity = d.pop("entity", decode.MISSING)
        if type(entity) is not str:
            entity = decode.expect(entity, str, "entity")

        entity_plural = d.pop("entityPlural", decode.MISSING)
        if type(entity_plural) is not str:
            entity_plural = decode.expect(entity_plural, str, "entityPlural")

        id = d.pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = decode.expect(id, str, "id")

        icon = d.pop("icon", UNSET)
        if type(icon) is not str and icon is not UNSET:
            icon = decode.expect(icon, str, "icon")

        metadata = d.pop("metadata", UNSET)

        environment_filters = d.pop("environmentFilters", UNSET)

        blueprint = d.pop("blueprint", UNSET)

        created_at = decode.date_time(d.pop("createdAt", UNSET), "createdAt")

        updated_at = decode.date_time(d.pop("updatedAt", UNSET), "updatedAt")

        deleted_at = d.pop("deletedAt", UNSET)
        if deleted_at is not None and deleted_at is not UNSET:
            deleted_at = decode.date_time(deleted_at, "deletedAt", expected="one of datetime.datetime | None")

        activated_at = d.pop("activatedAt", UNSET)
        if activated_at is not None and activated_at is not UNSET:
            activated_at = decode.date_time(activated_at, "activatedAt", expected="one of datetime.datetime | None")

        app = cls.__new__(cls)
        app.name = name
        app.namespace = namespace
        app.type_ = type_
        app.entity = entity
        app.entity_plural = entity_plural
        app.id = id
        app.icon = icon
        app.metadata = metadata
        app.environment_filters = environment_filters
        app.blueprint = blueprint
        app.created_at = created_at
        app.updated_at = updated_at
        app.deleted_at = deleted_at
        app.activated_at = activated_at

        app.additional_properties = d if d else {}
        return app

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
