from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..models.metric_group_rep_kind import MetricGroupRepKind, check_metric_group_rep_kind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metric_group_rep_links import MetricGroupRepLinks
    from ..models.metric_group_rep_maintainer import MetricGroupRepMaintainer
    from ..models.metric_group_rep_metrics_item import MetricGroupRepMetricsItem


T = TypeVar("T", bound="MetricGroupRep")


@_attrs_define
class MetricGroupRep:
    """A group of metrics, such as a funnel.

    Attributes:
        field_id (str):
        key (str):  Example: checkout-funnel.
        name (str):  Example: Checkout funnel.
        kind (MetricGroupRepKind | str):  Example: funnel.
        tags (list[str]):
        field_creation_date (int): Milliseconds since the Unix epoch. Example: 1700000000000.
        field_last_modified (int): Milliseconds since the Unix epoch. Example: 1700000000000.
        maintainer (MetricGroupRepMaintainer):
        metrics (list[MetricGroupRepMetricsItem]):
        field_version (int):
        description (str | Unset):
        field_links (MetricGroupRepLinks | Unset):
    """

    field_id: str
    key: str
    name: str
    kind: MetricGroupRepKind | str
    tags: list[str]
    field_creation_date: int
    field_last_modified: int
    maintainer: MetricGroupRepMaintainer
    metrics: list[MetricGroupRepMetricsItem]
    field_version: int
    description: str | Unset = UNSET
    field_links: MetricGroupRepLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        key = self.key

        name = self.name

        kind: str = self.kind

        tags = self.tags

        field_creation_date = self.field_creation_date

        field_last_modified = self.field_last_modified

        maintainer = jsonable(self.maintainer)

        metrics = []
        for metrics_item_data in self.metrics:
            metrics_item = jsonable(metrics_item_data)
            metrics.append(metrics_item)

        field_version = self.field_version

        description = self.description

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = jsonable(self.field_links)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "key": key,
                "name": name,
                "kind": kind,
                "tags": tags,
                "_creationDate": field_creation_date,
                "_lastModified": field_last_modified,
                "maintainer": maintainer,
                "metrics": metrics,
                "_version": field_version,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if field_links is not UNSET:
            field_dict["_links"] = field_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id", decode.MISSING)
        if type(field_id) is not str:
            field_id = decode.expect(field_id, str, "_id")

        key = d.pop("key", decode.MISSING)
        if type(key) is not str:
            key = decode.expect(key, str, "key")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        kind = check_metric_group_rep_kind(d.pop("kind", decode.MISSING), "kind")

        tags = decode.scalar_array(d.pop("tags", decode.MISSING), str, "tags")

        field_creation_date = d.pop("_creationDate", decode.MISSING)
        if type(field_creation_date) is not int:
            field_creation_date = decode.expect(field_creation_date, int, "_creationDate")

        field_last_modified = d.pop("_lastModified", decode.MISSING)
        if type(field_last_modified) is not int:
            field_last_modified = decode.expect(field_last_modified, int, "_lastModified")

        maintainer = decode.model(
            _models.MetricGroupRepMaintainer.from_dict, d.pop("maintainer", decode.MISSING), "maintainer"
        )

        metrics = decode.model_array(
            _models.MetricGroupRepMetricsItem.from_dict, d.pop("metrics", decode.MISSING), "metrics"
        )

        field_version = d.pop("_version", decode.MISSING)
        if type(field_version) is not int:
            field_version = decode.expect(field_version, int, "_version")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = decode.expect(description, str, "description")

        field_links = d.pop("_links", UNSET)
        if field_links is not UNSET:
            field_links = decode.model(_models.MetricGroupRepLinks.from_dict, field_links, "_links")

        metric_group_rep = cls.__new__(cls)
        metric_group_rep.field_id = field_id
        metric_group_rep.key = key
        metric_group_rep.name = name
        metric_group_rep.kind = kind
        metric_group_rep.tags = tags
        metric_group_rep.field_creation_date = field_creation_date
        metric_group_rep.field_last_modified = field_last_modified
        metric_group_rep.maintainer = maintainer
        metric_group_rep.metrics = metrics
        metric_group_rep.field_version = field_version
        metric_group_rep.description = description
        metric_group_rep.field_links = field_links

        metric_group_rep.additional_properties = d if d else {}
        return metric_group_rep

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
