from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._types import plain_names
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..types import UNSET, Unset

T = TypeVar("T", bound="EnhancementCassNcoaColumnsCreateRequest")


@plain_names({"zip": "zip_"})
@_attrs_define(slots=False)
class EnhancementCassNcoaColumnsCreateRequest(ResponseMetadata):
    """
    Attributes:
        address1 (str | Unset):
        address2 (str | Unset):
        city (str | Unset):
        state (str | Unset):
        zip_ (str | Unset):
        name (str | Unset):
        company (str | Unset):
    """

    address1: str | Unset = UNSET
    address2: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    zip_: str | Unset = UNSET
    name: str | Unset = UNSET
    company: str | Unset = UNSET
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
        if address1 is not UNSET:
            field_dict["address1"] = address1
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if name is not UNSET:
            field_dict["name"] = name
        if company is not UNSET:
            field_dict["company"] = company

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address1 = d.pop("address1", UNSET)
        if type(address1) is not str and address1 is not UNSET:
            address1 = decode.expect(address1, str, "address1")

        address2 = d.pop("address2", UNSET)
        if type(address2) is not str and address2 is not UNSET:
            address2 = decode.expect(address2, str, "address2")

        city = d.pop("city", UNSET)
        if type(city) is not str and city is not UNSET:
            city = decode.expect(city, str, "city")

        state = d.pop("state", UNSET)
        if type(state) is not str and state is not UNSET:
            state = decode.expect(state, str, "state")

        zip_ = d.pop("zip", UNSET)
        if type(zip_) is not str and zip_ is not UNSET:
            zip_ = decode.expect(zip_, str, "zip")

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = decode.expect(name, str, "name")

        company = d.pop("company", UNSET)
        if type(company) is not str and company is not UNSET:
            company = decode.expect(company, str, "company")

        enhancement_cass_ncoa_columns_create_request = cls.__new__(cls)
        enhancement_cass_ncoa_columns_create_request.address1 = address1
        enhancement_cass_ncoa_columns_create_request.address2 = address2
        enhancement_cass_ncoa_columns_create_request.city = city
        enhancement_cass_ncoa_columns_create_request.state = state
        enhancement_cass_ncoa_columns_create_request.zip_ = zip_
        enhancement_cass_ncoa_columns_create_request.name = name
        enhancement_cass_ncoa_columns_create_request.company = company

        enhancement_cass_ncoa_columns_create_request.additional_properties = d if d else {}
        return enhancement_cass_ncoa_columns_create_request

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
