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
    from ..models.job_schedule_input import JobScheduleInput
    from ..models.workflow_notifications_create_request import WorkflowNotificationsCreateRequest


T = TypeVar("T", bound="PostWorkflowsBody")


@_attrs_define(slots=False)
class PostWorkflowsBody(ResponseMetadata):
    """
    Attributes:
        name (str):
        description (str | Unset):
        from_job_chain (int | Unset): Build the workflow from this job's chain.
        definition (str | Unset): Workflow definition, in YAML.
        schedule (JobScheduleInput | Unset): Schedule settings to store on a job; every field is optional.
        allow_concurrent_executions (bool | Unset):
        time_zone (str | Unset):
        hidden (bool | Unset):
        notifications (WorkflowNotificationsCreateRequest | Unset):
    """

    name: str
    description: str | Unset = UNSET
    from_job_chain: int | Unset = UNSET
    definition: str | Unset = UNSET
    schedule: JobScheduleInput | Unset = UNSET
    allow_concurrent_executions: bool | Unset = UNSET
    time_zone: str | Unset = UNSET
    hidden: bool | Unset = UNSET
    notifications: WorkflowNotificationsCreateRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        from_job_chain = self.from_job_chain

        definition = self.definition

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = jsonable(self.schedule)

        allow_concurrent_executions = self.allow_concurrent_executions

        time_zone = self.time_zone

        hidden = self.hidden

        notifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notifications, Unset):
            notifications = jsonable(self.notifications)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if from_job_chain is not UNSET:
            field_dict["fromJobChain"] = from_job_chain
        if definition is not UNSET:
            field_dict["definition"] = definition
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if allow_concurrent_executions is not UNSET:
            field_dict["allowConcurrentExecutions"] = allow_concurrent_executions
        if time_zone is not UNSET:
            field_dict["timeZone"] = time_zone
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if notifications is not UNSET:
            field_dict["notifications"] = notifications

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = decode.expect(description, str, "description")

        from_job_chain = d.pop("fromJobChain", UNSET)
        if type(from_job_chain) is not int and from_job_chain is not UNSET:
            from_job_chain = decode.expect(from_job_chain, int, "fromJobChain")

        definition = d.pop("definition", UNSET)
        if type(definition) is not str and definition is not UNSET:
            definition = decode.expect(definition, str, "definition")

        schedule = d.pop("schedule", UNSET)
        if schedule is not UNSET:
            schedule = decode.model(_models.JobScheduleInput.from_dict, schedule, "schedule")

        allow_concurrent_executions = d.pop("allowConcurrentExecutions", UNSET)
        if type(allow_concurrent_executions) is not bool and allow_concurrent_executions is not UNSET:
            allow_concurrent_executions = decode.expect(allow_concurrent_executions, bool, "allowConcurrentExecutions")

        time_zone = d.pop("timeZone", UNSET)
        if type(time_zone) is not str and time_zone is not UNSET:
            time_zone = decode.expect(time_zone, str, "timeZone")

        hidden = d.pop("hidden", UNSET)
        if type(hidden) is not bool and hidden is not UNSET:
            hidden = decode.expect(hidden, bool, "hidden")

        notifications = d.pop("notifications", UNSET)
        if notifications is not UNSET:
            notifications = decode.model(
                _models.WorkflowNotificationsCreateRequest.from_dict, notifications, "notifications"
            )

        post_workflows_body = cls.__new__(cls)
        post_workflows_body.name = name
        post_workflows_body.description = description
        post_workflows_body.from_job_chain = from_job_chain
        post_workflows_body.definition = definition
        post_workflows_body.schedule = schedule
        post_workflows_body.allow_concurrent_executions = allow_concurrent_executions
        post_workflows_body.time_zone = time_zone
        post_workflows_body.hidden = hidden
        post_workflows_body.notifications = notifications

        post_workflows_body.additional_properties = d if d else {}
        return post_workflows_body

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
