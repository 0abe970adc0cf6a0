from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

T = TypeVar("T", bound="JobCancelResponse7")


@_attrs_define(slots=False)
class JobCancelResponse7(ResponseMetadata):
    """
    Attributes:
        id (int):
        state (str):
        is_cancel_requested (bool):
    """

    id: int
    state: str
    is_cancel_requested: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        state = self.state

        is_cancel_requested = self.is_cancel_requested

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "state": state,
                "isCancelRequested": is_cancel_requested,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", decode.MISSING)
        if type(id) is not int:
            id = decode.expect(id, int, "id")

        state = d.pop("state", decode.MISSING)
        if type(state) is not str:
            state = decode.expect(state, str, "state")

        is_cancel_requested = d.pop("isCancelRequested", decode.MISSING)
        if type(is_cancel_requested) is not bool:
            is_cancel_requested = decode.expect(is_cancel_requested, bool, "isCancelRequested")

        job_cancel_response_7 = cls.__new__(cls)
        job_cancel_response_7.id = id
        job_cancel_response_7.state = state
        job_cancel_response_7.is_cancel_requested = is_cancel_requested

        job_cancel_response_7.additional_properties = d if d else {}
        return job_cancel_response_7

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
