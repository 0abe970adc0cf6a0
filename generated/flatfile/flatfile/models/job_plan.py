from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable

if TYPE_CHECKING:
    from ..models.job import Job
    from ..models.job_execution_plan import JobExecutionPlan


T = TypeVar("T", bound="JobPlan")


@_attrs_define
class JobPlan:
    """A job together with its plan.

    Attributes:
        job (Job): A unit of asynchronous work.
        plan (JobExecutionPlan): Field mapping a job will apply.
    """

    job: Job
    plan: JobExecutionPlan
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        job = jsonable(self.job)

        plan = jsonable(self.plan)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job": job,
                "plan": plan,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job = decode.model(_models.Job.from_dict, d.pop("job", decode.MISSING), "job")

        plan = decode.model(_models.JobExecutionPlan.from_dict, d.pop("plan", decode.MISSING), "plan")

        job_plan = cls.__new__(cls)
        job_plan.job = job
        job_plan.plan = plan

        job_plan.additional_properties = d if d else {}
        return job_plan

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
