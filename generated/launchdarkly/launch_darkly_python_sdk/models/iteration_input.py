from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flags_input import FlagsInput
    from ..models.metric_input import MetricInput
    from ..models.treatment_input import TreatmentInput


T = TypeVar("T", bound="IterationInput")


@_attrs_define
class IterationInput:
    """
    Attributes:
        hypothesis (str):
        metrics (list[MetricInput]):
        treatments (list[TreatmentInput]):
        flags (FlagsInput):
        can_reshuffle_traffic (bool | Unset):
        primary_single_metric_key (str | Unset):
        primary_funnel_key (str | Unset):
        randomization_unit (str | Unset):
        reallocation_frequency_millis (int | Unset):
        covariate_id (str | Unset):
        attributes (list[str] | Unset):
    """

    hypothesis: str
    metrics: list[MetricInput]
    treatments: list[TreatmentInput]
    flags: FlagsInput
    can_reshuffle_traffic: bool | Unset = UNSET
    primary_single_metric_key: str | Unset = UNSET
    primary_funnel_key: str | Unset = UNSET
    randomization_unit: str | Unset = UNSET
    reallocation_frequency_millis: int | Unset = UNSET
    covariate_id: str | Unset = UNSET
    attributes: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hypothesis = self.hypothesis

        metrics = []
        for componentsschemas_metrics_input_item_data in self.metrics:
            componentsschemas_metrics_input_item = componentsschemas_metrics_input_item_data.to_dict()
            metrics.append(componentsschemas_metrics_input_item)

        treatments = []
        for componentsschemas_treatments_input_item_data in self.treatments:
            componentsschemas_treatments_input_item = componentsschemas_treatments_input_item_data.to_dict()
            treatments.append(componentsschemas_treatments_input_item)

        flags = self.flags.to_dict()

        can_reshuffle_traffic = self.can_reshuffle_traffic

        primary_single_metric_key = self.primary_single_metric_key

        primary_funnel_key = self.primary_funnel_key

        randomization_unit = self.randomization_unit

        reallocation_frequency_millis = self.reallocation_frequency_millis

        covariate_id = self.covariate_id

        attributes: list[str] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hypothesis": hypothesis,
                "metrics": metrics,
                "treatments": treatments,
                "flags": flags,
            }
        )
        if can_reshuffle_traffic is not UNSET:
            field_dict["canReshuffleTraffic"] = can_reshuffle_traffic
        if primary_single_metric_key is not UNSET:
            field_dict["primarySingleMetricKey"] = primary_single_metric_key
        if primary_funnel_key is not UNSET:
            field_dict["primaryFunnelKey"] = primary_funnel_key
        if randomization_unit is not UNSET:
            field_dict["randomizationUnit"] = randomization_unit
        if reallocation_frequency_millis is not UNSET:
            field_dict["reallocationFrequencyMillis"] = reallocation_frequency_millis
        if covariate_id is not UNSET:
            field_dict["covariateId"] = covariate_id
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.flags_input import FlagsInput  # noqa: PLC0415
        from ..models.metric_input import MetricInput  # noqa: PLC0415
        from ..models.treatment_input import TreatmentInput  # noqa: PLC0415

        d = dict(src_dict)
        hypothesis = d.pop("hypothesis")

        metrics = []
        _metrics = d.pop("metrics")
        for componentsschemas_metrics_input_item_data in _metrics:
            componentsschemas_metrics_input_item = MetricInput.from_dict(componentsschemas_metrics_input_item_data)

            metrics.append(componentsschemas_metrics_input_item)

        treatments = []
        _treatments = d.pop("treatments")
        for componentsschemas_treatments_input_item_data in _treatments:
            componentsschemas_treatments_input_item = TreatmentInput.from_dict(
                componentsschemas_treatments_input_item_data
            )

            treatments.append(componentsschemas_treatments_input_item)

        flags = FlagsInput.from_dict(d.pop("flags"))

        can_reshuffle_traffic = d.pop("canReshuffleTraffic", UNSET)

        primary_single_metric_key = d.pop("primarySingleMetricKey", UNSET)

        primary_funnel_key = d.pop("primaryFunnelKey", UNSET)

        randomization_unit = d.pop("randomizationUnit", UNSET)

        reallocation_frequency_millis = d.pop("reallocationFrequencyMillis", UNSET)

        covariate_id = d.pop("covariateId", UNSET)

        attributes = cast(list[str], d.pop("attributes", UNSET))

        iteration_input = cls(
            hypothesis=hypothesis,
            metrics=metrics,
            treatments=treatments,
            flags=flags,
            can_reshuffle_traffic=can_reshuffle_traffic,
            primary_single_metric_key=primary_single_metric_key,
            primary_funnel_key=primary_funnel_key,
            randomization_unit=randomization_unit,
            reallocation_frequency_millis=reallocation_frequency_millis,
            covariate_id=covariate_id,
            attributes=attributes,
        )

        iteration_input.additional_properties = d
        return iteration_input

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
