from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..models.metric_in_group_rep_kind import MetricInGroupRepKind, check_metric_in_group_rep_kind
from ..models.metric_in_group_rep_unit_aggregation_type import (
    MetricInGroupRepUnitAggregationType,
    check_metric_in_group_rep_unit_aggregation_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metric_in_group_rep_links import MetricInGroupRepLinks


T = TypeVar("T", bound="MetricInGroupRep")


@_attrs_define
class MetricInGroupRep:
    """
    Attributes:
        key (str):
        name (str):
        kind (MetricInGroupRepKind | str):
        field_links (MetricInGroupRepLinks):
        field_version_id (str | Unset):
        is_numeric (bool | Unset):
        unit_aggregation_type (MetricInGroupRepUnitAggregationType | str | Unset):
        event_key (str | Unset):
        name_in_group (str | Unset):
        randomization_units (list[str] | Unset):
    """

    key: str
    name: str
    kind: MetricInGroupRepKind | str
    field_links: MetricInGroupRepLinks
    field_version_id: str | Unset = UNSET
    is_numeric: bool | Unset = UNSET
    unit_aggregation_type: MetricInGroupRepUnitAggregationType | str | Unset = UNSET
    event_key: str | Unset = UNSET
    name_in_group: str | Unset = UNSET
    randomization_units: list[str] | Unset = UNSET
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

        name_in_group = self.name_in_group

        randomization_units: list[str] | Unset = UNSET
        if not isinstance(self.randomization_units, Unset):
            randomization_units = self.randomization_units

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
        if name_in_group is not UNSET:
            field_dict["nameInGroup"] = name_in_group
        if randomization_units is not UNSET:
            field_dict["randomizationUnits"] = randomization_units

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

        kind = check_metric_in_group_rep_kind(d.pop("kind", decode.MISSING), "kind")

        field_links = decode.model(_models.MetricInGroupRepLinks.from_dict, d.pop("_links", decode.MISSING), "_links")

        field_version_id = d.pop("_versionId", UNSET)
        if type(field_version_id) is not str and field_version_id is not UNSET:
            field_version_id = decode.expect(field_version_id, str, "_versionId")

        is_numeric = d.pop("isNumeric", UNSET)
        if type(is_numeric) is not bool and is_numeric is not UNSET:
            is_numeric = decode.expect(is_numeric, bool, "isNumeric")

        unit_aggregation_type = check_metric_in_group_rep_unit_aggregation_type(
            d.pop("unitAggregationType", UNSET), "unitAggregationType"
        )

        event_key = d.pop("eventKey", UNSET)
        if type(event_key) is not str and event_key is not UNSET:
            event_key = decode.expect(event_key, str, "eventKey")

        name_in_group = d.pop("nameInGroup", UNSET)
        if type(name_in_group) is not str and name_in_group is not UNSET:
            name_in_group = decode.expect(name_in_group, str, "nameInGroup")

        randomization_units = d.pop("randomizationUnits", UNSET)
        if randomization_units is not UNSET:
            randomization_units = decode.scalar_array(randomization_units, str, "randomizationUnits")

        metric_in_group_rep = cls.__new__(cls)
        metric_in_group_rep.key = key
        metric_in_group_rep.name = name
        metric_in_group_rep.kind = kind
        metric_in_group_rep.field_links = field_links
        metric_in_group_rep.field_version_id = field_version_id
        metric_in_group_rep.is_numeric = is_numeric
        metric_in_group_rep.unit_aggregation_type = unit_aggregation_type
        metric_in_group_rep.event_key = event_key
        metric_in_group_rep.name_in_group = name_in_group
        metric_in_group_rep.randomization_units = randomization_units

        metric_in_group_rep.additional_properties = d if d else {}
        return metric_in_group_rep

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
