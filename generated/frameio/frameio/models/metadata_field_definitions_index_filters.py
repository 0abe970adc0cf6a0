from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="MetadataFieldDefinitionsIndexFilters")


@_attrs_define
class MetadataFieldDefinitionsIndexFilters:
    """
    Attributes:
        exclude_immutable (bool | Unset):
        exclude_inactive (bool | Unset):
    """

    exclude_immutable: bool | Unset = UNSET
    exclude_inactive: bool | Unset = UNSET

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        exclude_immutable = self.exclude_immutable

        exclude_inactive = self.exclude_inactive

        field_dict: dict[str, Any] = {}

        if exclude_immutable is not UNSET:
            field_dict["exclude_immutable"] = exclude_immutable
        if exclude_inactive is not UNSET:
            field_dict["exclude_inactive"] = exclude_inactive

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        exclude_immutable = d.pop("exclude_immutable", UNSET)
        if type(exclude_immutable) is not bool and exclude_immutable is not UNSET:
            exclude_immutable = decode.expect(exclude_immutable, bool, "exclude_immutable")

        exclude_inactive = d.pop("exclude_inactive", UNSET)
        if type(exclude_inactive) is not bool and exclude_inactive is not UNSET:
            exclude_inactive = decode.expect(exclude_inactive, bool, "exclude_inactive")

        metadata_field_definitions_index_filters = cls.__new__(cls)
        metadata_field_definitions_index_filters.exclude_immutable = exclude_immutable
        metadata_field_definitions_index_filters.exclude_inactive = exclude_inactive

        return metadata_field_definitions_index_filters
