from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from .._core._types import plain_names
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.blobs_put_body_closed import BlobsPutBodyClosed


T = TypeVar("T", bound="BlobsPutBody")


@plain_names({"tuple": "tuple_"})
@_attrs_define
class BlobsPutBody:
    """
    Attributes:
        data (str | Unset):
        big (int | Unset):  Default: 99999999999999999999.
        tuple_ (list[int | str] | Unset):
        free (Any | Unset):
        closed (BlobsPutBodyClosed | Unset):
        choice (Any | Unset):
    """

    data: str | Unset = UNSET
    big: int | Unset = 99999999999999999999
    tuple_: list[int | str] | Unset = UNSET
    free: Any | Unset = UNSET
    closed: BlobsPutBodyClosed | Unset = UNSET
    choice: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        data = self.data

        big = self.big

        tuple_: list[int | str] | Unset = UNSET
        if not isinstance(self.tuple_, Unset):
            tuple_ = []
            for tuple_item_data in self.tuple_:
                tuple_item: int | str
                tuple_item = tuple_item_data
                tuple_.append(tuple_item)

        free = self.free

        closed: dict[str, Any] | Unset = UNSET
        if not isinstance(self.closed, Unset):
            closed = jsonable(self.closed)

        choice = self.choice

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if data is not UNSET:
            field_dict["data"] = data
        if big is not UNSET:
            field_dict["big"] = big
        if tuple_ is not UNSET:
            field_dict["tuple"] = tuple_
        if free is not UNSET:
            field_dict["free"] = free
        if closed is not UNSET:
            field_dict["closed"] = closed
        if choice is not UNSET:
            field_dict["choice"] = choice

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.blobs_put_body_closed import BlobsPutBodyClosed  # noqa: PLC0415

        d = dict(src_dict)
        data = decode.expect(d.pop("data", UNSET), str, "data")

        big = decode.expect(d.pop("big", UNSET), int, "big")

        _tuple_ = d.pop("tuple", UNSET)
        tuple_: list[int | str] | Unset
        if isinstance(_tuple_, list):
            tuple_ = []
            for tuple__index, tuple_item_data in enumerate(_tuple_):
                with decode.at("tuple", tuple__index):

                    def _parse_tuple_item(data: object) -> int | str:
                        try:
                            with decode.strictly():
                                tuple_item_type_0 = decode.expect(data, str)

                            return tuple_item_type_0
                        except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            with decode.strictly():
                                tuple_item_type_1 = decode.expect(data, int)

                            return tuple_item_type_1
                        except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(int | str, decode.mismatch("one of int | str", data))

                    tuple_item = _parse_tuple_item(tuple_item_data)

                tuple_.append(tuple_item)
        else:
            tuple_ = decode.mismatch("an array", _tuple_, "tuple")

        free = d.pop("free", UNSET)

        closed = decode.model(BlobsPutBodyClosed.from_dict, d.pop("closed", UNSET), "closed")

        choice = d.pop("choice", UNSET)

        blobs_put_body = cls(
            data=data,
            big=big,
            tuple_=tuple_,
            free=free,
            closed=closed,
            choice=choice,
        )

        blobs_put_body.additional_properties = d
        return blobs_put_body

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
