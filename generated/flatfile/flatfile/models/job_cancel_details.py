from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobCancelDetails")


@_attrs_define
class JobCancelDetails:
    """Details sent when a job is stopped.

    Attributes:
        info (str | Unset):  Example: Job was canceled.
    """

    info: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        info = self.info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if info is not UNSET:
            field_dict["info"] = info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        info = d.pop("info", UNSET)
        if type(info) is not str and info is not UNSET:
            info = decode.expect(info, str, "info")

        job_cancel_details = cls.__new__(cls)
        job_cancel_details.info = info

        job_cancel_details.additional_properties = d if d else {}
        return job_cancel_details

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
