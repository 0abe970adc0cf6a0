from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
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
        kind (MetricPostKind | str):  Example: custom.
        name (str | Unset):  Example: Checkout completed.
        description (str | Unset):
        selector (str | Unset):
        urls (list[MetricPostUrlsItem] | Unset):
        is_numeric (bool | Unset):  Example: False.
        unit (str | Unset):
        event_key (str | Unset):  Example: checkout-completed.
        success_criteria (MetricPostSuccessCriteria | str | Unset):  Example: HigherThanBaseline.
        tags (list[str] | Unset):
        randomization_units (list[str] | Unset):  Example: ['user'].
        unit_aggregation_type (MetricPostUnitAggregationType | str | Unset):
        is_active (bool | Unset): Whether the metric is active (the previous SDK documented this field; the current API
            description no longer lists it).
    """

    key: str
    kind: MetricPostKind | str
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    selector: str | Unset = UNSET
    urls: list[MetricPostUrlsItem] | Unset = UNSET
    is_numeric: bool | Unset = UNSET
    unit: str | Unset = UNSET
    event_key: str | Unset = UNSET
    success_criteria: MetricPostSuccessCriteria | str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    randomization_units: list[str] | Unset = UNSET
    unit_aggregation_type: MetricPostUnitAggregationType | str | Unset = UNSET
    is_active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

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
                urls_item = jsonable(urls_item_data)
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
        d = dict(src_dict)
        key = d.pop("key", decode.MISSING)
        if type(key) is not str:
            key = decode.expect(key, str, "key")

        kind = check_metric_post_kind(d.pop("kind", decode.MISSING), "kind")

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = decode.expect(name, str, "name")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = decode.expect(description, str, "description")

        selector = d.pop("selector", UNSET)
        if type(selector) is not str and selector is not UNSET:
            selector = decode.expect(selector, str, "selector")

        urls = d.pop("urls", UNSET)
        if urls is not UNSET:
            urls = decode.model_array(_models.MetricPostUrlsItem.from_dict, urls, "urls")

        is_numeric = d.pop("isNumeric", UNSET)
        if type(is_numeric) is not bool and is_numeric is not UNSET:
            is_numeric = decode.expect(is_numeric, bool, "isNumeric")

        unit = d.pop("unit", UNSET)
        if type(unit) is not str and unit is not UNSET:
            unit = decode.expect(unit, str, "unit")

        event_key = d.pop("eventKey", UNSET)
        if type(event_key) is not str and event_key is not UNSET:
            event_key = decode.expect(event_key, str, "eventKey")

        success_criteria = check_metric_post_success_criteria(d.pop("successCriteria", UNSET), "successCriteria")

        tags = d.pop("tags", UNSET)
        if tags is not UNSET:
            tags = decode.scalar_array(tags, str, "tags")

        randomization_units = d.pop("randomizationUnits", UNSET)
        if randomization_units is not UNSET:
            randomization_units = decode.scalar_array(randomization_units, str, "randomizationUnits")

        unit_aggregation_type = check_metric_post_unit_aggregation_type(
            d.pop("unitAggregationType", UNSET), "unitAggregationType"
        )

        is_active = d.pop("isActive", UNSET)
        if type(is_active) is not bool and is_active is not UNSET:
            is_active = decode.expect(is_active, bool, "isActive")

        metric_post = cls.__new__(cls)
        metric_post.key = key
        metric_post.kind = kind
        metric_post.name = name
        metric_post.description = description
        metric_post.selector = selector
        metric_post.urls = urls
        metric_post.is_numeric = is_numeric
        metric_post.unit = unit
        metric_post.event_key = event_key
        metric_post.success_criteria = success_criteria
        metric_post.tags = tags
        metric_post.randomization_units = randomization_units
        metric_post.unit_aggregation_type = unit_aggregation_type
        metric_post.is_active = is_active

        metric_post.additional_properties = d if d else {}
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
