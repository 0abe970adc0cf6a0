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
from ..models.job_mode import JobMode, check_job_mode
from ..models.job_phase import JobPhase, check_job_phase
from ..models.job_status import JobStatus, check_job_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.owner import Owner


T = TypeVar("T", bound="Job")


@_attrs_define
class Job:
    """
    Attributes:
        id (str):
        name (str):
        status (JobStatus | str):
        phase (JobPhase | str | Unset):
        mode (JobMode | str | None | Unset):
        owner (Owner | Unset):
        tags (list[str] | Unset):
        created_at (datetime.datetime | Unset):
        attempts (int | Unset):
    """

    id: str
    name: str
    status: JobStatus | str
    phase: JobPhase | str | Unset = UNSET
    mode: JobMode | str | None | Unset = UNSET
    owner: Owner | Unset = UNSET
    tags: list[str] | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    attempts: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status: str = self.status

        phase: str | Unset = UNSET
        if not isinstance(self.phase, Unset):
            phase = self.phase

        mode: None | str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        elif isinstance(self.mode, str):
            mode = self.mode
        else:
            mode = self.mode

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = jsonable(self.owner)

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = rfc3339(self.created_at)

        attempts = self.attempts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "status": status,
            }
        )
        if phase is not UNSET:
            field_dict["phase"] = phase
        if mode is not UNSET:
            field_dict["mode"] = mode
        if owner is not UNSET:
            field_dict["owner"] = owner
        if tags is not UNSET:
            field_dict["tags"] = tags
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if attempts is not UNSET:
            field_dict["attempts"] = attempts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", decode.MISSING)
        if type(id) is not str:
            id = decode.expect(id, str, "id")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        status = check_job_status(d.pop("status", decode.MISSING), "status")

        phase = check_job_phase(d.pop("phase", UNSET), "phase")

        def _parse_mode(data: object) -> JobMode | str | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                with decode.strictly():
                    mode_type_1 = check_job_mode(data)

                return mode_type_1
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            return cast("JobMode | str | None | Unset", decode.mismatch("one of JobMode | str | None", data, "mode"))

        mode = d.pop("mode", UNSET)
        if mode is not UNSET:
            mode = _parse_mode(mode)

        owner = d.pop("owner", UNSET)
        if owner is not UNSET:
            owner = decode.model(_models.Owner.from_dict, owner, "owner")

        tags = d.pop("tags", UNSET)
        if tags is not UNSET:
            tags = decode.scalar_array(tags, str, "tags")

        created_at = decode.date_time(d.pop("created_at", UNSET), "created_at")

        attempts = d.pop("attempts", UNSET)
        if type(attempts) is not int and attempts is not UNSET:
            attempts = decode.expect(attempts, int, "attempts")

        job = cls.__new__(cls)
        job.id = id
        job.name = name
        job.status = status
        job.phase = phase
        job.mode = mode
        job.owner = owner
        job.tags = tags
        job.created_at = created_at
        job.attempts = attempts

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
