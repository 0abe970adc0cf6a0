from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..models.metric_group_post_kind import MetricGroupPostKind, check_metric_group_post_kind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metric_in_metric_group_input import MetricInMetricGroupInput


T = TypeVar("T", bound="MetricGroupPost")


@_attrs_define
class MetricGroupPost:
    """
    Attributes:
        name (str):
        kind (MetricGroupPostKind | str):
        maintainer_id (str):
        tags (list[str]):
        metrics (list[MetricInMetricGroupInput]):
        key (str | Unset):
        description (str | Unset):
    """

    name: str
    kind: MetricGroupPostKind | str
    maintainer_id: str
    tags: list[str]
    metrics: list[MetricInMetricGroupInput]
    key: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        kind: str = self.kind

        maintainer_id = self.maintainer_id

        tags = self.tags

        metrics = []
        for metrics_item_data in self.metrics:
            metrics_item = jsonable(metrics_item_data)
            metrics.append(metrics_item)

        key = self.key

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "kind": kind,
                "maintainerId": maintainer_id,
                "tags": tags,
                "metrics": metrics,
            }
        )
        if key is not UNSET:
            field_dict["key"] = key
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        kind = check_metric_group_post_kind(d.pop("kind", decode.MISSING), "kind")

        maintainer_id = d.pop("maintainerId", decode.MISSING)
        if type(maintainer_id) is not str:
            maintainer_id = decode.expect(maintainer_id, str, "maintainerId")

        tags = decode.scalar_array(d.pop("tags", decode.MISSING), str, "tags")

        metrics = decode.model_array(
            _models.MetricInMetricGroupInput.from_dict, d.pop("metrics", decode.MISSING), "metrics"
        )

        key = d.pop("key", UNSET)
        if type(key) is not str and key is not UNSET:
            key = decode.expect(key, str, "key")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = decode.expect(description, str, "description")

        metric_group_post = cls.__new__(cls)
        metric_group_post.name = name
        metric_group_post.kind = kind
        metric_group_post.maintainer_id = maintainer_id
        metric_group_post.tags = tags
        metric_group_post.metrics = metrics
        metric_group_post.key = key
        metric_group_post.description = description

        metric_group_post.additional_properties = d if d else {}
        return metric_group_post

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
