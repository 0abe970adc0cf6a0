from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import rfc3339
from .._core._types import plain_names
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchResult")


@plain_names({"type": "type_"})
@_attrs_define(slots=False)
class SearchResult(ResponseMetadata):
    """
    Attributes:
        score (float):
        type_ (str):
        id (int):
        name (str):
        type_name (str | Unset):
        updated_at (datetime.datetime | Unset):
        owner (str | Unset):
        use_count (int | None | Unset):
        last_run_id (int | None | Unset):
        last_run_state (None | str | Unset):
    """

    score: float
    type_: str
    id: int
    name: str
    type_name: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    owner: str | Unset = UNSET
    use_count: int | None | Unset = UNSET
    last_run_id: int | None | Unset = UNSET
    last_run_state: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        score = self.score

        type_ = self.type_

        id = self.id

        name = self.name

        type_name = self.type_name

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = rfc3339(self.updated_at)

        owner = self.owner

        use_count: int | None | Unset
        if isinstance(self.use_count, Unset):
            use_count = UNSET
        else:
            use_count = self.use_count

        last_run_id: int | None | Unset
        if isinstance(self.last_run_id, Unset):
            last_run_id = UNSET
        else:
            last_run_id = self.last_run_id

        last_run_state: None | str | Unset
        if isinstance(self.last_run_state, Unset):
            last_run_state = UNSET
        else:
            last_run_state = self.last_run_state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "score": score,
                "type": type_,
                "id": id,
                "name": name,
            }
        )
        if type_name is not UNSET:
            field_dict["typeName"] = type_name
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if owner is not UNSET:
            field_dict["owner"] = owner
        if use_count is not UNSET:
            field_dict["useCount"] = use_count
        if last_run_id is not UNSET:
            field_dict["lastRunId"] = last_run_id
        if last_run_state is not UNSET:
            field_dict["lastRunState"] = last_run_state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        score = d.pop("score", decode.MISSING)
        if type(score) is not float:
            score = decode.expect(score, float, "score")

        type_ = d.pop("type", decode.MISSING)
        if type(type_) is not str:
            type_ = decode.expect(type_, str, "type")

        id = d.pop("id", decode.MISSING)
        if type(id) is not int:
            id = decode.expect(id, int, "id")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        type_name = d.pop("typeName", UNSET)
        if type(type_name) is not str and type_name is not UNSET:
            type_name = decode.expect(type_name, str, "typeName")

        updated_at = decode.date_time(d.pop("updatedAt", UNSET), "updatedAt")

        owner = d.pop("owner", UNSET)
        if type(owner) is not str and owner is not UNSET:
            owner = decode.expect(owner, str, "owner")

        use_count = d.pop("useCount", UNSET)
        if use_count is not None and type(use_count) is not int and use_count is not UNSET:
            use_count = decode.expect(use_count, int, "useCount", "one of int | None")

        last_run_id = d.pop("lastRunId", UNSET)
        if last_run_id is not None and type(last_run_id) is not int and last_run_id is not UNSET:
            last_run_id = decode.expect(last_run_id, int, "lastRunId", "one of int | None")

        last_run_state = d.pop("lastRunState", UNSET)
        if last_run_state is not None and type(last_run_state) is not str and last_run_state is not UNSET:
            last_run_state = decode.expect(last_run_state, str, "lastRunState", "one of None | str")

        search_result = cls.__new__(cls)
        search_result.score = score
        search_result.type_ = type_
        search_result.id = id
        search_result.name = name
        search_result.type_name = type_name
        search_result.updated_at = updated_at
        search_result.owner = owner
        search_result.use_count = use_count
        search_result.last_run_id = last_run_id
        search_result.last_run_state = last_run_state

        search_result.additional_properties = d if d else {}
        return search_result

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
