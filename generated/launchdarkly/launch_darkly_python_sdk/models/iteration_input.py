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
        d = dict(src_dict)
        hypothesis = d.pop("hypothesis", decode.MISSING)
        if type(hypothesis) is not str:
            hypothesis = decode.expect(hypothesis, str, "hypothesis")

        metrics = decode.model_array(_models.MetricInput.from_dict, d.pop("metrics", decode.MISSING), "metrics")

        treatments = decode.model_array(
            _models.TreatmentInput.from_dict, d.pop("treatments", decode.MISSING), "treatments"
        )

        flags = decode.model(_models.FlagsInput.from_dict, d.pop("flags", decode.MISSING), "flags")

        can_reshuffle_traffic = d.pop("canReshuffleTraffic", UNSET)
        if type(can_reshuffle_traffic) is not bool and can_reshuffle_traffic is not UNSET:
            can_reshuffle_traffic = decode.expect(can_reshuffle_traffic, bool, "canReshuffleTraffic")

        primary_single_metric_key = d.pop("primarySingleMetricKey", UNSET)
        if type(primary_single_metric_key) is not str and primary_single_metric_key is not UNSET:
            primary_single_metric_key = decode.expect(primary_single_metric_key, str, "primarySingleMetricKey")

        primary_funnel_key = d.pop("primaryFunnelKey", UNSET)
        if type(primary_funnel_key) is not str and primary_funnel_key is not UNSET:
            primary_funnel_key = decode.expect(primary_funnel_key, str, "primaryFunnelKey")

        randomization_unit = d.pop("randomizationUnit", UNSET)
        if type(randomization_unit) is not str and randomization_unit is not UNSET:
            randomization_unit = decode.expect(randomization_unit, str, "randomizationUnit")

        reallocation_frequency_millis = d.pop("reallocationFrequencyMillis", UNSET)
        if type(reallocation_frequency_millis) is not int and reallocation_frequency_millis is not UNSET:
            reallocation_frequency_millis = decode.expect(
                reallocation_frequency_millis, int, "reallocationFrequencyMillis"
            )

        covariate_id = d.pop("covariateId", UNSET)
        if type(covariate_id) is not str and covariate_id is not UNSET:
            covariate_id = decode.expect(covariate_id, str, "covariateId")

        attributes = d.pop("attributes", UNSET)
        if attributes is not UNSET:
            attributes = decode.scalar_array(attributes, str, "attributes")

        iteration_input = cls.__new__(cls)
        iteration_input.hypothesis = hypothesis
        iteration_input.metrics = metrics
        iteration_input.treatments = treatments
        iteration_input.flags = flags
        iteration_input.can_reshuffle_traffic = can_reshuffle_traffic
        iteration_input.primary_single_metric_key = primary_single_metric_key
        iteration_input.primary_funnel_key = primary_funnel_key
        iteration_input.randomization_unit = randomization_unit
        iteration_input.reallocation_frequency_millis = reallocation_frequency_millis
        iteration_input.covariate_id = covariate_id
        iteration_input.attributes = attributes

        iteration_input.additional_properties = d if d else {}
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
