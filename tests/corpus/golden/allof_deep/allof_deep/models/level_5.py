from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import rfc3339
from ..models.level_5_color import Level5Color, check_level_5_color
from ..types import UNSET, Unset

T = TypeVar("T", bound="Level5")


@_attrs_define
class Level5:
    """
    Attributes:
        id (str):
        name (str):
        created_at (datetime.datetime | Unset):
        size (int | Unset):
        updated_by (str | Unset):
        color (Level5Color | str | Unset):
    """

    id: str
    name: str
    created_at: datetime.datetime | Unset = UNSET
    size: int | Unset = UNSET
    updated_by: str | Unset = UNSET
    color: Level5Color | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = rfc3339(self.created_at)

        size = self.size

        updated_by = self.updated_by

        color: str | Unset = UNSET
        if not isinstance(self.color, Unset):
            color = self.color

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if size is not UNSET:
            field_dict["size"] = size
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by
        if color is not UNSET:
            field_dict["color"] = color

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

        created_at = decode.date_time(d.pop("createdAt", UNSET), "createdAt")

        size = d.pop("size", UNSET)
        if type(size) is not int and size is not UNSET:
            size = decode.expect(size, int, "size")

        updated_by = d.pop("updatedBy", UNSET)
        if type(updated_by) is not str and updated_by is not UNSET:
            updated_by = decode.expect(updated_by, str, "updatedBy")

        color = check_level_5_color(d.pop("color", UNSET), "color")

        level_5 = cls.__new__(cls)
        level_5.id = id
        level_5.name = name
        level_5.created_at = created_at
        level_5.size = size
        level_5.updated_by = updated_by
        level_5.color = color

        level_5.additional_properties = d if d else {}
        return level_5

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
