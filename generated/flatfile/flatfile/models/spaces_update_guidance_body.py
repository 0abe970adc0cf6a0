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
    from ..models.guidance_options import GuidanceOptions


T = TypeVar("T", bound="SpacesUpdateGuidanceBody")


@_attrs_define
class SpacesUpdateGuidanceBody:
    """
    Attributes:
        options (GuidanceOptions): When and how a guide is shown.
    """

    options: GuidanceOptions
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        options = jsonable(self.options)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "options": options,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        options = decode.model(_models.GuidanceOptions.from_dict, d.pop("options", decode.MISSING), "options")

        spaces_update_guidance_body = cls.__new__(cls)
        spaces_update_guidance_body.options = options

        spaces_update_guidance_body.additional_properties = d if d else {}
        return spaces_update_guidance_body

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
