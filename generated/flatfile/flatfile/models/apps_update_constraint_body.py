from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppsUpdateConstraintBody")


@_attrs_define
class AppsUpdateConstraintBody:
    """
    Attributes:
        description (str | Unset):
        function (str | Unset): Validator code.
        options (Any | Unset): Settings passed to the validator.
        label (str | Unset): Display name.
    """

    description: str | Unset = UNSET
    function: str | Unset = UNSET
    options: Any | Unset = UNSET
    label: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        function = self.function

        options = self.options

        label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if description is not UNSET:
            field_dict["description"] = description
        if function is not UNSET:
            field_dict["function"] = function
        if options is not UNSET:
            field_dict["options"] = options
        if label is not UNSET:
            field_dict["label"] = label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = decode.expect(description, str, "description")

        function = d.pop("function", UNSET)
        if type(function) is not str and function is not UNSET:
            function = decode.expect(function, str, "function")

        options = d.pop("options", UNSET)

        label = d.pop("label", UNSET)
        if type(label) is not str and label is not UNSET:
            label = decode.expect(label, str, "label")

        apps_update_constraint_body = cls.__new__(cls)
        apps_update_constraint_body.description = description
        apps_update_constraint_body.function = function
        apps_update_constraint_body.options = options
        apps_update_constraint_body.label = label

        apps_update_constraint_body.additional_properties = d if d else {}
        return apps_update_constraint_body

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
