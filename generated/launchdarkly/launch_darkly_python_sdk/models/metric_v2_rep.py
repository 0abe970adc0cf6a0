from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..models.metric_v2_rep_kind import MetricV2RepKind, check_metric_v2_rep_kind
from ..models.metric_v2_rep_unit_aggregation_type import (
    MetricV2RepUnitAggregationType,
    check_metric_v2_rep_unit_aggregation_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metric_v2_rep_links import MetricV2RepLinks


T = TypeVar("T", bound="MetricV2Rep")


@_attrs_define
class MetricV2Rep:
    """
    Attributes:
        key (str):
        name (str):
        kind (MetricV2RepKind | str):
        field_links (MetricV2RepLinks):
        field_version_id (str | Unset):
        is_numeric (bool | Unset):
        unit_aggregation_type (MetricV2RepUnitAggregationType | str | Unset):
        event_key (str | Unset):
    """

    key: str
    name: str
    kind: MetricV2RepKind | str
    field_links: MetricV2RepLinks
    field_version_id: str | Unset = UNSET
    is_numeric: bool | Unset = UNSET
    unit_aggregation_type: MetricV2RepUnitAggregationType | str | Unset = UNSET
    event_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name = self.name

        kind: str = self.kind

        field_links = jsonable(self.field_links)

        field_version_id = self.field_version_id

        is_numeric = self.is_numeric

        unit_aggregation_type: str | Unset = UNSET
        if not isinstance(self.unit_aggregation_type, Unset):
            unit_aggregation_type = self.unit_aggregation_type

        event_key = self.event_key

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
        if field_version_id is not UNSET:
            field_dict["_versionId"] = field_version_id
        if is_numeric is not UNSET:
            field_dict["isNumeric"] = is_numeric
        if unit_aggregation_type is not UNSET:
            field_dict["unitAggregationType"] = unit_aggregation_type
        if event_key is not UNSET:
            field_dict["eventKey"] = event_key

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

        kind = check_metric_v2_rep_kind(d.pop("kind", decode.MISSING), "kind")

        field_links = decode.model(_models.MetricV2RepLinks.from_dict, d.pop("_links", decode.MISSING), "_links")

        field_version_id = d.pop("_versionId", UNSET)
        if type(field_version_id) is not str and field_version_id is not UNSET:
            field_version_id = decode.expect(field_version_id, str, "_versionId")

        is_numeric = d.pop("isNumeric", UNSET)
        if type(is_numeric) is not bool and is_numeric is not UNSET:
            is_numeric = decode.expect(is_numeric, bool, "isNumeric")

        unit_aggregation_type = check_metric_v2_rep_unit_aggregation_type(
            d.pop("unitAggregationType", UNSET), "unitAggregationType"
        )

        event_key = d.pop("eventKey", UNSET)
        if type(event_key) is not str and event_key is not UNSET:
            event_key = decode.expect(event_key, str, "eventKey")

        metric_v2_rep = cls.__new__(cls)
        metric_v2_rep.key = key
        metric_v2_rep.name = name
        metric_v2_rep.kind = kind
        metric_v2_rep.field_links = field_links
        metric_v2_rep.field_version_id = field_version_id
        metric_v2_rep.is_numeric = is_numeric
        metric_v2_rep.unit_aggregation_type = unit_aggregation_type
        metric_v2_rep.event_key = event_key

        metric_v2_rep.additional_properties = d if d else {}
        return metric_v2_rep

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
