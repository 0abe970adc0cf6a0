from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
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
        d = dict(src_dict)
        data = d.pop("data", UNSET)
        if type(data) is not str and data is not UNSET:
            data = decode.expect(data, str, "data")

        big = d.pop("big", UNSET)
        if type(big) is not int and big is not UNSET:
            big = decode.expect(big, int, "big")

        tuple_ = d.pop("tuple", UNSET)
        if tuple_ is not UNSET:

            def _parse_tuple_item(data: object) -> int | str:
                if type(data) is str:
                    return data
                try:
                    with decode.strictly():
                        tuple_item_type_0 = data
                        if type(tuple_item_type_0) is not str:
                            tuple_item_type_0 = decode.expect(tuple_item_type_0, str)

                    return tuple_item_type_0
                except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                    pass

                if type(data) is int:
                    return data
                try:
                    with decode.strictly():
                        tuple_item_type_1 = data
                        if type(tuple_item_type_1) is not int:
                            tuple_item_type_1 = decode.expect(tuple_item_type_1, int)

                    return tuple_item_type_1
                except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                    pass

                return cast("int | str", decode.mismatch("one of int | str", data))

            tuple_ = decode.items(_parse_tuple_item, tuple_, "tuple")

        free = d.pop("free", UNSET)

        closed = d.pop("closed", UNSET)
        if closed is not UNSET:
            closed = decode.model(_models.BlobsPutBodyClosed.from_dict, closed, "closed")

        choice = d.pop("choice", UNSET)

        blobs_put_body = cls.__new__(cls)
        blobs_put_body.data = data
        blobs_put_body.big = big
        blobs_put_body.tuple_ = tuple_
        blobs_put_body.free = free
        blobs_put_body.closed = closed
        blobs_put_body.choice = choice

        blobs_put_body.additional_properties = d if d else {}
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
