from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..models.dependent_metric_group_rep_with_metrics_kind import (
    DependentMetricGroupRepWithMetricsKind,
    check_dependent_metric_group_rep_with_metrics_kind,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dependent_metric_group_rep_with_metrics_links import DependentMetricGroupRepWithMetricsLinks
    from ..models.metric_in_group_rep import MetricInGroupRep


T = TypeVar("T", bound="DependentMetricGroupRepWithMetrics")


@_attrs_define
class DependentMetricGroupRepWithMetrics:
    """
    Attributes:
        key (str):
        name (str):
        kind (DependentMetricGroupRepWithMetricsKind | str):
        field_links (DependentMetricGroupRepWithMetricsLinks):
        metrics (list[MetricInGroupRep] | Unset):
    """

    key: str
    name: str
    kind: DependentMetricGroupRepWithMetricsKind | str
    field_links: DependentMetricGroupRepWithMetricsLinks
    metrics: list[MetricInGroupRep] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name = self.name

        kind: str = self.kind

        field_links = jsonable(self.field_links)

        metrics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = []
            for metrics_item_data in self.metrics:
                metrics_item = jsonable(metrics_item_data)
                metrics.append(metrics_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "name": name,
                "kind": kind,
                "_links": field_links,
            }
        )
        if metrics is not UNSET:
            field_dict["metrics"] = metrics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key", decode.MISSING)
        if type(key) is not str:
            key = decode.expect(key, str, "key")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        kind = check_dependent_metric_group_rep_with_metrics_kind(d.pop("kind", decode.MISSING), "kind")

        field_links = decode.model(
            _models.DependentMetricGroupRepWithMetricsLinks.from_dict, d.pop("_links", decode.MISSING), "_links"
        )

        metrics = d.pop("metrics", UNSET)
        if metrics is not UNSET:
            metrics = decode.model_array(_models.MetricInGroupRep.from_dict, metrics, "metrics")

        dependent_metric_group_rep_with_metrics = cls.__new__(cls)
        dependent_metric_group_rep_with_metrics.key = key
        dependent_metric_group_rep_with_metrics.name = name
        dependent_metric_group_rep_with_metrics.kind = kind
        dependent_metric_group_rep_with_metrics.field_links = field_links
        dependent_metric_group_rep_with_metrics.metrics = metrics

        dependent_metric_group_rep_with_metrics.additional_properties = d if d else {}
        return dependent_metric_group_rep_with_metrics

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
