from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="Links")


@_attrs_define
class Links:
    """Paging links.

    Attributes:
        next_ (None | str): Path of the next page, or null on the last page. Example:
            /v4/accounts?after=g3QAAAACZAACaWRt&page_size=25.
    """

    next_: None | str

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

        def _parse_next_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_ = _parse_next_(d.pop("next"))

        links = cls(
            next_=next_,
        )

        return links
