from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..models.metric_rep_kind import MetricRepKind, check_metric_rep_kind
from ..models.metric_rep_success_criteria import MetricRepSuccessCriteria, check_metric_rep_success_criteria
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metric_rep_links import MetricRepLinks


T = TypeVar("T", bound="MetricRep")


@_attrs_define
class MetricRep:
    """A metric used by experiments and rollouts.

    Attributes:
        field_id (str):
        field_version_id (str):
        key (str):  Example: checkout-completed.
        name (str):  Example: Checkout completed.
        kind (MetricRepKind | str):  Example: custom.
        tags (list[str]):
        field_creation_date (int): Milliseconds since the Unix epoch. Example: 1700000000000.
        field_links (MetricRepLinks | Unset):
        description (str | Unset):
        is_numeric (bool | Unset):  Example: False.
        unit (str | Unset):
        event_key (str | Unset):  Example: checkout-completed.
        success_criteria (MetricRepSuccessCriteria | str | Unset):
        randomization_units (list[str] | Unset):
    """

    field_id: str
    field_version_id: str
    key: str
    name: str
    kind: MetricRepKind | str
    tags: list[str]
    field_creation_date: int
    field_links: MetricRepLinks | Unset = UNSET
    description: str | Unset = UNSET
    is_numeric: bool | Unset = UNSET
    unit: str | Unset = UNSET
    event_key: str | Unset = UNSET
    success_criteria: MetricRepSuccessCriteria | str | Unset = UNSET
    randomization_units: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        field_version_id = self.field_version_id

        key = self.key

        name = self.name

        kind: str = self.kind

        tags = self.tags

        field_creation_date = self.field_creation_date

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = jsonable(self.field_links)

        description = self.description

        is_numeric = self.is_numeric

        unit = self.unit

        event_key = self.event_key

        success_criteria: str | Unset = UNSET
        if not isinstance(self.success_criteria, Unset):
            success_criteria = self.success_criteria

        randomization_units: list[str] | Unset = UNSET
        if not isinstance(self.randomization_units, Unset):
            randomization_units = self.randomization_units

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "_versionId": field_version_id,
                "key": key,
                "name": name,
                "kind": kind,
                "tags": tags,
                "_creationDate": field_creation_date,
            }
        )
        if field_links is not UNSET:
            field_dict["_links"] = field_links
        if description is not UNSET:
            field_dict["description"] = description
        if is_numeric is not UNSET:
            field_dict["isNumeric"] = is_numeric
        if unit is not UNSET:
            field_dict["unit"] = unit
        if event_key is not UNSET:
            field_dict["eventKey"] = event_key
        if success_criteria is not UNSET:
            field_dict["successCriteria"] = success_criteria
        if randomization_units is not UNSET:
            field_dict["randomizationUnits"] = randomization_units

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id", decode.MISSING)
        if type(field_id) is not str:
            field_id = decode.expect(field_id, str, "_id")

        field_version_id = d.pop("_versionId", decode.MISSING)
        if type(field_version_id) is not str:
            field_version_id = decode.expect(field_version_id, str, "_versionId")

        key = d.pop("key", decode.MISSING)
        if type(key) is not str:
            key = decode.expect(key, str, "key")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        kind = check_metric_rep_kind(d.pop("kind", decode.MISSING), "kind")

        tags = decode.scalar_array(d.pop("tags", decode.MISSING), str, "tags")

        field_creation_date = d.pop("_creationDate", decode.MISSING)
        if type(field_creation_date) is not int:
            field_creation_date = decode.expect(field_creation_date, int, "_creationDate")

        field_links = d.pop("_links", UNSET)
        if field_links is not UNSET:
            field_links = decode.model(_models.MetricRepLinks.from_dict, field_links, "_links")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = decode.expect(description, str, "description")

        is_numeric = d.pop("isNumeric", UNSET)
        if type(is_numeric) is not bool and is_numeric is not UNSET:
            is_numeric = decode.expect(is_numeric, bool, "isNumeric")

        unit = d.pop("unit", UNSET)
        if type(unit) is not str and unit is not UNSET:
            unit = decode.expect(unit, str, "unit")

        event_key = d.pop("eventKey", UNSET)
        if type(event_key) is not str and event_key is not UNSET:
            event_key = decode.expect(event_key, str, "eventKey")

        success_criteria = check_metric_rep_success_criteria(d.pop("successCriteria", UNSET), "successCriteria")

        randomization_units = d.pop("randomizationUnits", UNSET)
        if randomization_units is not UNSET:
            randomization_units = decode.scalar_array(randomization_units, str, "randomizationUnits")

        metric_rep = cls.__new__(cls)
        metric_rep.field_id = field_id
        metric_rep.field_version_id = field_version_id
        metric_rep.key = key
        metric_rep.name = name
        metric_rep.kind = kind
        metric_rep.tags = tags
        metric_rep.field_creation_date = field_creation_date
        metric_rep.field_links = field_links
        metric_rep.description = description
        metric_rep.is_numeric = is_numeric
        metric_rep.unit = unit
        metric_rep.event_key = event_key
        metric_rep.success_criteria = success_criteria
        metric_rep.randomization_units = randomization_units

        metric_rep.additional_properties = d if d else {}
        return metric_rep

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
