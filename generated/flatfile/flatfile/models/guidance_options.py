from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._types import plain_names
from ..models.guidance_options_role import GuidanceOptionsRole, check_guidance_options_role
from ..models.guidance_options_trigger import GuidanceOptionsTrigger, check_guidance_options_trigger
from ..models.guidance_options_type import GuidanceOptionsType, check_guidance_options_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="GuidanceOptions")


@plain_names({"type": "type_"})
@_attrs_define
class GuidanceOptions:
    """When and how a guide is shown.

    Attributes:
        trigger (GuidanceOptionsTrigger | str):
        type_ (GuidanceOptionsType | str):
        role (GuidanceOptionsRole | str):
        target (str | Unset): UI element the guidance points at.
    """

    trigger: GuidanceOptionsTrigger | str
    type_: GuidanceOptionsType | str
    role: GuidanceOptionsRole | str
    target: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        trigger: str = self.trigger

        type_: str = self.type_

        role: str = self.role

        target = self.target

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trigger": trigger,
                "type": type_,
                "role": role,
            }
        )
        if target is not UNSET:
            field_dict["target"] = target

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        trigger = check_guidance_options_trigger(d.pop("trigger", decode.MISSING), "trigger")

        type_ = check_guidance_options_type(d.pop("type", decode.MISSING), "type")

        role = check_guidance_options_role(d.pop("role", decode.MISSING), "role")

        target = d.pop("target", UNSET)
        if type(target) is not str and target is not UNSET:
            target = decode.expect(target, str, "target")

        guidance_options = cls.__new__(cls)
        guidance_options.trigger = trigger
        guidance_options.type_ = type_
        guidance_options.role = role
        guidance_options.target = target

        guidance_options.additional_properties = d if d else {}
        return guidance_options

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
