from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="MigrationSettingsPost")


@_attrs_define
class MigrationSettingsPost:
    """
    Attributes:
        stage_count (int):
        context_kind (str | Unset):
    """

    stage_count: int
    context_kind: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        stage_count = self.stage_count

        context_kind = self.context_kind

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stageCount": stage_count,
            }
        )
        if context_kind is not UNSET:
            field_dict["contextKind"] = context_kind

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        stage_count = d.pop("stageCount", decode.MISSING)
        if type(stage_count) is not int:
            stage_count = decode.expect(stage_count, int, "stageCount")

        context_kind = d.pop("contextKind", UNSET)
        if type(context_kind) is not str and context_kind is not UNSET:
            context_kind = decode.expect(context_kind, str, "contextKind")

        migration_settings_post = cls.__new__(cls)
        migration_settings_post.stage_count = stage_count
        migration_settings_post.context_kind = context_kind

        migration_settings_post.additional_properties = d if d else {}
        return migration_settings_post

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
