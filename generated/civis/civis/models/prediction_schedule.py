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


T = TypeVar("T", bound="PredictionSchedule")


@_attrs_define(slots=False)
class PredictionSchedule(ResponseMetadata):
    """
    Attributes:
        id (int):
        schedule (JobSchedule): When a job runs by itself.
        score_on_model_build (bool):
    """

    id: int
    schedule: JobSchedule
    score_on_model_build: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        schedule = jsonable(self.schedule)

        score_on_model_build = self.score_on_model_build

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "schedule": schedule,
                "scoreOnModelBuild": score_on_model_build,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", decode.MISSING)
        if type(id) is not int:
            id = decode.expect(id, int, "id")

        schedule = decode.model(_models.JobSchedule.from_dict, d.pop("schedule", decode.MISSING), "schedule")

        score_on_model_build = d.pop("scoreOnModelBuild", decode.MISSING)
        if type(score_on_model_build) is not bool:
            score_on_model_build = decode.expect(score_on_model_build, bool, "scoreOnModelBuild")

        prediction_schedule = cls.__new__(cls)
        prediction_schedule.id = id
        prediction_schedule.schedule = schedule
        prediction_schedule.score_on_model_build = score_on_model_build

        prediction_schedule.additional_properties = d if d else {}
        return prediction_schedule

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
