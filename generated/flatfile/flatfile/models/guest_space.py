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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.guest_workbook import GuestWorkbook


T = TypeVar("T", bound="GuestSpace")


@_attrs_define
class GuestSpace:
    """A space a guest can reach.

    Attributes:
        id (str):  Example: us_sp_YOUR_ID.
        workbooks (list[GuestWorkbook] | Unset):
        last_accessed (datetime.datetime | Unset):  Example: 2023-10-30T16:59:45.735Z.
    """

    id: str
    workbooks: list[GuestWorkbook] | Unset = UNSET
    last_accessed: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        workbooks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.workbooks, Unset):
            workbooks = []
            for workbooks_item_data in self.workbooks:
                workbooks_item = jsonable(workbooks_item_data)
                workbooks.append(workbooks_item)

        last_accessed: str | Unset = UNSET
        if not isinstance(self.last_accessed, Unset):
            last_accessed = rfc3339(self.last_accessed)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if workbooks is not UNSET:
            field_dict["workbooks"] = workbooks
        if last_accessed is not UNSET:
            field_dict["lastAccessed"] = last_accessed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", decode.MISSING)
        if type(id) is not str:
            id = decode.expect(id, str, "id")

        workbooks = d.pop("workbooks", UNSET)
        if workbooks is not UNSET:
            workbooks = decode.model_array(_models.GuestWorkbook.from_dict, workbooks, "workbooks")

        last_accessed = decode.date_time(d.pop("lastAccessed", UNSET), "lastAccessed")

        guest_space = cls.__new__(cls)
        guest_space.id = id
        guest_space.workbooks = workbooks
        guest_space.last_accessed = last_accessed

        guest_space.additional_properties = d if d else {}
        return guest_space

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
