from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="MigrationSafetyIssueRep")


@_attrs_define
class MigrationSafetyIssueRep:
    """
    Attributes:
        causing_rule_id (str | Unset):
        affected_rule_ids (list[str] | Unset):
        issue (str | Unset):
        old_system_affected (bool | Unset):
    """

    causing_rule_id: str | Unset = UNSET
    affected_rule_ids: list[str] | Unset = UNSET
    issue: str | Unset = UNSET
    old_system_affected: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        causing_rule_id = self.causing_rule_id

        affected_rule_ids: list[str] | Unset = UNSET
        if not isinstance(self.affected_rule_ids, Unset):
            affected_rule_ids = self.affected_rule_ids

        issue = self.issue

        old_system_affected = self.old_system_affected

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if causing_rule_id is not UNSET:
            field_dict["causingRuleId"] = causing_rule_id
        if affected_rule_ids is not UNSET:
            field_dict["affectedRuleIds"] = affected_rule_ids
        if issue is not UNSET:
            field_dict["issue"] = issue
        if old_system_affected is not UNSET:
            field_dict["oldSystemAffected"] = old_system_affected

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        causing_rule_id = d.pop("causingRuleId", UNSET)
        if type(causing_rule_id) is not str and causing_rule_id is not UNSET:
            causing_rule_id = decode.expect(causing_rule_id, str, "causingRuleId")

        affected_rule_ids = d.pop("affectedRuleIds", UNSET)
        if affected_rule_ids is not UNSET:
            affected_rule_ids = decode.scalar_array(affected_rule_ids, str, "affectedRuleIds")

        issue = d.pop("issue", UNSET)
        if type(issue) is not str and issue is not UNSET:
            issue = decode.expect(issue, str, "issue")

        old_system_affected = d.pop("oldSystemAffected", UNSET)
        if type(old_system_affected) is not bool and old_system_affected is not UNSET:
            old_system_affected = decode.expect(old_system_affected, bool, "oldSystemAffected")

        migration_safety_issue_rep = cls.__new__(cls)
        migration_safety_issue_rep.causing_rule_id = causing_rule_id
        migration_safety_issue_rep.affected_rule_ids = affected_rule_ids
        migration_safety_issue_rep.issue = issue
        migration_safety_issue_rep.old_system_affected = old_system_affected

        migration_safety_issue_rep.additional_properties = d if d else {}
        return migration_safety_issue_rep

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
