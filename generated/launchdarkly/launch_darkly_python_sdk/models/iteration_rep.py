from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..models.iteration_rep_status import IterationRepStatus, check_iteration_rep_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.covariate_info_rep import CovariateInfoRep
    from ..models.dependent_metric_group_rep_with_metrics import DependentMetricGroupRepWithMetrics
    from ..models.dependent_metric_or_metric_group_rep import DependentMetricOrMetricGroupRep
    from ..models.iteration_rep_flags import IterationRepFlags
    from ..models.layer_snapshot_rep import LayerSnapshotRep
    from ..models.metric_v2_rep import MetricV2Rep
    from ..models.treatment_rep import TreatmentRep


T = TypeVar("T", bound="IterationRep")


@_attrs_define
class IterationRep:
    """
    Attributes:
        hypothesis (str):
        status (IterationRepStatus | str):
        created_at (int): Milliseconds since the Unix epoch. Example: 1700000000000.
        field_id (str | Unset):
        started_at (int | Unset): Milliseconds since the Unix epoch. Example: 1700000000000.
        ended_at (int | Unset): Milliseconds since the Unix epoch. Example: 1700000000000.
        winning_treatment_id (str | Unset):
        winning_reason (str | Unset):
        can_reshuffle_traffic (bool | Unset):
        flags (IterationRepFlags | Unset):
        reallocation_frequency_millis (int | Unset):
        version (int | Unset):
        primary_metric (DependentMetricOrMetricGroupRep | Unset):
        primary_single_metric (MetricV2Rep | Unset):
        primary_funnel (DependentMetricGroupRepWithMetrics | Unset):
        randomization_unit (str | Unset):
        attributes (list[str] | Unset):
        treatments (list[TreatmentRep] | Unset):
        secondary_metrics (list[MetricV2Rep] | Unset):
        metrics (list[DependentMetricOrMetricGroupRep] | Unset):
        layer_snapshot (LayerSnapshotRep | Unset):
        covariate_info (CovariateInfoRep | Unset):
    """

    hypothesis: str
    status: IterationRepStatus | str
    created_at: int
    field_id: str | Unset = UNSET
    started_at: int | Unset = UNSET
    ended_at: int | Unset = UNSET
    winning_treatment_id: str | Unset = UNSET
    winning_reason: str | Unset = UNSET
    can_reshuffle_traffic: bool | Unset = UNSET
    flags: IterationRepFlags | Unset = UNSET
    reallocation_frequency_millis: int | Unset = UNSET
    version: int | Unset = UNSET
    primary_metric: DependentMetricOrMetricGroupRep | Unset = UNSET
    primary_single_metric: MetricV2Rep | Unset = UNSET
    primary_funnel: DependentMetricGroupRepWithMetrics | Unset = UNSET
    randomization_unit: str | Unset = UNSET
    attributes: list[str] | Unset = UNSET
    treatments: list[TreatmentRep] | Unset = UNSET
    secondary_metrics: list[MetricV2Rep] | Unset = UNSET
    metrics: list[DependentMetricOrMetricGroupRep] | Unset = UNSET
    layer_snapshot: LayerSnapshotRep | Unset = UNSET
    covariate_info: CovariateInfoRep | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        hypothesis = self.hypothesis

        status: str = self.status

        created_at = self.created_at

        field_id = self.field_id

        started_at = self.started_at

        ended_at = self.ended_at

        winning_treatment_id = self.winning_treatment_id

        winning_reason = self.winning_reason

        can_reshuffle_traffic = self.can_reshuffle_traffic

        flags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flags, Unset):
            flags = jsonable(self.flags)

        reallocation_frequency_millis = self.reallocation_frequency_millis

        version = self.version

        primary_metric: dict[str, Any] | Unset = UNSET
        if not isinstance(self.primary_metric, Unset):
            primary_metric = jsonable(self.primary_metric)

        primary_single_metric: dict[str, Any] | Unset = UNSET
        if not isinstance(self.primary_single_metric, Unset):
            primary_single_metric = jsonable(self.primary_single_metric)

        primary_funnel: dict[str, Any] | Unset = UNSET
        if not isinstance(self.primary_funnel, Unset):
            primary_funnel = jsonable(self.primary_funnel)

        randomization_unit = self.randomization_unit

        attributes: list[str] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes

        treatments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.treatments, Unset):
            treatments = []
            for treatments_item_data in self.treatments:
                treatments_item = jsonable(treatments_item_data)
                treatments.append(treatments_item)

        secondary_metrics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.secondary_metrics, Unset):
            secondary_metrics = []
            for secondary_metrics_item_data in self.secondary_metrics:
                secondary_metrics_item = jsonable(secondary_metrics_item_data)
                secondary_metrics.append(secondary_metrics_item)

        metrics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = []
            for metrics_item_data in self.metrics:
                metrics_item = jsonable(metrics_item_data)
                metrics.append(metrics_item)

        layer_snapshot: dict[str, Any] | Unset = UNSET
        if not isinstance(self.layer_snapshot, Unset):
            layer_snapshot = jsonable(self.layer_snapshot)

        covariate_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.covariate_info, Unset):
            covariate_info = jsonable(self.covariate_info)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hypothesis": hypothesis,
                "status": status,
                "createdAt": created_at,
            }
        )
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if started_at is not UNSET:
            field_dict["startedAt"] = started_at
        if ended_at is not UNSET:
            field_dict["endedAt"] = ended_at
        if winning_treatment_id is not UNSET:
            field_dict["winningTreatmentId"] = winning_treatment_id
        if winning_reason is not UNSET:
            field_dict["winningReason"] = winning_reason
        if can_reshuffle_traffic is not UNSET:
            field_dict["canReshuffleTraffic"] = can_reshuffle_traffic
        if flags is not UNSET:
            field_dict["flags"] = flags
        if reallocation_frequency_millis is not UNSET:
            field_dict["reallocationFrequencyMillis"] = reallocation_frequency_millis
        if version is not UNSET:
            field_dict["version"] = version
        if primary_metric is not UNSET:
            field_dict["primaryMetric"] = primary_metric
        if primary_single_metric is not UNSET:
            field_dict["primarySingleMetric"] = primary_single_metric
        if primary_funnel is not UNSET:
            field_dict["primaryFunnel"] = primary_funnel
        if randomization_unit is not UNSET:
            field_dict["randomizationUnit"] = randomization_unit
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if treatments is not UNSET:
            field_dict["treatments"] = treatments
        if secondary_metrics is not UNSET:
            field_dict["secondaryMetrics"] = secondary_metrics
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if layer_snapshot is not UNSET:
            field_dict["layerSnapshot"] = layer_snapshot
        if covariate_info is not UNSET:
            field_dict["covariateInfo"] = covariate_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hypothesis = d.pop("hypothesis", decode.MISSING)
        if type(hypothesis) is not str:
            hypothesis = decode.expect(hypothesis, str, "hypothesis")

        status = check_iteration_rep_status(d.pop("status", decode.MISSING), "status")

        created_at = d.pop("createdAt", decode.MISSING)
        if type(created_at) is not int:
            created_at = decode.expect(created_at, int, "createdAt")

        field_id = d.pop("_id", UNSET)
        if type(field_id) is not str and field_id is not UNSET:
            field_id = decode.expect(field_id, str, "_id")

        started_at = d.pop("startedAt", UNSET)
        if type(started_at) is not int and started_at is not UNSET:
            started_at = decode.expect(started_at, int, "startedAt")

        ended_at = d.pop("endedAt", UNSET)
        if type(ended_at) is not int and ended_at is not UNSET:
            ended_at = decode.expect(ended_at, int, "endedAt")

        winning_treatment_id = d.pop("winningTreatmentId", UNSET)
        if type(winning_treatment_id) is not str and winning_treatment_id is not UNSET:
            winning_treatment_id = decode.expect(winning_treatment_id, str, "winningTreatmentId")

        winning_reason = d.pop("winningReason", UNSET)
        if type(winning_reason) is not str and winning_reason is not UNSET:
            winning_reason = decode.expect(winning_reason, str, "winningReason")

        can_reshuffle_traffic = d.pop("canReshuffleTraffic", UNSET)
        if type(can_reshuffle_traffic) is not bool and can_reshuffle_traffic is not UNSET:
            can_reshuffle_traffic = decode.expect(can_reshuffle_traffic, bool, "canReshuffleTraffic")

        flags = d.pop("flags", UNSET)
        if flags is not UNSET:
            flags = decode.model(_models.IterationRepFlags.from_dict, flags, "flags")

        reallocation_frequency_millis = d.pop("reallocationFrequencyMillis", UNSET)
        if type(reallocation_frequency_millis) is not int and reallocation_frequency_millis is not UNSET:
            reallocation_frequency_millis = decode.expect(
                reallocation_frequency_millis, int, "reallocationFrequencyMillis"
            )

        version = d.pop("version", UNSET)
        if type(version) is not int and version is not UNSET:
            version = decode.expect(version, int, "version")

        primary_metric = d.pop("primaryMetric", UNSET)
        if primary_metric is not UNSET:
            primary_metric = decode.model(
                _models.DependentMetricOrMetricGroupRep.from_dict, primary_metric, "primaryMetric"
            )

        primary_single_metric = d.pop("primarySingleMetric", UNSET)
        if primary_single_metric is not UNSET:
            primary_single_metric = decode.model(
                _models.MetricV2Rep.from_dict, primary_single_metric, "primarySingleMetric"
            )

        primary_funnel = d.pop("primaryFunnel", UNSET)
        if primary_funnel is not UNSET:
            primary_funnel = decode.model(
                _models.DependentMetricGroupRepWithMetrics.from_dict, primary_funnel, "primaryFunnel"
            )

        randomization_unit = d.pop("randomizationUnit", UNSET)
        if type(randomization_unit) is not str and randomization_unit is not UNSET:
            randomization_unit = decode.expect(randomization_unit, str, "randomizationUnit")

        attributes = d.pop("attributes", UNSET)
        if attributes is not UNSET:
            attributes = decode.scalar_array(attributes, str, "attributes")

        treatments = d.pop("treatments", UNSET)
        if treatments is not UNSET:
            treatments = decode.model_array(_models.TreatmentRep.from_dict, treatments, "treatments")

        secondary_metrics = d.pop("secondaryMetrics", UNSET)
        if secondary_metrics is not UNSET:
            secondary_metrics = decode.model_array(_models.MetricV2Rep.from_dict, secondary_metrics, "secondaryMetrics")

        metrics = d.pop("metrics", UNSET)
        if metrics is not UNSET:
            metrics = decode.model_array(_models.DependentMetricOrMetricGroupRep.from_dict, metrics, "metrics")

        layer_snapshot = d.pop("layerSnapshot", UNSET)
        if layer_snapshot is not UNSET:
            layer_snapshot = decode.model(_models.LayerSnapshotRep.from_dict, layer_snapshot, "layerSnapshot")

        covariate_info = d.pop("covariateInfo", UNSET)
        if covariate_info is not UNSET:
            covariate_info = decode.model(_models.CovariateInfoRep.from_dict, covariate_info, "covariateInfo")

        iteration_rep = cls.__new__(cls)
        iteration_rep.hypothesis = hypothesis
        iteration_rep.status = status
        iteration_rep.created_at = created_at
        iteration_rep.field_id = field_id
        iteration_rep.started_at = started_at
        iteration_rep.ended_at = ended_at
        iteration_rep.winning_treatment_id = winning_treatment_id
        iteration_rep.winning_reason = winning_reason
        iteration_rep.can_reshuffle_traffic = can_reshuffle_traffic
        iteration_rep.flags = flags
        iteration_rep.reallocation_frequency_millis = reallocation_frequency_millis
        iteration_rep.version = version
        iteration_rep.primary_metric = primary_metric
        iteration_rep.primary_single_metric = primary_single_metric
        iteration_rep.primary_funnel = primary_funnel
        iteration_rep.randomization_unit = randomization_unit
        iteration_rep.attributes = attributes
        iteration_rep.treatments = treatments
        iteration_rep.secondary_metrics = secondary_metrics
        iteration_rep.metrics = metrics
        iteration_rep.layer_snapshot = layer_snapshot
        iteration_rep.covariate_info = covariate_info

        iteration_rep.additional_properties = d if d else {}
        return iteration_rep

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
