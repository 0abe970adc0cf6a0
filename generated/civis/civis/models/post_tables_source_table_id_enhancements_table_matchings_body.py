from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostTablesSourceTableIdEnhancementsTableMatchingsBody")


@_attrs_define(slots=False)
class PostTablesSourceTableIdEnhancementsTableMatchingsBody(ResponseMetadata):
    """
    Attributes:
        threshold (str):
        match_table_id (int):
        max_matches (int | Unset):
    """

    threshold: str
    match_table_id: int
    max_matches: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        threshold = self.threshold

        match_table_id = self.match_table_id

        max_matches = self.max_matches

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "threshold": threshold,
                "matchTableId": match_table_id,
            }
        )
        if max_matches is not UNSET:
            field_dict["maxMatches"] = max_matches

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        threshold = d.pop("threshold", decode.MISSING)
        if type(threshold) is not str:
            threshold = decode.expect(threshold, str, "threshold")

        match_table_id = d.pop("matchTableId", decode.MISSING)
        if type(match_table_id) is not int:
            match_table_id = decode.expect(match_table_id, int, "matchTableId")

        max_matches = d.pop("maxMatches", UNSET)
        if type(max_matches) is not int and max_matches is not UNSET:
            max_matches = decode.expect(max_matches, int, "maxMatches")

        post_tables_source_table_id_enhancements_table_matchings_body = cls.__new__(cls)
        post_tables_source_table_id_enhancements_table_matchings_body.threshold = threshold
        post_tables_source_table_id_enhancements_table_matchings_body.match_table_id = match_table_id
        post_tables_source_table_id_enhancements_table_matchings_body.max_matches = max_matches

        post_tables_source_table_id_enhancements_table_matchings_body.additional_properties = d if d else {}
        return post_tables_source_table_id_enhancements_table_matchings_body

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return field_item(self, key, self.additional_properties)

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return has_field_item(self, key, self.additional_properties)
