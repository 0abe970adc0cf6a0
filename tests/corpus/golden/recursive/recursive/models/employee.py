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
    from ..models.department import Department


T = TypeVar("T", bound="Employee")


@_attrs_define
class Employee:
    """
    Attributes:
        name (str | Unset):
        department (Department | Unset):
        reports (list[Employee] | Unset):
    """

    name: str | Unset = UNSET
    department: Department | Unset = UNSET
    reports: list[Employee] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        department: dict[str, Any] | Unset = UNSET
        if not isinstance(self.department, Unset):
            department = jsonable(self.department)

        reports: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reports, Unset):
            reports = []
            for reports_item_data in self.reports:
                reports_item = jsonable(reports_item_data)
                reports.append(reports_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if department is not UNSET:
            field_dict["department"] = department
        if reports is not UNSET:
            field_dict["reports"] = reports

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = decode.expect(name, str, "name")

        department = d.pop("department", UNSET)
        if department is not UNSET:
            department = decode.model(_models.Department.from_dict, department, "department")

        reports = d.pop("reports", UNSET)
        if reports is not UNSET:
            reports = decode.model_array(_models.Employee.from_dict, reports, "reports")

        employee = cls.__new__(cls)
        employee.name = name
        employee.department = department
        employee.reports = reports

        employee.additional_properties = d if d else {}
        return employee

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
