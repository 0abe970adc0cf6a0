from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import rfc3339
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobAckDetails")


@_attrs_define
class JobAckDetails:
    """Details sent when a listener picks up a job.

    Attributes:
        info (str | Unset):  Example: Acknowledged by user.
        progress (int | Unset):  Example: 10.
        estimated_completion_at (datetime.datetime | Unset):  Example: 2023-10-30T20:04:32.074Z.
    """

    info: str | Unset = UNSET
    progress: int | Unset = UNSET
    estimated_completion_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        info = self.info

        progress = self.progress

        estimated_completion_at: str | Unset = UNSET
        if not isinstance(self.estimated_completion_at, Unset):
            estimated_completion_at = rfc3339(self.estimated_completion_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if info is not UNSET:
            field_dict["info"] = info
        if progress is not UNSET:
            field_dict["progress"] = progress
        if estimated_completion_at is not UNSET:
            field_dict["estimatedCompletionAt"] = estimated_completion_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        info = d.pop("info", UNSET)
        if type(info) is not str and info is not UNSET:
            info = decode.expect(info, str, "info")

        progress = d.pop("progress", UNSET)
        if type(progress) is not int and progress is not UNSET:
            progress = decode.expect(progress, int, "progress")

        estimated_completion_at = decode.date_time(d.pop("estimatedCompletionAt", UNSET), "estimatedCompletionAt")

        job_ack_details = cls.__new__(cls)
        job_ack_details.info = info
        job_ack_details.progress = progress
        job_ack_details.estimated_completion_at = estimated_completion_at

        job_ack_details.additional_properties = d if d else {}
        return job_ack_details

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
