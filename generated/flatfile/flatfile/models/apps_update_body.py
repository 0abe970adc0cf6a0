from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import rfc3339
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppsUpdateBody")


@_attrs_define
class AppsUpdateBody:
    """
    Attributes:
        name (str | Unset):  Example: Nightly Data Loads.
        namespace (str | Unset):  Example: nightly-data.
        entity (str | Unset): Singular noun for items of the app. Example: Sync.
        entity_plural (str | Unset): Plural noun. Example: Syncs.
        icon (str | Unset): SVG markup of the icon.
        metadata (Any | Unset): Free-form app data.
        environment_filters (Any | Unset): Which environments show the app.
        blueprint (Any | Unset): Template for new spaces.
        activated_at (datetime.datetime | Unset): When the app went live.
    """

    name: str | Unset = UNSET
    namespace: str | Unset = UNSET
    entity: str | Unset = UNSET
    entity_plural: str | Unset = UNSET
    icon: str | Unset = UNSET
    metadata: Any | Unset = UNSET
    environment_filters: Any | Unset = UNSET
    blueprint: Any | Unset = UNSET
    activated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        namespace = self.namespace

        entity = self.entity

        entity_plural = self.entity_plural

        icon = self.icon

        metadata = self.metadata

        environment_filters = self.environment_filters

        blueprint = self.blueprint

        activated_at: str | Unset = UNSET
        if not isinstance(self.activated_at, Unset):
            activated_at = rfc3339(self.activated_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if entity is not UNSET:
            field_dict["entity"] = entity
        if entity_plural is not UNSET:
            field_dict["entityPlural"] = entity_plural
        if icon is not UNSET:
            field_dict["icon"] = icon
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if environment_filters is not UNSET:
            field_dict["environmentFilters"] = environment_filters
        if blueprint is not UNSET:
            field_dict["blueprint"] = blueprint
        if activated_at is not UNSET:
            field_dict["activatedAt"] = activated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = decode.expect(name, str, "name")

        namespace = d.pop("namespace", UNSET)
        if type(namespace) is not str and namespace is not UNSET:
            namespace = decode.expect(namespace, str, "namespace")

        entity = d.pop("entity", UNSET)
        if type(entity) is not str and entity is not UNSET:
            entity = decode.expect(entity, str, "entity")

        entity_plural = d.pop("entityPlural", UNSET)
        if type(entity_plural) is not str and entity_plural is not UNSET:
            entity_plural = decode.expect(entity_plural, str, "entityPlural")

        icon = d.pop("icon", UNSET)
        if type(icon) is not str and icon is not UNSET:
            icon = decode.expect(icon, str, "icon")

        metadata = d.pop("metadata", UNSET)

        environment_filters = d.pop("environmentFilters", UNSET)

        blueprint = d.pop("blueprint", UNSET)

        activated_at = decode.date_time(d.pop("activatedAt", UNSET), "activatedAt")

        apps_update_body = cls.__new__(cls)
        apps_update_body.name = name
        apps_update_body.namespace = namespace
        apps_update_body.entity = entity
        apps_update_body.entity_plural = entity_plural
        apps_update_body.icon = icon
        apps_update_body.metadata = metadata
        apps_update_body.environment_filters = environment_filters
        apps_update_body.blueprint = blueprint
        apps_update_body.activated_at = activated_at

        apps_update_body.additional_properties = d if d else {}
        return apps_update_body

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
