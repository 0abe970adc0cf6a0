from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="BlobsPutBodyClosed")


@_attrs_define
class BlobsPutBodyClosed:
    """
    Attributes:
        x (float | Unset):
    """

    x: float | Unset = UNSET

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        x = self.x

        field_dict: dict[str, Any] = {}

        if x is not UNSET:
            field_dict["x"] = x

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        x = d.pop("x", UNSET)
        if type(x) is not float and x is not UNSET:
            x = decode.expect(x, float, "x")

        blobs_put_body_closed = cls.__new__(cls)
        blobs_put_body_closed.x = x

        return blobs_put_body_closed
