from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._types import plain_names
from ..models.app_type import AppType, check_app_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppsCreateBody")


@plain_names({"type": "type_"})
@_attrs_define
class AppsCreateBody:
    """
    Attributes:
        name (str): App name. Example: Nightly Data Loads.
        namespace (str): Namespace used by the app spaces. Example: nightly-data.
        type_ (AppType | str): Kind of app. Example: CUSTOM.
        entity (str | Unset): Singular noun for items of the app. Example: Sync.
        entity_plural (str | Unset): Plural noun. Example: Syncs.
        icon (str | Unset): SVG markup of the icon.
        metadata (Any | Unset): Free-form app data.
        environment_filters (Any | Unset): Which environments show the app.
        blueprint (Any | Unset): Template for new spaces.
    """

    name: str
    namespace: str
    type_: AppType | str
    entity: str | Unset = UNSET
    entity_plural: str | Unset = UNSET
    icon: str | Unset = UNSET
    metadata: Any | Unset = UNSET
    environment_filters: Any | Unset = UNSET
    blueprint: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        namespace = self.namespace

        type_: str = self.type_

        entity = self.entity

        entity_plural = self.entity_plural

        icon = self.icon

        metadata = self.metadata

        environment_filters = self.environment_filters

        blueprint = self.blueprint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "namespace": namespace,
                "type": type_,
            }
        )
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

        apps_create_body = cls.__new__(cls)
        apps_create_body.name = name
        apps_create_body.namespace = namespace
        apps_create_body.type_ = type_
        apps_create_body.entity = entity
        apps_create_body.entity_plural = entity_plural
        apps_create_body.icon = icon
        apps_create_body.metadata = metadata
        apps_create_body.environment_filters = environment_filters
        apps_create_body.blueprint = blueprint

        apps_create_body.additional_properties = d if d else {}
        return apps_create_body

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
