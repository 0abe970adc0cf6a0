from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import rfc3339
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConstraintVersion")


@_attrs_define
class ConstraintVersion:
    """A stored revision of a constraint.

    Attributes:
        constraint_id (str):  Example: us_cst_YOUR_ID.
        version (int):  Example: 2.
        description (str | Unset):
        function (str | Unset):
        options (Any | Unset):
        label (str | Unset):
        created_at (datetime.datetime | Unset): When the resource was created. Example: 2024-01-15T09:30:00Z.
    """

    constraint_id: str
    version: int
    description: str | Unset = UNSET
    function: str | Unset = UNSET
    options: Any | Unset = UNSET
    label: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        constraint_id = self.constraint_id

        version = self.version

        description = self.description

        function = self.function

        options = self.options

        label = self.label

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = rfc3339(self.created_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "constraintId": constraint_id,
                "version": version,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if function is not UNSET:
            field_dict["function"] = function
        if options is not UNSET:
            field_dict["options"] = options
        if label is not UNSET:
            field_dict["label"] = label
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        constraint_id = d.pop("constraintId", decode.MISSING)
        if type(constraint_id) is not str:
            constraint_id = decode.expect(constraint_id, str, "constraintId")

        version = d.pop("version", decode.MISSING)
        if type(version) is not int:
            version = decode.expect(version, int, "version")

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

        created_at = decode.date_time(d.pop("createdAt", UNSET), "createdAt")

        constraint_version = cls.__new__(cls)
        constraint_version.constraint_id = constraint_id
        constraint_version.version = version
        constraint_version.description = description
        constraint_version.function = function
        constraint_version.options = options
        constraint_version.label = label
        constraint_version.created_at = created_at

        constraint_version.additional_properties = d if d else {}
        return constraint_version

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
