from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._types import plain_names
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

T = TypeVar("T", bound="EnhancementCassNcoaColumns")


@plain_names({"zip": "zip_"})
@_attrs_define(slots=False)
class EnhancementCassNcoaColumns(ResponseMetadata):
    """
    Attributes:
        address1 (str):
        address2 (str):
        city (str):
        state (str):
        zip_ (str):
        name (str):
        company (str):
    """

    address1: str
    address2: str
    city: str
    state: str
    zip_: str
    name: str
    company: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        address1 = self.address1

        address2 = self.address2

        city = self.city

        state = self.state

        zip_ = self.zip_

        name = self.name

        company = self.company

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address1": address1,
                "address2": address2,
                "city": city,
                "state": state,
                "zip": zip_,
                "name": name,
                "company": company,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address1 = d.pop("address1", decode.MISSING)
        if type(address1) is not str:
            address1 = decode.expect(address1, str, "address1")

        address2 = d.pop("address2", decode.MISSING)
        if type(address2) is not str:
            address2 = decode.expect(address2, str, "address2")

        city = d.pop("city", decode.MISSING)
        if type(city) is not str:
            city = decode.expect(city, str, "city")

        state = d.pop("state", decode.MISSING)
        if type(state) is not str:
            state = decode.expect(state, str, "state")

        zip_ = d.pop("zip", decode.MISSING)
        if type(zip_) is not str:
            zip_ = decode.expect(zip_, str, "zip")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        company = d.pop("company", decode.MISSING)
        if type(company) is not str:
            company = decode.expect(company, str, "company")

        enhancement_cass_ncoa_columns = cls.__new__(cls)
        enhancement_cass_ncoa_columns.address1 = address1
        enhancement_cass_ncoa_columns.address2 = address2
        enhancement_cass_ncoa_columns.city = city
        enhancement_cass_ncoa_columns.state = state
        enhancement_cass_ncoa_columns.zip_ = zip_
        enhancement_cass_ncoa_columns.name = name
        enhancement_cass_ncoa_columns.company = company

        enhancement_cass_ncoa_columns.additional_properties = d if d else {}
        return enhancement_cass_ncoa_columns

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
