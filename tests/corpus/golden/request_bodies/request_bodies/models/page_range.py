from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr

T = TypeVar("T", bound="PageRange")


@_attrs_define
class PageRange:
    """
    Attributes:
        first_page (int):
        last_page (int):
    """

    first_page: int
    last_page: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        first_page = self.first_page

        last_page = self.last_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "firstPage": first_page,
                "lastPage": last_page,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        first_page = d.pop("firstPage", decode.MISSING)
        if type(first_page) is not int:
            first_page = decode.expect(first_page, int, "firstPage")

        last_page = d.pop("lastPage", decode.MISSING)
        if type(last_page) is not int:
            last_page = decode.expect(last_page, int, "lastPage")

        page_range = cls.__new__(cls)
        page_range.first_page = first_page
        page_range.last_page = last_page

        page_range.additional_properties = d if d else {}
        return page_range

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
