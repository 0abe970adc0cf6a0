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
    from ..models.put_predictions_id_schedules_body_schedule import PutPredictionsIdSchedulesBodySchedule


T = TypeVar("T", bound="PutPredictionsIdSchedulesBody")


@_attrs_define(slots=False)
class PutPredictionsIdSchedulesBody(ResponseMetadata):
    """
    Attributes:
        schedule (PutPredictionsIdSchedulesBodySchedule | Unset):
        score_on_model_build (bool | Unset):
    """

    schedule: PutPredictionsIdSchedulesBodySchedule | Unset = UNSET
    score_on_model_build: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = jsonable(self.schedule)

        score_on_model_build = self.score_on_model_build

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if score_on_model_build is not UNSET:
            field_dict["scoreOnModelBuild"] = score_on_model_build

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        schedule = d.pop("schedule", UNSET)
        if schedule is not UNSET:
            schedule = decode.model(_models.PutPredictionsIdSchedulesBodySchedule.from_dict, schedule, "schedule")

        score_on_model_build = d.pop("scoreOnModelBuild", UNSET)
        if type(score_on_model_build) is not bool and score_on_model_build is not UNSET:
            score_on_model_build = decode.expect(score_on_model_build, bool, "scoreOnModelBuild")

        put_predictions_id_schedules_body = cls.__new__(cls)
        put_predictions_id_schedules_body.schedule = schedule
        put_predictions_id_schedules_body.score_on_model_build = score_on_model_build

        put_predictions_id_schedules_body.additional_properties = d if d else {}
        return put_predictions_id_schedules_body

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
