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
    from ..models.flag_rep_links import FlagRepLinks


T = TypeVar("T", bound="FlagRep")


@_attrs_define
class FlagRep:
    """
    Attributes:
        field_links (FlagRepLinks):
        targeting_rule (str | Unset):
        targeting_rule_description (str | Unset):
        targeting_rule_clauses (list[Any] | Unset):
        flag_config_version (int | Unset):
        not_in_experiment_variation_id (str | Unset):
    """

    field_links: FlagRepLinks
    targeting_rule: str | Unset = UNSET
    targeting_rule_description: str | Unset = UNSET
    targeting_rule_clauses: list[Any] | Unset = UNSET
    flag_config_version: int | Unset = UNSET
    not_in_experiment_variation_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_links = jsonable(self.field_links)

        targeting_rule = self.targeting_rule

        targeting_rule_description = self.targeting_rule_description

        targeting_rule_clauses: list[Any] | Unset = UNSET
        if not isinstance(self.targeting_rule_clauses, Unset):
            targeting_rule_clauses = self.targeting_rule_clauses

        flag_config_version = self.flag_config_version

        not_in_experiment_variation_id = self.not_in_experiment_variation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
            }
        )
        if targeting_rule is not UNSET:
            field_dict["targetingRule"] = targeting_rule
        if targeting_rule_description is not UNSET:
            field_dict["targetingRuleDescription"] = targeting_rule_description
        if targeting_rule_clauses is not UNSET:
            field_dict["targetingRuleClauses"] = targeting_rule_clauses
        if flag_config_version is not UNSET:
            field_dict["flagConfigVersion"] = flag_config_version
        if not_in_experiment_variation_id is not UNSET:
            field_dict["notInExperimentVariationId"] = not_in_experiment_variation_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_links = decode.model(_models.FlagRepLinks.from_dict, d.pop("_links", decode.MISSING), "_links")

        targeting_rule = d.pop("targetingRule", UNSET)
        if type(targeting_rule) is not str and targeting_rule is not UNSET:
            targeting_rule = decode.expect(targeting_rule, str, "targetingRule")

        targeting_rule_description = d.pop("targetingRuleDescription", UNSET)
        if type(targeting_rule_description) is not str and targeting_rule_description is not UNSET:
            targeting_rule_description = decode.expect(targeting_rule_description, str, "targetingRuleDescription")

        _targeting_rule_clauses_array = d.pop("targetingRuleClauses", UNSET)
        targeting_rule_clauses: list[Any] | Unset
        if isinstance(_targeting_rule_clauses_array, list):
            targeting_rule_clauses = _targeting_rule_clauses_array  # untyped items: kept as they are
        else:
            targeting_rule_clauses = decode.mismatch("an array", _targeting_rule_clauses_array, "targetingRuleClauses")

        flag_config_version = d.pop("flagConfigVersion", UNSET)
        if type(flag_config_version) is not int and flag_config_version is not UNSET:
            flag_config_version = decode.expect(flag_config_version, int, "flagConfigVersion")

        not_in_experiment_variation_id = d.pop("notInExperimentVariationId", UNSET)
        if type(not_in_experiment_variation_id) is not str and not_in_experiment_variation_id is not UNSET:
            not_in_experiment_variation_id = decode.expect(
                not_in_experiment_variation_id, str, "notInExperimentVariationId"
            )

        flag_rep = cls.__new__(cls)
        flag_rep.field_links = field_links
        flag_rep.targeting_rule = targeting_rule
        flag_rep.targeting_rule_description = targeting_rule_description
        flag_rep.targeting_rule_clauses = targeting_rule_clauses
        flag_rep.flag_config_version = flag_config_version
        flag_rep.not_in_experiment_variation_id = not_in_experiment_variation_id

        flag_rep.additional_properties = d if d else {}
        return flag_rep

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
