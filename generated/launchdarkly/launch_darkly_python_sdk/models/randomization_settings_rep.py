from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.randomization_settings_rep_links import RandomizationSettingsRepLinks
    from ..models.randomization_unit_rep import RandomizationUnitRep


T = TypeVar("T", bound="RandomizationSettingsRep")


@_attrs_define
class RandomizationSettingsRep:
    """
    Attributes:
        field_project_id (str | Unset):
        field_project_key (str | Unset):
        randomization_units (list[RandomizationUnitRep] | Unset):
        field_creation_date (int | Unset): Milliseconds since the Unix epoch. Example: 1700000000000.
        field_links (RandomizationSettingsRepLinks | Unset):
    """

    field_project_id: str | Unset = UNSET
    field_project_key: str | Unset = UNSET
    randomization_units: list[RandomizationUnitRep] | Unset = UNSET
    field_creation_date: int | Unset = UNSET
    field_links: RandomizationSettingsRepLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_project_id = self.field_project_id

        field_project_key = self.field_project_key

        randomization_units: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.randomization_units, Unset):
            randomization_units = []
            for randomization_units_item_data in self.randomization_units:
                randomization_units_item = jsonable(randomization_units_item_data)
                randomization_units.append(randomization_units_item)

        field_creation_date = self.field_creation_date

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = jsonable(self.field_links)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if field_project_id is not UNSET:
            field_dict["_projectId"] = field_project_id
        if field_project_key is not UNSET:
            field_dict["_projectKey"] = field_project_key
        if randomization_units is not UNSET:
            field_dict["randomizationUnits"] = randomization_units
        if field_creation_date is not UNSET:
            field_dict["_creationDate"] = field_creation_date
        if field_links is not UNSET:
            field_dict["_links"] = field_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_project_id = d.pop("_projectId", UNSET)
        if type(field_project_id) is not str and field_project_id is not UNSET:
            field_project_id = decode.expect(field_project_id, str, "_projectId")

        field_project_key = d.pop("_projectKey", UNSET)
        if type(field_project_key) is not str and field_project_key is not UNSET:
            field_project_key = decode.expect(field_project_key, str, "_projectKey")

        randomization_units = d.pop("randomizationUnits", UNSET)
        if randomization_units is not UNSET:
            randomization_units = decode.model_array(
                _models.RandomizationUnitRep.from_dict, randomization_units, "randomizationUnits"
            )

        field_creation_date = d.pop("_creationDate", UNSET)
        if type(field_creation_date) is not int and field_creation_date is not UNSET:
            field_creation_date = decode.expect(field_creation_date, int, "_creationDate")

        field_links = d.pop("_links", UNSET)
        if field_links is not UNSET:
            field_links = decode.model(_models.RandomizationSettingsRepLinks.from_dict, field_links, "_links")

        randomization_settings_rep = cls.__new__(cls)
        randomization_settings_rep.field_project_id = field_project_id
        randomization_settings_rep.field_project_key = field_project_key
        randomization_settings_rep.randomization_units = randomization_units
        randomization_settings_rep.field_creation_date = field_creation_date
        randomization_settings_rep.field_links = field_links

        randomization_settings_rep.additional_properties = d if d else {}
        return randomization_settings_rep

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
