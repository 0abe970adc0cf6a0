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
from ..models.job_status import JobStatus, check_job_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_update_config import JobUpdateConfig
    from ..models.jobs_update_body_metadata import JobsUpdateBodyMetadata


T = TypeVar("T", bound="JobsUpdateBody")


@_attrs_define
class JobsUpdateBody:
    """
    Attributes:
        config (JobUpdateConfig | Unset): Operation-specific job settings; the shape depends on the job type and
            operation.
        status (JobStatus | str | Unset): Lifecycle state of a job. Example: executing.
        progress (int | Unset): Percent done, 0 to 100. Example: 100.
        outcome_acknowledged_at (datetime.datetime | Unset): When a user confirmed the outcome.
        info (str | Unset): Status text.
        metadata (JobsUpdateBodyMetadata | Unset):
    """

    config: JobUpdateConfig | Unset = UNSET
    status: JobStatus | str | Unset = UNSET
    progress: int | Unset = UNSET
    outcome_acknowledged_at: datetime.datetime | Unset = UNSET
    info: str | Unset = UNSET
    metadata: JobsUpdateBodyMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = jsonable(self.config)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        progress = self.progress

        outcome_acknowledged_at: str | Unset = UNSET
        if not isinstance(self.outcome_acknowledged_at, Unset):
            outcome_acknowledged_at = rfc3339(self.outcome_acknowledged_at)

        info = self.info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = jsonable(self.metadata)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if config is not UNSET:
            field_dict["config"] = config
        if status is not UNSET:
            field_dict["status"] = status
        if progress is not UNSET:
            field_dict["progress"] = progress
        if outcome_acknowledged_at is not UNSET:
            field_dict["outcomeAcknowledgedAt"] = outcome_acknowledged_at
        if info is not UNSET:
            field_dict["info"] = info
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        config = d.pop("config", UNSET)
        if config is not UNSET:
            config = decode.model(_models.JobUpdateConfig.from_dict, config, "config")

        status = check_job_status(d.pop("status", UNSET), "status")

        progress = d.pop("progress", UNSET)
        if type(progress) is not int and progress is not UNSET:
            progress = decode.expect(progress, int, "progress")

        outcome_acknowledged_at = decode.date_time(d.pop("outcomeAcknowledgedAt", UNSET), "outcomeAcknowledgedAt")

        info = d.pop("info", UNSET)
        if type(info) is not str and info is not UNSET:
            info = decode.expect(info, str, "info")

        metadata = d.pop("metadata", UNSET)
        if metadata is not UNSET:
            metadata = decode.model(_models.JobsUpdateBodyMetadata.from_dict, metadata, "metadata")

        jobs_update_body = cls.__new__(cls)
        jobs_update_body.config = config
        jobs_update_body.status = status
        jobs_update_body.progress = progress
        jobs_update_body.outcome_acknowledged_at = outcome_acknowledged_at
        jobs_update_body.info = info
        jobs_update_body.metadata = metadata

        jobs_update_body.additional_properties = d if d else {}
        return jobs_update_body

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
