from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable, rfc3339
from .._core._types import plain_names
from ..models.job_mode import JobMode, check_job_mode
from ..models.job_part_execution import JobPartExecution, check_job_part_execution
from ..models.job_status import JobStatus, check_job_status
from ..models.job_type import JobType, check_job_type
from ..models.trigger import Trigger, check_trigger
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_input import JobInput
    from ..models.job_metadata import JobMetadata
    from ..models.job_outcome import JobOutcome
    from ..models.job_part_data import JobPartData
    from ..models.job_subject_collection import JobSubjectCollection
    from ..models.job_subject_resource import JobSubjectResource
    from ..models.job_subject_unknown import JobSubjectUnknown
    from ..models.job_update_config import JobUpdateConfig


T = TypeVar("T", bound="Job")


@plain_names({"input": "input_", "type": "type_"})
@_attrs_define
class Job:
    """A unit of asynchronous work.

    Attributes:
        type_ (JobType | str): Resource type a job runs against. Example: workbook.
        operation (str):  Example: submitAction.
        source (str): Resource the job reads from. Example: us_wb_YOUR_ID.
        id (str | Unset): Identifier assigned by Flatfile. Example: us_jb_YOUR_ID.
        destination (str | Unset): Resource the job writes to.
        config (JobUpdateConfig | Unset): Operation-specific job settings; the shape depends on the job type and
            operation.
        trigger (Trigger | str | Unset): What starts the job. Example: immediate.
        status (JobStatus | str | Unset): Lifecycle state of a job. Example: executing.
        progress (int | Unset): Percent done, 0 to 100. Example: 50.
        file_id (str | Unset):
        mode (JobMode | str | Unset): How much a running job blocks the user. Example: foreground.
        input_ (JobInput | Unset):
        subject (JobSubjectCollection | JobSubjectResource | JobSubjectUnknown | Unset): What a job operates on.
        outcome (JobOutcome | Unset): Result shown to the user.
        info (str | Unset):
        managed (bool | Unset):
        environment_id (str | Unset):  Example: us_env_YOUR_ID.
        part (int | Unset):
        part_data (JobPartData | Unset):
        part_execution (JobPartExecution | str | Unset): How the parts of a split job run.
        parent_id (str | Unset):
        predecessor_ids (list[str] | Unset):
        metadata (JobMetadata | Unset):
        created_at (datetime.datetime | Unset): When the resource was created. Example: 2024-01-15T09:30:00Z.
        updated_at (datetime.datetime | Unset): When the resource was last changed. Example: 2024-01-15T09:30:00Z.
        started_at (datetime.datetime | None | Unset):
        finished_at (datetime.datetime | None | Unset):
        outcome_acknowledged_at (datetime.datetime | None | Unset): When a user confirmed the outcome.
    """

    type_: JobType | str
    operation: str
    source: str
    id: str | Unset = UNSET
    destination: str | Unset = UNSET
    config: JobUpdateConfig | Unset = UNSET
    trigger: Trigger | str | Unset = UNSET
    status: JobStatus | str | Unset = UNSET
    progress: int | Unset = UNSET
    file_id: str | Unset = UNSET
    mode: JobMode | str | Unset = UNSET
    input_: JobInput | Unset = UNSET
    subject: JobSubjectCollection | JobSubjectResource | JobSubjectUnknown | Unset = UNSET
    outcome: JobOutcome | Unset = UNSET
    info: str | Unset = UNSET
    managed: bool | Unset = UNSET
    environment_id: str | Unset = UNSET
    part: int | Unset = UNSET
    part_data: JobPartData | Unset = UNSET
    part_execution: JobPartExecution | str | Unset = UNSET
    parent_id: str | Unset = UNSET
    predecessor_ids: list[str] | Unset = UNSET
    metadata: JobMetadata | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET
    outcome_acknowledged_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        operation = self.operation

        source = self.source

        id = self.id

        destination = self.destination

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = jsonable(self.config)

        trigger: str | Unset = UNSET
        if not isinstance(self.trigger, Unset):
            trigger = self.trigger

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        progress = self.progress

        file_id = self.file_id

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        input_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_, Unset):
            input_ = jsonable(self.input_)

        subject: dict[str, Any] | Unset = jsonable(self.subject)

        outcome: dict[str, Any] | Unset = UNSET
        if not isinstance(self.outcome, Unset):
            outcome = jsonable(self.outcome)

        info = self.info

        managed = self.managed

        environment_id = self.environment_id

        part = self.part

        part_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.part_data, Unset):
            part_data = jsonable(self.part_data)

        part_execution: str | Unset = UNSET
        if not isinstance(self.part_execution, Unset):
            part_execution = self.part_execution

        parent_id = self.parent_id

        predecessor_ids: list[str] | Unset = UNSET
        if not isinstance(self.predecessor_ids, Unset):
            predecessor_ids = self.predecessor_ids

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = jsonable(self.metadata)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = rfc3339(self.created_at)

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = rfc3339(self.updated_at)

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = rfc3339(self.started_at)
        else:
            started_at = self.started_at

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, datetime.datetime):
            finished_at = rfc3339(self.finished_at)
        else:
            finished_at = self.finished_at

        outcome_acknowledged_at: None | str | Unset
        if isinstance(self.outcome_acknowledged_at, Unset):
            outcome_acknowledged_at = UNSET
        elif isinstance(self.outcome_acknowledged_at, datetime.datetime):
            outcome_acknowledged_at = rfc3339(self.outcome_acknowledged_at)
        else:
            outcome_acknowledged_at = self.outcome_acknowledged_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "operation": operation,
                "source": source,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if destination is not UNSET:
            field_dict["destination"] = destination
        if config is not UNSET:
            field_dict["config"] = config
        if trigger is not UNSET:
            field_dict["trigger"] = trigger
        if status is not UNSET:
            field_dict["status"] = status
        if progress is not UNSET:
            field_dict["progress"] = progress
        if file_id is not UNSET:
            field_dict["fileId"] = file_id
        if mode is not UNSET:
            field_dict["mode"] = mode
        if input_ is not UNSET:
            field_dict["input"] = input_
        if subject is not UNSET:
            field_dict["subject"] = subject
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if info is not UNSET:
            field_dict["info"] = info
        if managed is not UNSET:
            field_dict["managed"] = managed
        if environment_id is not UNSET:
            field_dict["environmentId"] = environment_id
        if part is not UNSET:
            field_dict["part"] = part
        if part_data is not UNSET:
            field_dict["partData"] = part_data
        if part_execution is not UNSET:
            field_dict["partExecution"] = part_execution
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if predecessor_ids is not UNSET:
            field_dict["predecessorIds"] = predecessor_ids
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if started_at is not UNSET:
            field_dict["startedAt"] = started_at
        if finished_at is not UNSET:
            field_dict["finishedAt"] = finished_at
        if outcome_acknowledged_at is not UNSET:
            field_dict["outcomeAcknowledgedAt"] = outcome_acknowledged_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_job_type(d.pop("type", decode.MISSING), "type")

        operation = d.pop("operation", decode.MISSING)
        if type(operation) is not str:
            operation = decode.expect(operation, str, "operation")

        source = d.pop("source", decode.MISSING)
        if type(source) is not str:
            source = decode.expect(source, str, "source")

        id = d.pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = decode.expect(id, str, "id")

        destination = d.pop("destination", UNSET)
        if type(destination) is not str and destination is not UNSET:
            destination = decode.expect(destination, str, "destination")

        config = d.pop("config", UNSET)
        if config is not UNSET:
            config = decode.model(_models.JobUpdateConfig.from_dict, config, "config")

        trigger = check_trigger(d.pop("trigger", UNSET), "trigger")

        status = check_job_status(d.pop("status", UNSET), "status")

        progress = d.pop("progress", UNSET)
        if type(progress) is not int and progress is not UNSET:
            progress = decode.expect(progress, int, "progress")

        file_id = d.pop("fileId", UNSET)
        if type(file_id) is not str and file_id is not UNSET:
            file_id = decode.expect(file_id, str, "fileId")

        mode = check_job_mode(d.pop("mode", UNSET), "mode")

        input_ = d.pop("input", UNSET)
        if input_ is not UNSET:
            input_ = decode.model(_models.JobInput.from_dict, input_, "input")

        def _parse_subject(data: object) -> JobSubjectCollection | JobSubjectResource | JobSubjectUnknown | Unset:
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                tag = data.get("type")
                if tag == "resource":
                    try:
                        return decode.variant(_models.JobSubjectResource.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "collection":
                    try:
                        return decode.variant(_models.JobSubjectCollection.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                return decode.variant(_models.JobSubjectResource.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.JobSubjectCollection.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.JobSubjectUnknown.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            return cast(
                "JobSubjectCollection | JobSubjectResource | JobSubjectUnknown | Unset",
                decode.mismatch(
                    "one of JobSubjectCollection | JobSubjectResource | JobSubjectUnknown", data, "subject"
                ),
            )

        subject = d.pop("subject", UNSET)
        if subject is not UNSET:
            subject = _parse_subject(subject)

        outcome = d.pop("outcome", UNSET)
        if outcome is not UNSET:
            outcome = decode.model(_models.JobOutcome.from_dict, outcome, "outcome")

        info = d.pop("info", UNSET)
        if type(info) is not str and info is not UNSET:
            info = decode.expect(info, str, "info")

        managed = d.pop("managed", UNSET)
        if type(managed) is not bool and managed is not UNSET:
            managed = decode.expect(managed, bool, "managed")

        environment_id = d.pop("environmentId", UNSET)
        if type(environment_id) is not str and environment_id is not UNSET:
            environment_id = decode.expect(environment_id, str, "environmentId")

        part = d.pop("part", UNSET)
        if type(part) is not int and part is not UNSET:
            part = decode.expect(part, int, "part")

        part_data = d.pop("partData", UNSET)
        if part_data is not UNSET:
            part_data = decode.model(_models.JobPartData.from_dict, part_data, "partData")

        part_execution = check_job_part_execution(d.pop("partExecution", UNSET), "partExecution")

        parent_id = d.pop("parentId", UNSET)
        if type(parent_id) is not str and parent_id is not UNSET:
            parent_id = decode.expect(parent_id, str, "parentId")

        predecessor_ids = d.pop("predecessorIds", UNSET)
        if predecessor_ids is not UNSET:
            predecessor_ids = decode.scalar_array(predecessor_ids, str, "predecessorIds")

        metadata = d.pop("metadata", UNSET)
        if metadata is not UNSET:
            metadata = decode.model(_models.JobMetadata.from_dict, metadata, "metadata")

        created_at = decode.date_time(d.pop("createdAt", UNSET), "createdAt")

        updated_at = decode.date_time(d.pop("updatedAt", UNSET), "updatedAt")

        started_at = d.pop("startedAt", UNSET)
        if started_at is not None and started_at is not UNSET:
            started_at = decode.date_time(started_at, "startedAt", expected="one of datetime.datetime | None")

        finished_at = d.pop("finishedAt", UNSET)
        if finished_at is not None and finished_at is not UNSET:
            finished_at = decode.date_time(finished_at, "finishedAt", expected="one of datetime.datetime | None")

        outcome_acknowledged_at = d.pop("outcomeAcknowledgedAt", UNSET)
        if outcome_acknowledged_at is not None and outcome_acknowledged_at is not UNSET:
            outcome_acknowledged_at = decode.date_time(
                outcome_acknowledged_at, "outcomeAcknowledgedAt", expected="one of datetime.datetime | None"
            )

        job = cls.__new__(cls)
        job.type_ = type_
        job.operation = operation
        job.source = source
        job.id = id
        job.destination = destination
        job.config = config
        job.trigger = trigger
        job.status = status
        job.progress = progress
        job.file_id = file_id
        job.mode = mode
        job.input_ = input_
        job.subject = subject
        job.outcome = outcome
        job.info = info
        job.managed = managed
        job.environment_id = environment_id
        job.part = part
        job.part_data = part_data
        job.part_execution = part_execution
        job.parent_id = parent_id
        job.predecessor_ids = predecessor_ids
        job.metadata = metadata
        job.created_at = created_at
        job.updated_at = updated_at
        job.started_at = started_at
        job.finished_at = finished_at
        job.outcome_acknowledged_at = outcome_acknowledged_at

        job.additional_properties = d if d else {}
        return job

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
