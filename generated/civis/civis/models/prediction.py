from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable, rfc3339
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

if TYPE_CHECKING:
    from ..models.job_run import JobRun
    from ..models.job_schedule import JobSchedule


T = TypeVar("T", bound="Prediction")


@_attrs_define(slots=False)
class Prediction(ResponseMetadata):
    """Scoring a table with a model.

    Attributes:
        id (int):
        model_id (int):
        scored_table_id (int):
        scored_table_name (str):
        output_table_name (str):
        state (str):
        error (None | str):
        started_at (datetime.datetime | None):
        finished_at (datetime.datetime | None):
        last_run (JobRun): One execution of a job.
        schedule (JobSchedule): When a job runs by itself.
        limiting_sql (None | str):
        primary_key (list[str]):
    """

    id: int
    model_id: int
    scored_table_id: int
    scored_table_name: str
    output_table_name: str
    state: str
    error: None | str
    started_at: datetime.datetime | None
    finished_at: datetime.datetime | None
    last_run: JobRun
    schedule: JobSchedule
    limiting_sql: None | str
    primary_key: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        model_id = self.model_id

        scored_table_id = self.scored_table_id

        scored_table_name = self.scored_table_name

        output_table_name = self.output_table_name

        state = self.state

        error: None | str
        error = self.error

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = rfc3339(self.started_at)
        else:
            started_at = self.started_at

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = rfc3339(self.finished_at)
        else:
            finished_at = self.finished_at

        last_run = jsonable(self.last_run)

        schedule = jsonable(self.schedule)

        limiting_sql: None | str
        limiting_sql = self.limiting_sql

        primary_key = self.primary_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "modelId": model_id,
                "scoredTableId": scored_table_id,
                "scoredTableName": scored_table_name,
                "outputTableName": output_table_name,
                "state": state,
                "error": error,
                "startedAt": started_at,
                "finishedAt": finished_at,
                "lastRun": last_run,
                "schedule": schedule,
                "limitingSQL": limiting_sql,
                "primaryKey": primary_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", decode.MISSING)
        if type(id) is not int:
            id = decode.expect(id, int, "id")

        model_id = d.pop("modelId", decode.MISSING)
        if type(model_id) is not int:
            model_id = decode.expect(model_id, int, "modelId")

        scored_table_id = d.pop("scoredTableId", decode.MISSING)
        if type(scored_table_id) is not int:
            scored_table_id = decode.expect(scored_table_id, int, "scoredTableId")

        scored_table_name = d.pop("scoredTableName", decode.MISSING)
        if type(scored_table_name) is not str:
            scored_table_name = decode.expect(scored_table_name, str, "scoredTableName")

        output_table_name = d.pop("outputTableName", decode.MISSING)
        if type(output_table_name) is not str:
            output_table_name = decode.expect(output_table_name, str, "outputTableName")

        state = d.pop("state", decode.MISSING)
        if type(state) is not str:
            state = decode.expect(state, str, "state")

        error = d.pop("error", decode.MISSING)
        if error is not None and type(error) is not str:
            error = decode.expect(error, str, "error", "one of None | str")

        started_at = d.pop("startedAt", decode.MISSING)
        if started_at is not None:
            started_at = decode.date_time(started_at, "startedAt", expected="one of datetime.datetime | None")

        finished_at = d.pop("finishedAt", decode.MISSING)
        if finished_at is not None:
            finished_at = decode.date_time(finished_at, "finishedAt", expected="one of datetime.datetime | None")

        last_run = decode.model(_models.JobRun.from_dict, d.pop("lastRun", decode.MISSING), "lastRun")

        schedule = decode.model(_models.JobSchedule.from_dict, d.pop("schedule", decode.MISSING), "schedule")

        limiting_sql = d.pop("limitingSQL", decode.MISSING)
        if limiting_sql is not None and type(limiting_sql) is not str:
            limiting_sql = decode.expect(limiting_sql, str, "limitingSQL", "one of None | str")

        primary_key = decode.scalar_array(d.pop("primaryKey", decode.MISSING), str, "primaryKey")

        prediction = cls.__new__(cls)
        prediction.id = id
        prediction.model_id = model_id
        prediction.scored_table_id = scored_table_id
        prediction.scored_table_name = scored_table_name
        prediction.output_table_name = output_table_name
        prediction.state = state
        prediction.error = error
        prediction.started_at = started_at
        prediction.finished_at = finished_at
        prediction.last_run = last_run
        prediction.schedule = schedule
        prediction.limiting_sql = limiting_sql
        prediction.primary_key = primary_key

        prediction.additional_properties = d if d else {}
        return prediction

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
