from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="UsersUpdateBody")


@_attrs_define
class UsersUpdateBody:
    """
    Attributes:
        name (str | Unset):  Example: John Smith.
        dashboard (int | Unset): Dashboard variant.
    """

    name: str | Unset = UNSET
    dashboard: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        dashboard = self.dashboard

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if dashboard is not UNSET:
            field_dict["dashboard"] = dashboard

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = decode.expect(name, str, "name")

        dashboard = d.pop("dashboard", UNSET)
        if type(dashboard) is not int and dashboard is not UNSET:
            dashboard = decode.expect(dashboard, int, "dashboard")

        users_update_body = cls.__new__(cls)
        users_update_body.name = name
        users_update_body.dashboard = dashboard

        users_update_body.additional_properties = d if d else {}
        return users_update_body

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
