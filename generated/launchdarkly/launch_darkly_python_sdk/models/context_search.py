from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._types import plain_names
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContextSearch")


@plain_names({"filter": "filter_"})
@_attrs_define
class ContextSearch:
    """Criteria for searching contexts.

    Attributes:
        filter_ (str | Unset): Filter expression. Example: kind anyOf ["user"].
        sort (str | Unset):  Example: -ts.
        limit (int | Unset):  Example: 10.
        continuation_token (str | Unset):  Example: QAGFKH1313KUGI2351.
    """

    filter_: str | Unset = UNSET
    sort: str | Unset = UNSET
    limit: int | Unset = UNSET
    continuation_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        filter_ = self.filter_

        sort = self.sort

        limit = self.limit

        continuation_token = self.continuation_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if sort is not UNSET:
            field_dict["sort"] = sort
        if limit is not UNSET:
            field_dict["limit"] = limit
        if continuation_token is not UNSET:
            field_dict["continuationToken"] = continuation_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        filter_ = d.pop("filter", UNSET)
        if type(filter_) is not str and filter_ is not UNSET:
            filter_ = decode.expect(filter_, str, "filter")

        sort = d.pop("sort", UNSET)
        if type(sort) is not str and sort is not UNSET:
            sort = decode.expect(sort, str, "sort")

        limit = d.pop("limit", UNSET)
        if type(limit) is not int and limit is not UNSET:
            limit = decode.expect(limit, int, "limit")

        continuation_token = d.pop("continuationToken", UNSET)
        if type(continuation_token) is not str and continuation_token is not UNSET:
            continuation_token = decode.expect(continuation_token, str, "continuationToken")

        context_search = cls.__new__(cls)
        context_search.filter_ = filter_
        context_search.sort = sort
        context_search.limit = limit
        context_search.continuation_token = continuation_token

        context_search.additional_properties = d if d else {}
        return context_search

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
