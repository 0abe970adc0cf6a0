from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_current_release import AppCurrentRelease
    from ..models.app_features import AppFeatures


T = TypeVar("T", bound="App")


@_attrs_define(slots=False)
class App(ResponseMetadata):
    """A decision application.

    Attributes:
        slug (str): Short name that identifies the app in URLs. Example: forecasting.
        id (int):
        name (str):
        instance_name (str | Unset):
        current_release (AppCurrentRelease | Unset):
        features (AppFeatures | Unset):
    """

    slug: str
    id: int
    name: str
    instance_name: str | Unset = UNSET
    current_release: AppCurrentRelease | Unset = UNSET
    features: AppFeatures | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        id = self.id

        name = self.name

        instance_name = self.instance_name

        current_release: dict[str, Any] | Unset = UNSET
        if not isinstance(self.current_release, Unset):
            current_release = jsonable(self.current_release)

        features: dict[str, Any] | Unset = UNSET
        if not isinstance(self.features, Unset):
            features = jsonable(self.features)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slug": slug,
                "id": id,
                "name": name,
            }
        )
        if instance_name is not UNSET:
            field_dict["instanceName"] = instance_name
        if current_release is not UNSET:
            field_dict["currentRelease"] = current_release
        if features is not UNSET:
            field_dict["features"] = features

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        slug = d.pop("slug", decode.MISSING)
        if type(slug) is not str:
            slug = decode.expect(slug, str, "slug")

        id = d.pop("id", decode.MISSING)
        if type(id) is not int:
            id = decode.expect(id, int, "id")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        instance_name = d.pop("instanceName", UNSET)
        if type(instance_name) is not str and instance_name is not UNSET:
            instance_name = decode.expect(instance_name, str, "instanceName")

        current_release = d.pop("currentRelease", UNSET)
        if current_release is not UNSET:
            current_release = decode.model(_models.AppCurrentRelease.from_dict, current_release, "currentRelease")

        features = d.pop("features", UNSET)
        if features is not UNSET:
            features = decode.model(_models.AppFeatures.from_dict, features, "features")

        app = cls.__new__(cls)
        app.slug = slug
        app.id = id
        app.name = name
        app.instance_name = instance_name
        app.current_release = current_release
        app.features = features

        app.additional_properties = d if d else {}
        return app

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return field_item(self, key, self.additional_properties)

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return has_field_item(self, key, self.additional_properties)
