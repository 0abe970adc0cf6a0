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
    from ..models.insights_metric_score import InsightsMetricScore


T = TypeVar("T", bound="InsightGroupScores")


@_attrs_define
class InsightGroupScores:
    """
    Attributes:
        overall (InsightsMetricScore):
        deployment_frequency (InsightsMetricScore):
        deployment_failure_rate (InsightsMetricScore):
        lead_time (InsightsMetricScore):
        impact_size (InsightsMetricScore):
        experimentation_coverage (InsightsMetricScore):
        flag_health (InsightsMetricScore):
        velocity (InsightsMetricScore):
        risk (InsightsMetricScore):
        efficiency (InsightsMetricScore):
        creation_ratio (InsightsMetricScore | Unset):
    """

    overall: InsightsMetricScore
    deployment_frequency: InsightsMetricScore
    deployment_failure_rate: InsightsMetricScore
    lead_time: InsightsMetricScore
    impact_size: InsightsMetricScore
    experimentation_coverage: InsightsMetricScore
    flag_health: InsightsMetricScore
    velocity: InsightsMetricScore
    risk: InsightsMetricScore
    efficiency: InsightsMetricScore
    creation_ratio: InsightsMetricScore | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        overall = jsonable(self.overall)

        deployment_frequency = jsonable(self.deployment_frequency)

        deployment_failure_rate = jsonable(self.deployment_failure_rate)

        lead_time = jsonable(self.lead_time)

        impact_size = jsonable(self.impact_size)

        experimentation_coverage = jsonable(self.experimentation_coverage)

        flag_health = jsonable(self.flag_health)

        velocity = jsonable(self.velocity)

        risk = jsonable(self.risk)

        efficiency = jsonable(self.efficiency)

        creation_ratio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.creation_ratio, Unset):
            creation_ratio = jsonable(self.creation_ratio)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "overall": overall,
                "deploymentFrequency": deployment_frequency,
                "deploymentFailureRate": deployment_failure_rate,
                "leadTime": lead_time,
                "impactSize": impact_size,
                "experimentationCoverage": experimentation_coverage,
                "flagHealth": flag_health,
                "velocity": velocity,
                "risk": risk,
                "efficiency": efficiency,
            }
        )
        if creation_ratio is not UNSET:
            field_dict["creationRatio"] = creation_ratio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        overall = decode.model(_models.InsightsMetricScore.from_dict, d.pop("overall", decode.MISSING), "overall")

        deployment_frequency = decode.model(
            _models.InsightsMetricScore.from_dict, d.pop("deploymentFrequency", decode.MISSING), "deploymentFrequency"
        )

        deployment_failure_rate = decode.model(
            _models.InsightsMetricScore.from_dict,
            d.pop("deploymentFailureRate", decode.MISSING),
            "deploymentFailureRate",
        )

        lead_time = decode.model(_models.InsightsMetricScore.from_dict, d.pop("leadTime", decode.MISSING), "leadTime")

        impact_size = decode.model(
            _models.InsightsMetricScore.from_dict, d.pop("impactSize", decode.MISSING), "impactSize"
        )

        experimentation_coverage = decode.model(
            _models.InsightsMetricScore.from_dict,
            d.pop("experimentationCoverage", decode.MISSING),
            "experimentationCoverage",
        )

        flag_health = decode.model(
            _models.InsightsMetricScore.from_dict, d.pop("flagHealth", decode.MISSING), "flagHealth"
        )

        velocity = decode.model(_models.InsightsMetricScore.from_dict, d.pop("velocity", decode.MISSING), "velocity")

        risk = decode.model(_models.InsightsMetricScore.from_dict, d.pop("risk", decode.MISSING), "risk")

        efficiency = decode.model(
            _models.InsightsMetricScore.from_dict, d.pop("efficiency", decode.MISSING), "efficiency"
        )

        creation_ratio = d.pop("creationRatio", UNSET)
        if creation_ratio is not UNSET:
            creation_ratio = decode.model(_models.InsightsMetricScore.from_dict, creation_ratio, "creationRatio")

        insight_group_scores = cls.__new__(cls)
        insight_group_scores.overall = overall
        insight_group_scores.deployment_frequency = deployment_frequency
        insight_group_scores.deployment_failure_rate = deployment_failure_rate
        insight_group_scores.lead_time = lead_time
        insight_group_scores.impact_size = impact_size
        insight_group_scores.experimentation_coverage = experimentation_coverage
        insight_group_scores.flag_health = flag_health
        insight_group_scores.velocity = velocity
        insight_group_scores.risk = risk
        insight_group_scores.efficiency = efficiency
        insight_group_scores.creation_ratio = creation_ratio

        insight_group_scores.additional_properties = d if d else {}
        return insight_group_scores

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
