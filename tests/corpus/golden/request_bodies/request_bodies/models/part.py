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
    from ..models.page_range import PageRange


T = TypeVar("T", bound="Part")


@_attrs_define
class Part:
    """
    Attributes:
        pages (PageRange):
        paper_stock (str | Unset):
        extra_ranges (list[PageRange] | Unset):
    """

    pages: PageRange
    paper_stock: str | Unset = UNSET
    extra_ranges: list[PageRange] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        pages = jsonable(self.pages)

        paper_stock = self.paper_stock

        extra_ranges: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.extra_ranges, Unset):
            extra_ranges = []
            for extra_ranges_item_data in self.extra_ranges:
                extra_ranges_item = jsonable(extra_ranges_item_data)
                extra_ranges.append(extra_ranges_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pages": pages,
            }
        )
        if paper_stock is not UNSET:
            field_dict["paperStock"] = paper_stock
        if extra_ranges is not UNSET:
            field_dict["extraRanges"] = extra_ranges

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pages = decode.model(_models.PageRange.from_dict, d.pop("pages", decode.MISSING), "pages")

        paper_stock = d.pop("paperStock", UNSET)
        if type(paper_stock) is not str and paper_stock is not UNSET:
            paper_stock = decode.expect(paper_stock, str, "paperStock")

        extra_ranges = d.pop("extraRanges", UNSET)
        if extra_ranges is not UNSET:
            extra_ranges = decode.model_array(_models.PageRange.from_dict, extra_ranges, "extraRanges")

        part = cls.__new__(cls)
        part.pages = pages
        part.paper_stock = paper_stock
        part.extra_ranges = extra_ranges

        part.additional_properties = d if d else {}
        return part

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
