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


T = TypeVar("T", bound="PredictionSummary")


@_attrs_define(slots=False)
class PredictionSummary(ResponseMetadata):
    """
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

        prediction_summary = cls.__new__(cls)
        prediction_summary.id = id
        prediction_summary.model_id = model_id
        prediction_summary.scored_table_id = scored_table_id
        prediction_summary.scored_table_name = scored_table_name
        prediction_summary.output_table_name = output_table_name
        prediction_summary.state = state
        prediction_summary.error = error
        prediction_summary.started_at = started_at
        prediction_summary.finished_at = finished_at
        prediction_summary.last_run = last_run

        prediction_summary.additional_properties = d if d else {}
        return prediction_summary

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
