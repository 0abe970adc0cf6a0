from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import rfc3339
from .._core._types import plain_names
from ..models.constraint_type import ConstraintType, check_constraint_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="Constraint")


@plain_names({"type": "type_"})
@_attrs_define
class Constraint:
    """A reusable field validation rule owned by an app.

    Attributes:
        app_id (str):  Example: us_app_YOUR_ID.
        validator (str):  Example: phone.
        id (str | Unset): Identifier assigned by Flatfile. Example: us_cst_YOUR_ID.
        description (str | Unset):
        function (str | Unset): Validator code.
        options (Any | Unset):
        label (str | Unset):
        type_ (ConstraintType | str | Unset):
        created_at (datetime.datetime | Unset): When the resource was created. Example: 2024-01-15T09:30:00Z.
        updated_at (datetime.datetime | Unset): When the resource was last changed. Example: 2024-01-15T09:30:00Z.
    """

    app_id: str
    validator: str
    id: str | Unset = UNSET
    description: str | Unset = UNSET
    function: str | Unset = UNSET
    options: Any | Unset = UNSET
    label: str | Unset = UNSET
    type_: ConstraintType | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        validator = self.validator

        id = self.id

        description = self.description

        function = self.function

        options = self.options

        label = self.label

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = rfc3339(self.created_at)

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = rfc3339(self.updated_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appId": app_id,
                "validator": validator,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if function is not UNSET:
            field_dict["function"] = function
        if options is not UNSET:
            field_dict["options"] = options
        if label is not UNSET:
            field_dict["label"] = label
        if type_ is not UNSET:
            field_dict["type"] = type_
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_id = d.pop("appId", decode.MISSING)
        if type(app_id) is not str:
            app_id = decode.expect(app_id, str, "appId")

        validator = d.pop("validator", decode.MISSING)
        if type(validator) is not str:
            validator = decode.expect(validator, str, "validator")

        id = d.pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = decode.expect(id, str, "id")

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

        type_ = check_constraint_type(d.pop("type", UNSET), "type")

        created_at = decode.date_time(d.pop("createdAt", UNSET), "createdAt")

        updated_at = decode.date_time(d.pop("updatedAt", UNSET), "updatedAt")

        constraint = cls.__new__(cls)
        constraint.app_id = app_id
        constraint.validator = validator
        constraint.id = id
        constraint.description = description
        constraint.function = function
        constraint.options = options
        constraint.label = label
        constraint.type_ = type_
        constraint.created_at = created_at
        constraint.updated_at = updated_at

        constraint.additional_properties = d if d else {}
        return constraint

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
