from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from .._core._types import plain_names
from ..models.input_field_type import InputFieldType, check_input_field_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.input_field_config import InputFieldConfig
    from ..models.input_field_constraints_item import InputFieldConstraintsItem


T = TypeVar("T", bound="InputField")


@plain_names({"type": "type_"})
@_attrs_define
class InputField:
    """One field of an action input form.

    Attributes:
        key (str):  Example: notes.
        label (str):  Example: Notes.
        type_ (InputFieldType | str):
        description (str | Unset):
        default_value (Any | Unset):
        config (InputFieldConfig | Unset):
        constraints (list[InputFieldConstraintsItem] | Unset):
    """

    key: str
    label: str
    type_: InputFieldType | str
    description: str | Unset = UNSET
    default_value: Any | Unset = UNSET
    config: InputFieldConfig | Unset = UNSET
    constraints: list[InputFieldConstraintsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        label = self.label

        type_: str = self.type_

        description = self.description

        default_value = self.default_value

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = jsonable(self.config)

        constraints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.constraints, Unset):
            constraints = []
            for constraints_item_data in self.constraints:
                constraints_item = jsonable(constraints_item_data)
                constraints.append(constraints_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "label": label,
                "type": type_,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if default_value is not UNSET:
            field_dict["defaultValue"] = default_value
        if config is not UNSET:
            field_dict["config"] = config
        if constraints is not UNSET:
            field_dict["constraints"] = constraints

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key", decode.MISSING)
        if type(key) is not str:
            key = decode.expect(key, str, "key")

        label = d.pop("label", decode.MISSING)
        if type(label) is not str:
            label = decode.expect(label, str, "label")

        type_ = check_input_field_type(d.pop("type", decode.MISSING), "type")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = decode.expect(description, str, "description")

        default_value = d.pop("defaultValue", UNSET)

        config = d.pop("config", UNSET)
        if config is not UNSET:
            config = decode.model(_models.InputFieldConfig.from_dict, config, "config")

        constraints = d.pop("constraints", UNSET)
        if constraints is not UNSET:
            constraints = decode.model_array(_models.InputFieldConstraintsItem.from_dict, constraints, "constraints")

        input_field = cls.__new__(cls)
        input_field.key = key
        input_field.label = label
        input_field.type_ = type_
        input_field.description = description
        input_field.default_value = default_value
        input_field.config = config
        input_field.constraints = constraints

        input_field.additional_properties = d if d else {}
        return input_field

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
