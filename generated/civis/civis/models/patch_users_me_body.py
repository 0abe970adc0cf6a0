from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable, rfc3339
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.patch_users_me_body_preferences import PatchUsersMeBodyPreferences


T = TypeVar("T", bound="PatchUsersMeBody")


@_attrs_define(slots=False)
class PatchUsersMeBody(ResponseMetadata):
    """
    Attributes:
        preferences (PatchUsersMeBodyPreferences | Unset): UI preferences to merge in.
        last_checked_announcements (datetime.datetime | Unset):
    """

    preferences: PatchUsersMeBodyPreferences | Unset = UNSET
    last_checked_announcements: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        preferences: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preferences, Unset):
            preferences = jsonable(self.preferences)

        last_checked_announcements: str | Unset = UNSET
        if not isinstance(self.last_checked_announcements, Unset):
            last_checked_announcements = rfc3339(self.last_checked_announcements)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if preferences is not UNSET:
            field_dict["preferences"] = preferences
        if last_checked_announcements is not UNSET:
            field_dict["lastCheckedAnnouncements"] = last_checked_announcements

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        preferences = d.pop("preferences", UNSET)
        if preferences is not UNSET:
            preferences = decode.model(_models.PatchUsersMeBodyPreferences.from_dict, preferences, "preferences")

        last_checked_announcements = decode.date_time(
            d.pop("lastCheckedAnnouncements", UNSET), "lastCheckedAnnouncements"
        )

        patch_users_me_body = cls.__new__(cls)
        patch_users_me_body.preferences = preferences
        patch_users_me_body.last_checked_announcements = last_checked_announcements

        patch_users_me_body.additional_properties = d if d else {}
        return patch_users_me_body

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
