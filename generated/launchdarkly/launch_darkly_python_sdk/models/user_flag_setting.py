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
    from ..models.user_flag_setting_links import UserFlagSettingLinks
    from ..models.user_flag_setting_reason import UserFlagSettingReason


T = TypeVar("T", bound="UserFlagSetting")


@_attrs_define
class UserFlagSetting:
    """What a user receives for one flag.

    Attributes:
        field_value (Any):
        setting (Any):
        field_links (UserFlagSettingLinks | Unset):
        reason (UserFlagSettingReason | Unset):
    """

    field_value: Any
    setting: Any
    field_links: UserFlagSettingLinks | Unset = UNSET
    reason: UserFlagSettingReason | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_value = self.field_value

        setting = self.setting

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = jsonable(self.field_links)

        reason: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = jsonable(self.reason)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_value": field_value,
                "setting": setting,
            }
        )
        if field_links is not UNSET:
            field_dict["_links"] = field_links
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_value = d.pop("_value")

        setting = d.pop("setting")

        field_links = d.pop("_links", UNSET)
        if field_links is not UNSET:
            field_links = decode.model(_models.UserFlagSettingLinks.from_dict, field_links, "_links")

        reason = d.pop("reason", UNSET)
        if reason is not UNSET:
            reason = decode.model(_models.UserFlagSettingReason.from_dict, reason, "reason")

        user_flag_setting = cls.__new__(cls)
        user_flag_setting.field_value = field_value
        user_flag_setting.setting = setting
        user_flag_setting.field_links = field_links
        user_flag_setting.reason = reason

        user_flag_setting.additional_properties = d if d else {}
        return user_flag_setting

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
