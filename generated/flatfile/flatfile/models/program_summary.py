from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgramSummary")


@_attrs_define
class ProgramSummary:
    """Rule tallies.

    Attributes:
        total_rule_count (int | Unset):
        added_rule_count (int | Unset):
        removed_rule_count (int | Unset):
    """

    total_rule_count: int | Unset = UNSET
    added_rule_count: int | Unset = UNSET
    removed_rule_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        total_rule_count = self.total_rule_count

        added_rule_count = self.added_rule_count

        removed_rule_count = self.removed_rule_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if total_rule_count is not UNSET:
            field_dict["totalRuleCount"] = total_rule_count
        if added_rule_count is not UNSET:
            field_dict["addedRuleCount"] = added_rule_count
        if removed_rule_count is not UNSET:
            field_dict["removedRuleCount"] = removed_rule_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_rule_count = d.pop("totalRuleCount", UNSET)
        if type(total_rule_count) is not int and total_rule_count is not UNSET:
            total_rule_count = decode.expect(total_rule_count, int, "totalRuleCount")

        added_rule_count = d.pop("addedRuleCount", UNSET)
        if type(added_rule_count) is not int and added_rule_count is not UNSET:
            added_rule_count = decode.expect(added_rule_count, int, "addedRuleCount")

        removed_rule_count = d.pop("removedRuleCount", UNSET)
        if type(removed_rule_count) is not int and removed_rule_count is not UNSET:
            removed_rule_count = decode.expect(removed_rule_count, int, "removedRuleCount")

        program_summary = cls.__new__(cls)
        program_summary.total_rule_count = total_rule_count
        program_summary.added_rule_count = added_rule_count
        program_summary.removed_rule_count = removed_rule_count

        program_summary.additional_properties = d if d else {}
        return program_summary

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
