from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr

T = TypeVar("T", bound="MappingDeleteMultipleRulesBody")


@_attrs_define
class MappingDeleteMultipleRulesBody:
    """
    Attributes:
        rule_ids (list[str]): Rules to remove. Example: ['us_mr_YOUR_ID'].
    """

    rule_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        rule_ids = self.rule_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ruleIds": rule_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _rule_ids = d.pop("ruleIds", decode.MISSING)
        rule_ids: list[str]
        if isinstance(_rule_ids, list):
            rule_ids = []
            for rule_ids_index, rule_ids_item_data in enumerate(_rule_ids):
                with decode.at("ruleIds", rule_ids_index):
                    rule_ids_item = decode.expect(rule_ids_item_data, str)

                rule_ids.append(rule_ids_item)
        else:
            rule_ids = decode.mismatch("an array", _rule_ids, "ruleIds")

        mapping_delete_multiple_rules_body = cls(
            rule_ids=rule_ids,
        )

        mapping_delete_multiple_rules_body.additional_properties = d
        return mapping_delete_multiple_rules_body

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
