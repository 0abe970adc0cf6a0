from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from .._core._types import plain_names
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.link import Link


T = TypeVar("T", bound="CollectionLinks")


@plain_names({"next": "next_"})
@_attrs_define
class CollectionLinks:
    """Navigation links for a page of results.

    Attributes:
        self_ (Link | Unset): A hypermedia reference.
        next_ (Link | Unset): A hypermedia reference.
        prev (Link | Unset): A hypermedia reference.
        first (Link | Unset): A hypermedia reference.
        last (Link | Unset): A hypermedia reference.
    """

    self_: Link | Unset = UNSET
    next_: Link | Unset = UNSET
    prev: Link | Unset = UNSET
    first: Link | Unset = UNSET
    last: Link | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        self_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.self_, Unset):
            self_ = jsonable(self.self_)

        next_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.next_, Unset):
            next_ = jsonable(self.next_)

        prev: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prev, Unset):
            prev = jsonable(self.prev)

        first: dict[str, Any] | Unset = UNSET
        if not isinstance(self.first, Unset):
            first = jsonable(self.first)

        last: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last, Unset):
            last = jsonable(self.last)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self_ is not UNSET:
            field_dict["self"] = self_
        if next_ is not UNSET:
            field_dict["next"] = next_
        if prev is not UNSET:
            field_dict["prev"] = prev
        if first is not UNSET:
            field_dict["first"] = first
        if last is not UNSET:
            field_dict["last"] = last

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        self_ = d.pop("self", UNSET)
        if self_ is not UNSET:
            self_ = decode.model(_models.Link.from_dict, self_, "self")

        next_ = d.pop("next", UNSET)
        if next_ is not UNSET:
            next_ = decode.model(_models.Link.from_dict, next_, "next")

        prev = d.pop("prev", UNSET)
        if prev is not UNSET:
            prev = decode.model(_models.Link.from_dict, prev, "prev")

        first = d.pop("first", UNSET)
        if first is not UNSET:
            first = decode.model(_models.Link.from_dict, first, "first")

        last = d.pop("last", UNSET)
        if last is not UNSET:
            last = decode.model(_models.Link.from_dict, last, "last")

        collection_links = cls.__new__(cls)
        collection_links.self_ = self_
        collection_links.next_ = next_
        collection_links.prev = prev
        collection_links.first = first
        collection_links.last = last

        collection_links.additional_properties = d if d else {}
        return collection_links

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
