from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..models.pets_update_with_form_body_status import (
    PetsUpdateWithFormBodyStatus,
    check_pets_update_with_form_body_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PetsUpdateWithFormBody")


@_attrs_define
class PetsUpdateWithFormBody:
    """
    Attributes:
        name (str | Unset):
        status (PetsUpdateWithFormBodyStatus | str | Unset):
    """

    name: str | Unset = UNSET
    status: PetsUpdateWithFormBodyStatus | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = decode.expect(name, str, "name")

        status = check_pets_update_with_form_body_status(d.pop("status", UNSET), "status")

        pets_update_with_form_body = cls.__new__(cls)
        pets_update_with_form_body.name = name
        pets_update_with_form_body.status = status

        pets_update_with_form_body.additional_properties = d if d else {}
        return pets_update_with_form_body

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
