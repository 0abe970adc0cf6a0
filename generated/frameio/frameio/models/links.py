from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._types import plain_names

T = TypeVar("T", bound="Links")


@plain_names({"next": "next_"})
@_attrs_define
class Links:
    """Paging links.

    Attributes:
        next_ (None | str): Path of the next page, or null on the last page. Example:
            /v4/accounts?after=g3QAAAACZAACaWRt&page_size=25.
    """

    next_: None | str

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        next_: None | str
        next_ = self.next_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "next": next_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        next_ = d.pop("next", decode.MISSING)
        if next_ is not None and type(next_) is not str:
            next_ = decode.expect(next_, str, "next", "one of None | str")

        links = cls.__new__(cls)
        links.next_ = next_

        return links
