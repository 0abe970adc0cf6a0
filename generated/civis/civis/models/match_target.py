from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import rfc3339
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

T = TypeVar("T", bound="MatchTarget")


@_attrs_define(slots=False)
class MatchTarget(ResponseMetadata):
    """A reference data set records can be matched against.

    Attributes:
        id (int):
        name (str):
        target_file_name (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        archived (bool):
    """

    id: int
    name: str
    target_file_name: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    archived: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        target_file_name = self.target_file_name

        created_at = rfc3339(self.created_at)

        updated_at = rfc3339(self.updated_at)

        archived = self.archived

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "targetFileName": target_file_name,
                "createdAt": created_at,
                "updatedAt": updated_at,
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

        target_file_name = d.pop("targetFileName", decode.MISSING)
        if type(target_file_name) is not str:
            target_file_name = decode.expect(target_file_name, str, "targetFileName")

        created_at = decode.date_time(d.pop("createdAt", decode.MISSING), "createdAt")

        updated_at = decode.date_time(d.pop("updatedAt", decode.MISSING), "updatedAt")

        archived = d.pop("archived", decode.MISSING)
        if type(archived) is not bool:
            archived = decode.expect(archived, bool, "archived")

        match_target = cls.__new__(cls)
        match_target.id = id
        match_target.name = name
        match_target.target_file_name = target_file_name
        match_target.created_at = created_at
        match_target.updated_at = updated_at
        match_target.archived = archived

        match_target.additional_properties = d if d else {}
        return match_target

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
