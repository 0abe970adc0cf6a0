from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="Pagination")


@_attrs_define
class Pagination:
    """
    Attributes:
        current_page (int | Unset):
        page_count (int | Unset):
        total_count (int | Unset):
    """

    current_page: int | Unset = UNSET
    page_count: int | Unset = UNSET
    total_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        current_page = self.current_page

        page_count = self.page_count

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if current_page is not UNSET:
            field_dict["currentPage"] = current_page
        if page_count is not UNSET:
            field_dict["pageCount"] = page_count
        if total_count is not UNSET:
            field_dict["totalCount"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        current_page = d.pop("currentPage", UNSET)
        if type(current_page) is not int and current_page is not UNSET:
            current_page = decode.expect(current_page, int, "currentPage")

        page_count = d.pop("pageCount", UNSET)
        if type(page_count) is not int and page_count is not UNSET:
            page_count = decode.expect(page_count, int, "pageCount")

        total_count = d.pop("totalCount", UNSET)
        if type(total_count) is not int and total_count is not UNSET:
            total_count = decode.expect(total_count, int, "totalCount")

        pagination = cls.__new__(cls)
        pagination.current_page = current_page
        pagination.page_count = page_count
        pagination.total_count = total_count

        pagination.additional_properties = d if d else {}
        return pagination

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
