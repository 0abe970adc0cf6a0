from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from .._core._types import plain_names
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_constraint import FieldConstraint
    from ..models.number_property_config import NumberPropertyConfig


T = TypeVar("T", bound="NumberProperty")


@plain_names({"type": "type_"})
@_attrs_define
class NumberProperty:
    """Numeric field.

    Attributes:
        type_ (Literal['number']):  Default: 'number'.
        key (str): Unique field key within the sheet. Example: firstName.
        label (str | Unset): Display name. Example: First Name.
        description (str | Unset):
        constraints (list[FieldConstraint] | Unset):
        readonly (bool | Unset):
        metadata (Any | Unset):
        treatments (list[str] | Unset):
        alternative_names (list[str] | Unset):
        config (NumberPropertyConfig | Unset):
    """

    key: str
    type_: Literal["number"] = "number"
    label: str | Unset = UNSET
    description: str | Unset = UNSET
    constraints: list[FieldConstraint] | Unset = UNSET
    readonly: bool | Unset = UNSET
    metadata: Any | Unset = UNSET
    treatments: list[str] | Unset = UNSET
    alternative_names: list[str] | Unset = UNSET
    config: NumberPropertyConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        key = self.key

        label = self.label

        description = self.description

        constraints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.constraints, Unset):
            constraints = []
            for constraints_item_data in self.constraints:
                constraints_item = jsonable(constraints_item_data)
                constraints.append(constraints_item)

        readonly = self.readonly

        metadata = self.metadata

        treatments: list[str] | Unset = UNSET
        if not isinstance(self.treatments, Unset):
            treatments = self.treatments

        alternative_names: list[str] | Unset = UNSET
        if not isinstance(self.alternative_names, Unset):
            alternative_names = self.alternative_names

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = jsonable(self.config)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "key": key,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if description is not UNSET:
            field_dict["description"] = description
        if constraints is not UNSET:
            field_dict["constraints"] = constraints
        if readonly is not UNSET:
            field_dict["readonly"] = readonly
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if treatments is not UNSET:
            field_dict["treatments"] = treatments
        if alternative_names is not UNSET:
            field_dict["alternativeNames"] = alternative_names
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("Literal['number']", decode.const(d.pop("type", decode.MISSING), "number", "type"))

        key = d.pop("key", decode.MISSING)
        if type(key) is not str:
            key = decode.expect(key, str, "key")

        label = d.pop("label", UNSET)
        if type(label) is not str and label is not UNSET:
            label = decode.expect(label, str, "label")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = decode.expect(description, str, "description")

        constraints = d.pop("constraints", UNSET)
        if constraints is not UNSET:
            constraints = decode.model_array(_models.FieldConstraint.from_dict, constraints, "constraints")

        readonly = d.pop("readonly", UNSET)
        if type(readonly) is not bool and readonly is not UNSET:
            readonly = decode.expect(readonly, bool, "readonly")

        metadata = d.pop("metadata", UNSET)

        treatments = d.pop("treatments", UNSET)
        if treatments is not UNSET:
            treatments = decode.scalar_array(treatments, str, "treatments")

        alternative_names = d.pop("alternativeNames", UNSET)
        if alternative_names is not UNSET:
            alternative_names = decode.scalar_array(alternative_names, str, "alternativeNames")

        config = d.pop("config", UNSET)
        if config is not UNSET:
            config = decode.model(_models.NumberPropertyConfig.from_dict, config, "config")

        number_property = cls.__new__(cls)
        number_property.type_ = type_
        number_property.key = key
        number_property.label = label
        number_property.description = description
        number_property.constraints = constraints
        number_property.readonly = readonly
        number_property.metadata = metadata
        number_property.treatments = treatments
        number_property.alternative_names = alternative_names
        number_property.config = config

        number_property.additional_properties = d if d else {}
        return number_property

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
