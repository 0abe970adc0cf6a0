from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..models.dependent_metric_or_metric_group_rep_kind import (
    DependentMetricOrMetricGroupRepKind,
    check_dependent_metric_or_metric_group_rep_kind,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dependent_metric_or_metric_group_rep_links import DependentMetricOrMetricGroupRepLinks
    from ..models.metric_in_group_rep import MetricInGroupRep


T = TypeVar("T", bound="DependentMetricOrMetricGroupRep")


@_attrs_define
class DependentMetricOrMetricGroupRep:
    """
    Attributes:
        key (str):
        field_version_id (str):
        name (str):
        kind (DependentMetricOrMetricGroupRepKind | str):
        field_links (DependentMetricOrMetricGroupRepLinks):
        is_group (bool):
        is_numeric (bool | Unset):
        event_key (str | Unset):
        metrics (list[MetricInGroupRep] | Unset):
    """

    key: str
    field_version_id: str
    name: str
    kind: DependentMetricOrMetricGroupRepKind | str
    field_links: DependentMetricOrMetricGroupRepLinks
    is_group: bool
    is_numeric: bool | Unset = UNSET
    event_key: str | Unset = UNSET
    metrics: list[MetricInGroupRep] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        field_version_id = self.field_version_id

        name = self.name

        kind: str = self.kind

        field_links = jsonable(self.field_links)

        is_group = self.is_group

        is_numeric = self.is_numeric

        event_key = self.event_key

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
                "_versionId": field_version_id,
                "name": name,
                "kind": kind,
                "_links": field_links,
                "isGroup": is_group,
            }
        )
        if is_numeric is not UNSET:
            field_dict["isNumeric"] = is_numeric
        if event_key is not UNSET:
            field_dict["eventKey"] = event_key
        if metrics is not UNSET:
            field_dict["metrics"] = metrics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key", decode.MISSING)
        if type(key) is not str:
            key = decode.expect(key, str, "key")

        field_version_id = d.pop("_versionId", decode.MISSING)
        if type(field_version_id) is not str:
            field_version_id = decode.expect(field_version_id, str, "_versionId")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        kind = check_dependent_metric_or_metric_group_rep_kind(d.pop("kind", decode.MISSING), "kind")

        field_links = decode.model(
            _models.DependentMetricOrMetricGroupRepLinks.from_dict, d.pop("_links", decode.MISSING), "_links"
        )

        is_group = d.pop("isGroup", decode.MISSING)
        if type(is_group) is not bool:
            is_group = decode.expect(is_group, bool, "isGroup")

        is_numeric = d.pop("isNumeric", UNSET)
        if type(is_numeric) is not bool and is_numeric is not UNSET:
            is_numeric = decode.expect(is_numeric, bool, "isNumeric")

        event_key = d.pop("eventKey", UNSET)
        if type(event_key) is not str and event_key is not UNSET:
            event_key = decode.expect(event_key, str, "eventKey")

        metrics = d.pop("metrics", UNSET)
        if metrics is not UNSET:
            metrics = decode.model_array(_models.MetricInGroupRep.from_dict, metrics, "metrics")

        dependent_metric_or_metric_group_rep = cls.__new__(cls)
        dependent_metric_or_metric_group_rep.key = key
        dependent_metric_or_metric_group_rep.field_version_id = field_version_id
        dependent_metric_or_metric_group_rep.name = name
        dependent_metric_or_metric_group_rep.kind = kind
        dependent_metric_or_metric_group_rep.field_links = field_links
        dependent_metric_or_metric_group_rep.is_group = is_group
        dependent_metric_or_metric_group_rep.is_numeric = is_numeric
        dependent_metric_or_metric_group_rep.event_key = event_key
        dependent_metric_or_metric_group_rep.metrics = metrics

        dependent_metric_or_metric_group_rep.additional_properties = d if d else {}
        return dependent_metric_or_metric_group_rep

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
