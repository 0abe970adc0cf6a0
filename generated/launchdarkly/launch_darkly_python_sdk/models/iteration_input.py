from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
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

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        hypothesis = self.hypothesis

        metrics = []
        for componentsschemas_metrics_input_item_data in self.metrics:
            componentsschemas_metrics_input_item = jsonable(componentsschemas_metrics_input_item_data)
            metrics.append(componentsschemas_metrics_input_item)

        treatments = []
        for componentsschemas_treatments_input_item_data in self.treatments:
            componentsschemas_treatments_input_item = jsonable(componentsschemas_treatments_input_item_data)
            treatments.append(componentsschemas_treatments_input_item)

        flags = jsonable(self.flags)

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
        hypothesis = decode.expect(d.pop("hypothesis", decode.MISSING), str, "hypothesis")

        _metrics = d.pop("metrics", decode.MISSING)
        metrics: list[MetricInput]
        if isinstance(_metrics, list):
            metrics = []
            for metrics_index, componentsschemas_metrics_input_item_data in enumerate(_metrics):
                with decode.at("metrics", metrics_index):
                    componentsschemas_metrics_input_item = decode.model(
                        MetricInput.from_dict, componentsschemas_metrics_input_item_data
                    )

                metrics.append(componentsschemas_metrics_input_item)
        else:
            metrics = decode.mismatch("an array", _metrics, "metrics")

        _treatments = d.pop("treatments", decode.MISSING)
        treatments: list[TreatmentInput]
        if isinstance(_treatments, list):
            treatments = []
            for treatments_index, componentsschemas_treatments_input_item_data in enumerate(_treatments):
                with decode.at("treatments", treatments_index):
                    componentsschemas_treatments_input_item = decode.model(
                        TreatmentInput.from_dict, componentsschemas_treatments_input_item_data
                    )

                treatments.append(componentsschemas_treatments_input_item)
        else:
            treatments = decode.mismatch("an array", _treatments, "treatments")

        flags = decode.model(FlagsInput.from_dict, d.pop("flags", decode.MISSING), "flags")

        can_reshuffle_traffic = decode.expect(d.pop("canReshuffleTraffic", UNSET), bool, "canReshuffleTraffic")

        primary_single_metric_key = decode.expect(d.pop("primarySingleMetricKey", UNSET), str, "primarySingleMetricKey")

        primary_funnel_key = decode.expect(d.pop("primaryFunnelKey", UNSET), str, "primaryFunnelKey")

        randomization_unit = decode.expect(d.pop("randomizationUnit", UNSET), str, "randomizationUnit")

        reallocation_frequency_millis = decode.expect(
            d.pop("reallocationFrequencyMillis", UNSET), int, "reallocationFrequencyMillis"
        )

        covariate_id = decode.expect(d.pop("covariateId", UNSET), str, "covariateId")

        _attributes = d.pop("attributes", UNSET)
        attributes: list[str] | Unset
        if isinstance(_attributes, list):
            attributes = []
            for attributes_index, attributes_item_data in enumerate(_attributes):
                with decode.at("attributes", attributes_index):
                    attributes_item = decode.expect(attributes_item_data, str)

                attributes.append(attributes_item)
        else:
            attributes = decode.mismatch("an array", _attributes, "attributes")

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
