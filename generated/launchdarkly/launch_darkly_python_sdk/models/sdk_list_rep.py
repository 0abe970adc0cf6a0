from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable

if TYPE_CHECKING:
    from ..models.sdk_list_rep_links import SdkListRepLinks


T = TypeVar("T", bound="SdkListRep")


@_attrs_define
class SdkListRep:
    """
    Attributes:
        field_links (SdkListRepLinks):
        sdks (list[str]):
    """

    field_links: SdkListRepLinks
    sdks: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_links = jsonable(self.field_links)

        sdks = self.sdks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "sdks": sdks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_links = decode.model(_models.SdkListRepLinks.from_dict, d.pop("_links", decode.MISSING), "_links")

        sdks = decode.scalar_array(d.pop("sdks", decode.MISSING), str, "sdks")

        sdk_list_rep = cls.__new__(cls)
        sdk_list_rep.field_links = field_links
        sdk_list_rep.sdks = sdks

        sdk_list_rep.additional_properties = d if d else {}
        return sdk_list_rep

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
