from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._types import plain_names
from ..models.filter_ import Filter, check_filter
from ..models.sort_direction import SortDirection, check_sort_direction
from ..types import UNSET, Unset

T = TypeVar("T", bound="ViewConfig")


@plain_names({"filter": "filter_"})
@_attrs_define
class ViewConfig:
    """Saved filter and sort settings.

    Attributes:
        filter_ (Filter | str | Unset): Restricts records by validation state. Example: valid.
        filter_field (str | Unset):  Example: email.
        q (str | Unset):  Example: firstname like %John%.
        sort_field (str | Unset):  Example: email.
        sort_direction (SortDirection | str | Unset): Ordering of sorted results. Example: asc.
        search_value (str | Unset):
        search_field (str | Unset):
    """

    filter_: Filter | str | Unset = UNSET
    filter_field: str | Unset = UNSET
    q: str | Unset = UNSET
    sort_field: str | Unset = UNSET
    sort_direction: SortDirection | str | Unset = UNSET
    search_value: str | Unset = UNSET
    search_field: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        filter_: str | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_

        filter_field = self.filter_field

        q = self.q

        sort_field = self.sort_field

        sort_direction: str | Unset = UNSET
        if not isinstance(self.sort_direction, Unset):
            sort_direction = self.sort_direction

        search_value = self.search_value

        search_field = self.search_field

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if filter_field is not UNSET:
            field_dict["filterField"] = filter_field
        if q is not UNSET:
            field_dict["q"] = q
        if sort_field is not UNSET:
            field_dict["sortField"] = sort_field
        if sort_direction is not UNSET:
            field_dict["sortDirection"] = sort_direction
        if search_value is not UNSET:
            field_dict["searchValue"] = search_value
        if search_field is not UNSET:
            field_dict["searchField"] = search_field

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        filter_ = check_filter(d.pop("filter", UNSET), "filter")

        filter_field = d.pop("filterField", UNSET)
        if type(filter_field) is not str and filter_field is not UNSET:
            filter_field = decode.expect(filter_field, str, "filterField")

        q = d.pop("q", UNSET)
        if type(q) is not str and q is not UNSET:
            q = decode.expect(q, str, "q")

        sort_field = d.pop("sortField", UNSET)
        if type(sort_field) is not str and sort_field is not UNSET:
            sort_field = decode.expect(sort_field, str, "sortField")

        sort_direction = check_sort_direction(d.pop("sortDirection", UNSET), "sortDirection")

        search_value = d.pop("searchValue", UNSET)
        if type(search_value) is not str and search_value is not UNSET:
            search_value = decode.expect(search_value, str, "searchValue")

        search_field = d.pop("searchField", UNSET)
        if type(search_field) is not str and search_field is not UNSET:
            search_field = decode.expect(search_field, str, "searchField")

        view_config = cls.__new__(cls)
        view_config.filter_ = filter_
        view_config.filter_field = filter_field
        view_config.q = q
        view_config.sort_field = sort_field
        view_config.sort_direction = sort_direction
        view_config.search_value = search_value
        view_config.search_field = search_field

        view_config.additional_properties = d if d else {}
        return view_config

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
