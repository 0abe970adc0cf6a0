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

if TYPE_CHECKING:
    from ..models.job_schedule import JobSchedule


T = TypeVar("T", bound="ModelingPredictionView")


@_attrs_define(slots=False)
class ModelingPredictionView(ResponseMetadata):
    """
    Attributes:
        id (int):
        table_name (str):
        primary_key (list[str]):
        limiting_sql (str):
        output_table (str):
        schedule (JobSchedule): When a job runs by itself.
        state (str):
    """

    id: int
    table_name: str
    primary_key: list[str]
    limiting_sql: str
    output_table: str
    schedule: JobSchedule
    state: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        table_name = self.table_name

        primary_key = self.primary_key

        limiting_sql = self.limiting_sql

        output_table = self.output_table

        schedule = jsonable(self.schedule)

        state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "tableName": table_name,
                "primaryKey": primary_key,
                "limitingSQL": limiting_sql,
                "outputTable": output_table,
                "schedule": schedule,
                "state": state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", decode.MISSING)
        if type(id) is not int:
            id = decode.expect(id, int, "id")

        table_name = d.pop("tableName", decode.MISSING)
        if type(table_name) is not str:
            table_name = decode.expect(table_name, str, "tableName")

        primary_key = decode.scalar_array(d.pop("primaryKey", decode.MISSING), str, "primaryKey")

        limiting_sql = d.pop("limitingSQL", decode.MISSING)
        if type(limiting_sql) is not str:
            limiting_sql = decode.expect(limiting_sql, str, "limitingSQL")

        output_table = d.pop("outputTable", decode.MISSING)
        if type(output_table) is not str:
            output_table = decode.expect(output_table, str, "outputTable")

        schedule = decode.model(_models.JobSchedule.from_dict, d.pop("schedule", decode.MISSING), "schedule")

        state = d.pop("state", decode.MISSING)
        if type(state) is not str:
            state = decode.expect(state, str, "state")

        modeling_prediction_view = cls.__new__(cls)
        modeling_prediction_view.id = id
        modeling_prediction_view.table_name = table_name
        modeling_prediction_view.primary_key = primary_key
        modeling_prediction_view.limiting_sql = limiting_sql
        modeling_prediction_view.output_table = output_table
        modeling_prediction_view.schedule = schedule
        modeling_prediction_view.state = state

        modeling_prediction_view.additional_properties = d if d else {}
        return modeling_prediction_view

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
