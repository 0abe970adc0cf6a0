from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._types import plain_names
from ..models.book_format import BookFormat, check_book_format
from ..types import UNSET, Unset

T = TypeVar("T", bound="Book")


@plain_names({"format": "format_"})
@_attrs_define
class Book:
    """
    Attributes:
        title (str):  Example: The Dispossessed.
        author (str):  Example: Ursula K. Le Guin.
        id (str):  Example: bk_1.
        year (int | Unset):  Example: 1974.
        format_ (BookFormat | str | Unset):
    """

    title: str
    author: str
    id: str
    year: int | Unset = UNSET
    format_: BookFormat | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        author = self.author

        id = self.id

        year = self.year

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "author": author,
                "id": id,
            }
        )
        if year is not UNSET:
            field_dict["year"] = year
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", decode.MISSING)
        if type(title) is not str:
            title = decode.expect(title, str, "title")

        author = d.pop("author", decode.MISSING)
        if type(author) is not str:
            author = decode.expect(author, str, "author")

        id = d.pop("id", decode.MISSING)
        if type(id) is not str:
            id = decode.expect(id, str, "id")

        year = d.pop("year", UNSET)
        if type(year) is not int and year is not UNSET:
            year = decode.expect(year, int, "year")

        format_ = check_book_format(d.pop("format", UNSET), "format")

        book = cls.__new__(cls)
        book.title = title
        book.author = author
        book.id = id
        book.year = year
        book.format_ = format_

        book.additional_properties = d if d else {}
        return book

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
