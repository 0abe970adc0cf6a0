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
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

if TYPE_CHECKING:
    from ..models.user_simple import UserSimple


T = TypeVar("T", bound="OptimizationSummary")


@_attrs_define(slots=False)
class OptimizationSummary(ResponseMetadata):
    """
    Attributes:
        id (int):
        author (UserSimple): Short reference to a user.
        name (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        finished_at (datetime.datetime | None):
        state (str):
        last_run_id (int | None):
        spot_order_id (int | None):
        archived (str):
    """

    id: int
    author: UserSimple
    name: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    finished_at: datetime.datetime | None
    state: str
    last_run_id: int | None
    spot_order_id: int | None
    archived: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        author = jsonable(self.author)

        name = self.name

        created_at = rfc3339(self.created_at)

        updated_at = rfc3339(self.updated_at)

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = rfc3339(self.finished_at)
        else:
            finished_at = self.finished_at

        state = self.state

        last_run_id: int | None
        last_run_id = self.last_run_id

        spot_order_id: int | None
        spot_order_id = self.spot_order_id

        archived = self.archived

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "author": author,
                "name": name,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "finishedAt": finished_at,
                "state": state,
                "lastRunId": last_run_id,
                "spotOrderId": spot_order_id,
                "archived": archived,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", decode.MISSING)
        if type(id) is not int:
            id = decode.expect(id, int, "id")

        author = decode.model(_models.UserSimple.from_dict, d.pop("author", decode.MISSING), "author")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        created_at = decode.date_time(d.pop("createdAt", decode.MISSING), "createdAt")

        updated_at = decode.date_time(d.pop("updatedAt", decode.MISSING), "updatedAt")

        finished_at = d.pop("finishedAt", decode.MISSING)
        if finished_at is not None:
            finished_at = decode.date_time(finished_at, "finishedAt", expected="one of datetime.datetime | None")

        state = d.pop("state", decode.MISSING)
        if type(state) is not str:
            state = decode.expect(state, str, "state")

        last_run_id = d.pop("lastRunId", decode.MISSING)
        if last_run_id is not None and type(last_run_id) is not int:
            last_run_id = decode.expect(last_run_id, int, "lastRunId", "one of int | None")

        spot_order_id = d.pop("spotOrderId", decode.MISSING)
        if spot_order_id is not None and type(spot_order_id) is not int:
            spot_order_id = decode.expect(spot_order_id, int, "spotOrderId", "one of int | None")

        archived = d.pop("archived", decode.MISSING)
        if type(archived) is not str:
            archived = decode.expect(archived, str, "archived")

        optimization_summary = cls.__new__(cls)
        optimization_summary.id = id
        optimization_summary.author = author
        optimization_summary.name = name
        optimization_summary.created_at = created_at
        optimization_summary.updated_at = updated_at
        optimization_summary.finished_at = finished_at
        optimization_summary.state = state
        optimization_summary.last_run_id = last_run_id
        optimization_summary.spot_order_id = spot_order_id
        optimization_summary.archived = archived

        optimization_summary.additional_properties = d if d else {}
        return optimization_summary

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
