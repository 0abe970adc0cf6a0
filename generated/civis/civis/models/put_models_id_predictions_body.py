from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.put_models_id_predictions_body_schedule import PutModelsIdPredictionsBodySchedule


T = TypeVar("T", bound="PutModelsIdPredictionsBody")


@_attrs_define(slots=False)
class PutModelsIdPredictionsBody(ResponseMetadata):
    """
    Attributes:
        table_name (str):
        primary_key (list[Any]):
        limiting_sql (str | Unset):
        output_table (str | Unset):
        schedule (PutModelsIdPredictionsBodySchedule | Unset):
    """

    table_name: str
    primary_key: list[Any]
    limiting_sql: str | Unset = UNSET
    output_table: str | Unset = UNSET
    schedule: PutModelsIdPredictionsBodySchedule | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        table_name = self.table_name

        primary_key = self.primary_key

        limiting_sql = self.limiting_sql

        output_table = self.output_table

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = jsonable(self.schedule)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tableName": table_name,
                "primaryKey": primary_key,
            }
        )
        if limiting_sql is not UNSET:
            field_dict["limitingSql"] = limiting_sql
        if output_table is not UNSET:
            field_dict["outputTable"] = output_table
        if schedule is not UNSET:
            field_dict["schedule"] = schedule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        table_name = d.pop("tableName", decode.MISSING)
        if type(table_name) is not str:
            table_name = decode.expect(table_name, str, "tableName")

        _primary_key_array = d.pop("primaryKey", decode.MISSING)
        primary_key: list[Any]
        if isinstance(_primary_key_array, list):
            primary_key = _primary_key_array  # untyped items: kept as they are
        else:
            primary_key = decode.mismatch("an array", _primary_key_array, "primaryKey")

        limiting_sql = d.pop("limitingSql", UNSET)
        if type(limiting_sql) is not str and limiting_sql is not UNSET:
            limiting_sql = decode.expect(limiting_sql, str, "limitingSql")

        output_table = d.pop("outputTable", UNSET)
        if type(output_table) is not str and output_table is not UNSET:
            output_table = decode.expect(output_table, str, "outputTable")

        schedule = d.pop("schedule", UNSET)
        if schedule is not UNSET:
            schedule = decode.model(_models.PutModelsIdPredictionsBodySchedule.from_dict, schedule, "schedule")

        put_models_id_predictions_body = cls.__new__(cls)
        put_models_id_predictions_body.table_name = table_name
        put_models_id_predictions_body.primary_key = primary_key
        put_models_id_predictions_body.limiting_sql = limiting_sql
        put_models_id_predictions_body.output_table = output_table
        put_models_id_predictions_body.schedule = schedule

        put_models_id_predictions_body.additional_properties = d if d else {}
        return put_models_id_predictions_body

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
