from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.metric_post_kind import MetricPostKind, check_metric_post_kind
from ..models.metric_post_success_criteria import MetricPostSuccessCriteria, check_metric_post_success_criteria
from ..models.metric_post_unit_aggregation_type import (
    MetricPostUnitAggregationType,
    check_metric_post_unit_aggregation_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metric_post_urls_item import MetricPostUrlsItem


T = TypeVar("T", bound="MetricPost")


@_attrs_define
class MetricPost:
    """Fields for a new metric.

    Attributes:
        key (str):  Example: checkout-completed.
        kind (MetricPostKind):  Example: custom.
        name (str | Unset):  Example: Checkout completed.
        description (str | Unset):
        selector (str | Unset):
        urls (list[MetricPostUrlsItem] | Unset):
        is_numeric (bool | Unset):  Example: False.
        unit (str | Unset):
        event_key (str | Unset):  Example: checkout-completed.
        success_criteria (MetricPostSuccessCriteria | Unset):  Example: HigherThanBaseline.
        tags (list[str] | Unset):
        randomization_units (list[str] | Unset):  Example: ['user'].
        unit_aggregation_type (MetricPostUnitAggregationType | Unset):
        is_active (bool | Unset): Whether the metric is active (the previous SDK documented this field; the current API
            description no longer lists it).
    """

    key: str
    kind: MetricPostKind
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    selector: str | Unset = UNSET
    urls: list[MetricPostUrlsItem] | Unset = UNSET
    is_numeric: bool | Unset = UNSET
    unit: str | Unset = UNSET
    event_key: str | Unset = UNSET
    success_criteria: MetricPostSuccessCriteria | Unset = UNSET
    tags: list[str] | Unset = UNSET
    randomization_units: list[str] | Unset = UNSET
    unit_aggregation_type: MetricPostUnitAggregationType | Unset = UNSET
    is_active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        kind: str = self.kind

        name = self.name

        description = self.description

        selector = self.selector

        urls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.urls, Unset):
            urls = []
            for urls_item_data in self.urls:
                urls_item = urls_item_data.to_dict()
                urls.append(urls_item)

        is_numeric = self.is_numeric

        unit = self.unit

        event_key = self.event_key

        success_criteria: str | Unset = UNSET
        if not isinstance(self.success_criteria, Unset):
            success_criteria = self.success_criteria

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        randomization_units: list[str] | Unset = UNSET
        if not isinstance(self.randomization_units, Unset):
            randomization_units = self.randomization_units

        unit_aggregation_type: str | Unset = UNSET
        if not isinstance(self.unit_aggregation_type, Unset):
            unit_aggregation_type = self.unit_aggregation_type

        is_active = self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "kind": kind,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if selector is not UNSET:
            field_dict["selector"] = selector
        if urls is not UNSET:
            field_dict["urls"] = urls
        if is_numeric is not UNSET:
            field_dict["isNumeric"] = is_numeric
        if unit is not UNSET:
            field_dict["unit"] = unit
        if event_key is not UNSET:
            field_dict["eventKey"] = event_key
        if success_criteria is not UNSET:
            field_dict["successCriteria"] = success_criteria
        if tags is not UNSET:
            field_dict["tags"] = tags
        if randomization_units is not UNSET:
            field_dict["randomizationUnits"] = randomization_units
        if unit_aggregation_type is not UNSET:
            field_dict["unitAggregationType"] = unit_aggregation_type
        if is_active is not UNSET:
            field_dict["isActive"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metric_post_urls_item import MetricPostUrlsItem  # noqa: PLC0415

        d = dict(src_dict)
        key = d.pop("key")

        kind = check_metric_post_kind(d.pop("kind"))

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        selector = d.pop("selector", UNSET)

        _urls = d.pop("urls", UNSET)
        urls: list[MetricPostUrlsItem] | Unset = UNSET
        if _urls is not UNSET:
            urls = []
            for urls_item_data in _urls:
                urls_item = MetricPostUrlsItem.from_dict(urls_item_data)

                urls.append(urls_item)

        is_numeric = d.pop("isNumeric", UNSET)

        unit = d.pop("unit", UNSET)

        event_key = d.pop("eventKey", UNSET)

        _success_criteria = d.pop("successCriteria", UNSET)
        success_criteria: MetricPostSuccessCriteria | Unset
        if isinstance(_success_criteria, Unset):
            success_criteria = UNSET
        else:
            success_criteria = check_metric_post_success_criteria(_success_criteria)

        tags = cast(list[str], d.pop("tags", UNSET))

        randomization_units = cast(list[str], d.pop("randomizationUnits", UNSET))

        _unit_aggregation_type = d.pop("unitAggregationType", UNSET)
        unit_aggregation_type: MetricPostUnitAggregationType | Unset
        if isinstance(_unit_aggregation_type, Unset):
            unit_aggregation_type = UNSET
        else:
            unit_aggregation_type = check_metric_post_unit_aggregation_type(_unit_aggregation_type)

        is_active = d.pop("isActive", UNSET)

        metric_post = cls(
            key=key,
            kind=kind,
            name=name,
            description=description,
            selector=selector,
            urls=urls,
            is_numeric=is_numeric,
            unit=unit,
            event_key=event_key,
            success_criteria=success_criteria,
            tags=tags,
            randomization_units=randomization_units,
            unit_aggregation_type=unit_aggregation_type,
            is_active=is_active,
        )

        metric_post.additional_properties = d
        return metric_post

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
