from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import rfc3339
from ..models.group_source import GroupSource, check_group_source

T = TypeVar("T", bound="Group")


@_attrs_define
class Group:
    """A named set of account users.

    Attributes:
        id (UUID):
        name (str):  Example: Colourists.
        emoji (str):  Example: 🎨.
        member_count (int):
        source (GroupSource | str):
        creator_id (None | UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    name: str
    emoji: str
    member_count: int
    source: GroupSource | str
    creator_id: None | UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        emoji = self.emoji

        member_count = self.member_count

        source: str = self.source

        creator_id: None | str
        if isinstance(self.creator_id, UUID):
            creator_id = str(self.creator_id)
        else:
            creator_id = self.creator_id

        created_at = rfc3339(self.created_at)

        updated_at = rfc3339(self.updated_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "emoji": emoji,
                "member_count": member_count,
                "source": source,
                "creator_id": creator_id,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = decode.uuid(d.pop("id", decode.MISSING), "id")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        emoji = d.pop("emoji", decode.MISSING)
        if type(emoji) is not str:
            emoji = decode.expect(emoji, str, "emoji")

        member_count = d.pop("member_count", decode.MISSING)
        if type(member_count) is not int:
            member_count = decode.expect(member_count, int, "member_count")

        source = check_group_source(d.pop("source", decode.MISSING), "source")

        creator_id = d.pop("creator_id", decode.MISSING)
        if creator_id is not None:
            creator_id = decode.uuid(creator_id, "creator_id", expected="one of None | UUID")

        created_at = decode.date_time(d.pop("created_at", decode.MISSING), "created_at")

        updated_at = decode.date_time(d.pop("updated_at", decode.MISSING), "updated_at")

        group = cls.__new__(cls)
        group.id = id
        group.name = name
        group.emoji = emoji
        group.member_count = member_count
        group.source = source
        group.creator_id = creator_id
        group.created_at = created_at
        group.updated_at = updated_at

        group.additional_properties = d if d else {}
        return group

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
