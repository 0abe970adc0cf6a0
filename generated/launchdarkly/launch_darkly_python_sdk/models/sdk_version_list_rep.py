from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sdk_version_list_rep_links import SdkVersionListRepLinks
    from ..models.sdk_version_model import SdkVersion


T = TypeVar("T", bound="SdkVersionListRep")


@_attrs_define
class SdkVersionListRep:
    """SDK names and versions that opened streams.

    Attributes:
        sdk_versions (list[SdkVersion]):
        field_links (SdkVersionListRepLinks | Unset):
    """

    sdk_versions: list[SdkVersion]
    field_links: SdkVersionListRepLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        sdk_versions = []
        for sdk_versions_item_data in self.sdk_versions:
            sdk_versions_item = jsonable(sdk_versions_item_data)
            sdk_versions.append(sdk_versions_item)

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = jsonable(self.field_links)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sdkVersions": sdk_versions,
            }
        )
        if field_links is not UNSET:
            field_dict["_links"] = field_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sdk_versions = decode.model_array(
            _models.SdkVersion.from_dict, d.pop("sdkVersions", decode.MISSING), "sdkVersions"
        )

        field_links = d.pop("_links", UNSET)
        if field_links is not UNSET:
            field_links = decode.model(_models.SdkVersionListRepLinks.from_dict, field_links, "_links")

        sdk_version_list_rep = cls.__new__(cls)
        sdk_version_list_rep.sdk_versions = sdk_versions
        sdk_version_list_rep.field_links = field_links

        sdk_version_list_rep.additional_properties = d if d else {}
        return sdk_version_list_rep

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
