from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="FlagInput")


@_attrs_define
class FlagInput:
    """
    Attributes:
        rule_id (str):
        flag_config_version (int):
        not_in_experiment_variation_id (str | Unset):
    """

    rule_id: str
    flag_config_version: int
    not_in_experiment_variation_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        rule_id = self.rule_id

        flag_config_version = self.flag_config_version

        not_in_experiment_variation_id = self.not_in_experiment_variation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ruleId": rule_id,
                "flagConfigVersion": flag_config_version,
            }
        )
        if not_in_experiment_variation_id is not UNSET:
            field_dict["notInExperimentVariationId"] = not_in_experiment_variation_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rule_id = d.pop("ruleId", decode.MISSING)
        if type(rule_id) is not str:
            rule_id = decode.expect(rule_id, str, "ruleId")

        flag_config_version = d.pop("flagConfigVersion", decode.MISSING)
        if type(flag_config_version) is not int:
            flag_config_version = decode.expect(flag_config_version, int, "flagConfigVersion")

        not_in_experiment_variation_id = d.pop("notInExperimentVariationId", UNSET)
        if type(not_in_experiment_variation_id) is not str and not_in_experiment_variation_id is not UNSET:
            not_in_experiment_variation_id = decode.expect(
                not_in_experiment_variation_id, str, "notInExperimentVariationId"
            )

        flag_input = cls.__new__(cls)
        flag_input.rule_id = rule_id
        flag_input.flag_config_version = flag_config_version
        flag_input.not_in_experiment_variation_id = not_in_experiment_variation_id

        flag_input.additional_properties = d if d else {}
        return flag_input

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
