from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchPredictionsIdBody")


@_attrs_define(slots=False)
class PatchPredictionsIdBody(ResponseMetadata):
    """
    Attributes:
        output_table_name (str | Unset):
        limiting_sql (str | Unset):
        primary_key (list[Any] | Unset):
    """

    output_table_name: str | Unset = UNSET
    limiting_sql: str | Unset = UNSET
    primary_key: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        output_table_name = self.output_table_name

        limiting_sql = self.limiting_sql

        primary_key: list[Any] | Unset = UNSET
        if not isinstance(self.primary_key, Unset):
            primary_key = self.primary_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if output_table_name is not UNSET:
            field_dict["outputTableName"] = output_table_name
        if limiting_sql is not UNSET:
            field_dict["limitingSql"] = limiting_sql
        if primary_key is not UNSET:
            field_dict["primaryKey"] = primary_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        output_table_name = d.pop("outputTableName", UNSET)
        if type(output_table_name) is not str and output_table_name is not UNSET:
            output_table_name = decode.expect(output_table_name, str, "outputTableName")

        limiting_sql = d.pop("limitingSql", UNSET)
        if type(limiting_sql) is not str and limiting_sql is not UNSET:
            limiting_sql = decode.expect(limiting_sql, str, "limitingSql")

        _primary_key_array = d.pop("primaryKey", UNSET)
        primary_key: list[Any] | Unset
        if isinstance(_primary_key_array, list):
            primary_key = _primary_key_array  # untyped items: kept as they are
        else:
            primary_key = decode.mismatch("an array", _primary_key_array, "primaryKey")

        patch_predictions_id_body = cls.__new__(cls)
        patch_predictions_id_body.output_table_name = output_table_name
        patch_predictions_id_body.limiting_sql = limiting_sql
        patch_predictions_id_body.primary_key = primary_key

        patch_predictions_id_body.additional_properties = d if d else {}
        return patch_predictions_id_body

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
