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
    from ..models.script_param_patch_request_allowed_values_item import ScriptParamPatchRequestAllowedValuesItem


T = TypeVar("T", bound="ScriptParamPatchRequest")


@plain_names({"type": "type_"})
@_attrs_define(slots=False)
class ScriptParamPatchRequest(ResponseMetadata):
    """
    Attributes:
        name (str | Unset):
        label (str | Unset):
        description (str | Unset):
        type_ (str | Unset):
        required (bool | Unset):
        value (str | Unset):
        default (str | Unset):
        allowed_values (list[ScriptParamPatchRequestAllowedValuesItem] | Unset):
    """

    name: str | Unset = UNSET
    label: str | Unset = UNSET
    description: str | Unset = UNSET
    type_: str | Unset = UNSET
    required: bool | Unset = UNSET
    value: str | Unset = UNSET
    default: str | Unset = UNSET
    allowed_values: list[ScriptParamPatchRequestAllowedValuesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        label = self.label

        description = self.description

        type_ = self.type_

        required = self.required

        value = self.value

        default = self.default

        allowed_values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allowed_values, Unset):
            allowed_values = []
            for allowed_values_item_data in self.allowed_values:
                allowed_values_item = jsonable(allowed_values_item_data)
                allowed_values.append(allowed_values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if label is not UNSET:
            field_dict["label"] = label
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
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
        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = decode.expect(name, str, "name")

        label = d.pop("label", UNSET)
        if type(label) is not str and label is not UNSET:
            label = decode.expect(label, str, "label")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = decode.expect(description, str, "description")

        type_ = d.pop("type", UNSET)
        if type(type_) is not str and type_ is not UNSET:
            type_ = decode.expect(type_, str, "type")

        required = d.pop("required", UNSET)
        if type(required) is not bool and required is not UNSET:
            required = decode.expect(required, bool, "required")

        value = d.pop("value", UNSET)
        if type(value) is not str and value is not UNSET:
            value = decode.expect(value, str, "value")

        default = d.pop("default", UNSET)
        if type(default) is not str and default is not UNSET:
            default = decode.expect(default, str, "default")

        allowed_values = d.pop("allowedValues", UNSET)
        if allowed_values is not UNSET:
            allowed_values = decode.model_array(
                _models.ScriptParamPatchRequestAllowedValuesItem.from_dict, allowed_values, "allowedValues"
            )

        script_param_patch_request = cls.__new__(cls)
        script_param_patch_request.name = name
        script_param_patch_request.label = label
        script_param_patch_request.description = description
        script_param_patch_request.type_ = type_
        script_param_patch_request.required = required
        script_param_patch_request.value = value
        script_param_patch_request.default = default
        script_param_patch_request.allowed_values = allowed_values

        script_param_patch_request.additional_properties = d if d else {}
        return script_param_patch_request

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
