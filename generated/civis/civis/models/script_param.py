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
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.script_param_allowed_values_item import ScriptParamAllowedValuesItem


T = TypeVar("T", bound="ScriptParam")


@plain_names({"type": "type_"})
@_attrs_define(slots=False)
class ScriptParam(ResponseMetadata):
    """A user-facing parameter of a templated script.

    Attributes:
        name (str):
        type_ (str): Parameter kind, e.g. string, integer, credential_redshift.
        label (str | Unset):
        description (str | Unset):
        required (bool | Unset):
        value (None | str | Unset):
        default (None | str | Unset):
        allowed_values (list[ScriptParamAllowedValuesItem] | Unset):
    """

    name: str
    type_: str
    label: str | Unset = UNSET
    description: str | Unset = UNSET
    required: bool | Unset = UNSET
    value: None | str | Unset = UNSET
    default: None | str | Unset = UNSET
    allowed_values: list[ScriptParamAllowedValuesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        label = self.label

        description = self.description

        required = self.required

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        default: None | str | Unset
        if isinstance(self.default, Unset):
            default = UNSET
        else:
            default = self.default

        allowed_values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allowed_values, Unset):
            allowed_values = []
            for allowed_values_item_data in self.allowed_values:
                allowed_values_item = jsonable(allowed_values_item_data)
                allowed_values.append(allowed_values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if description is not UNSET:
            field_dict["description"] = description
        if required is not UNSET:
            field_dict["required"] = required
        if value is not UNSET:
            field_dict["value"] = value
        if default is not UNSET:
            field_dict["default"] = default
        if allowed_values is not UNSET:
            field_dict["allowedValues"] = allowed_values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        type_ = d.pop("type", decode.MISSING)
        if type(type_) is not str:
            type_ = decode.expect(type_, str, "type")

        label = d.pop("label", UNSET)
        if type(label) is not str and label is not UNSET:
            label = decode.expect(label, str, "label")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = decode.expect(description, str, "description")

        required = d.pop("required", UNSET)
        if type(required) is not bool and required is not UNSET:
            required = decode.expect(required, bool, "required")

        value = d.pop("value", UNSET)
        if value is not None and type(value) is not str and value is not UNSET:
            value = decode.expect(value, str, "value", "one of None | str")

        default = d.pop("default", UNSET)
        if default is not None and type(default) is not str and default is not UNSET:
            default = decode.expect(default, str, "default", "one of None | str")

        allowed_values = d.pop("allowedValues", UNSET)
        if allowed_values is not UNSET:
            allowed_values = decode.model_array(
                _models.ScriptParamAllowedValuesItem.from_dict, allowed_values, "allowedValues"
            )

        script_param = cls.__new__(cls)
        script_param.name = name
        script_param.type_ = type_
        script_param.label = label
        script_param.description = description
        script_param.required = required
        script_param.value = value
        script_param.default = default
        script_param.allowed_values = allowed_values

        script_param.additional_properties = d if d else {}
        return script_param

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return field_item(self, key, self.additional_properties)

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return has_field_item(self, key, self.additional_properties)
