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
from .._core._types import plain_names
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

if TYPE_CHECKING:
    from ..models.user_simple import UserSimple


T = TypeVar("T", bound="EnhancementSummary")


@plain_names({"type": "type_"})
@_attrs_define(slots=False)
class EnhancementSummary(ResponseMetadata):
    """
    Attributes:
        id (int):
        name (str):
        type_ (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        author (UserSimple): Short reference to a user.
        state (str):
        archived (str):
    """

    id: int
    name: str
    type_: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    author: UserSimple
    state: str
    archived: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        created_at = rfc3339(self.created_at)

        updated_at = rfc3339(self.updated_at)

        author = jsonable(self.author)

        state = self.state

        archived = self.archived

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "author": author,
                "state": state,
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

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        type_ = d.pop("type", decode.MISSING)
        if type(type_) is not str:
            type_ = decode.expect(type_, str, "type")

        created_at = decode.date_time(d.pop("createdAt", decode.MISSING), "createdAt")

        updated_at = decode.date_time(d.pop("updatedAt", decode.MISSING), "updatedAt")

        author = decode.model(_models.UserSimple.from_dict, d.pop("author", decode.MISSING), "author")

        state = d.pop("state", decode.MISSING)
        if type(state) is not str:
            state = decode.expect(state, str, "state")

        archived = d.pop("archived", decode.MISSING)
        if type(archived) is not str:
            archived = decode.expect(archived, str, "archived")

        enhancement_summary = cls.__new__(cls)
        enhancement_summary.id = id
        enhancement_summary.name = name
        enhancement_summary.type_ = type_
        enhancement_summary.created_at = created_at
        enhancement_summary.updated_at = updated_at
        enhancement_summary.author = author
        enhancement_summary.state = state
        enhancement_summary.archived = archived

        enhancement_summary.additional_properties = d if d else {}
        return enhancement_summary

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
