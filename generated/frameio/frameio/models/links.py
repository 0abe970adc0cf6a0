from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

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

        def _parse_next_(data: object) -> None | str:
            if data is None:
                return data
            if type(data) is str:
                return data
            try:
                with decode.strictly():
                    next_type_0 = data
                    if type(next_type_0) is not str:
                        next_type_0 = decode.expect(next_type_0, str)

                return next_type_0
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            return cast("None | str", decode.mismatch("one of None | str", data, "next"))

        next_ = _parse_next_(d.pop("next", decode.MISSING))

        links = cls.__new__(cls)
        links.next_ = next_

        return links
