from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core._decode import model_repr
from ..models.api_version import ApiVersion, check_api_version
from ..models.casing import Casing, check_casing
from ..models.catalog_inline import CatalogInline, check_catalog_inline
from ..models.priority import Priority, check_priority
from ..types import UNSET, Unset

T = TypeVar("T", bound="Catalog")


@_attrs_define
class Catalog:
    """
    Attributes:
        version (ApiVersion | str | Unset):
        priority (Priority | int | Unset):
        casing (Casing | str | Unset):
        inline (CatalogInline | str | Unset):
    """

    version: ApiVersion | str | Unset = UNSET
    priority: Priority | int | Unset = UNSET
    casing: Casing | str | Unset = UNSET
    inline: CatalogInline | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        version: str | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = self.version

        priority: int | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority

        casing: str | Unset = UNSET
        if not isinstance(self.casing, Unset):
            casing = self.casing

        inline: str | Unset = UNSET
        if not isinstance(self.inline, Unset):
            inline = self.inline

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if version is not UNSET:
            field_dict["version"] = version
        if priority is not UNSET:
            field_dict["priority"] = priority
        if casing is not UNSET:
            field_dict["casing"] = casing
        if inline is not UNSET:
            field_dict["inline"] = inline

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        version = check_api_version(d.pop("version", UNSET), "version")

        priority = check_priority(d.pop("priority", UNSET), "priority")

        casing = check_casing(d.pop("casing", UNSET), "casing")

        inline = check_catalog_inline(d.pop("inline", UNSET), "inline")

        catalog = cls.__new__(cls)
        catalog.version = version
        catalog.priority = priority
        catalog.casing = casing
        catalog.inline = inline

        catalog.additional_properties = d if d else {}
        return catalog

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
