from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr

T = TypeVar("T", bound="Pagination")


@_attrs_define
class Pagination:
    """Page-number pagination details for list responses.

    Attributes:
        current_page (int): Page returned, counting from 1. Example: 1.
        page_count (int): Total number of pages. Example: 3.
        total_count (int): Total number of items across all pages. Example: 42.
    """

    current_page: int
    page_count: int
    total_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        current_page = self.current_page

        page_count = self.page_count

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currentPage": current_page,
                "pageCount": page_count,
                "totalCount": total_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        current_page = d.pop("currentPage", decode.MISSING)
        if type(current_page) is not int:
            current_page = decode.expect(current_page, int, "currentPage")

        page_count = d.pop("pageCount", decode.MISSING)
        if type(page_count) is not int:
            page_count = decode.expect(page_count, int, "pageCount")

        total_count = d.pop("totalCount", decode.MISSING)
        if type(total_count) is not int:
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
