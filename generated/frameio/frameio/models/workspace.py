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

T = TypeVar("T", bound="Workspace")


@_attrs_define
class Workspace:
    """A group of projects.

    Attributes:
        id (UUID):  Example: 0e5d8b7a-3c21-4f9a-8b64-d7a1c2e3f405.
        name (str):  Example: Commercials 2025.
        account_id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    name: str
    account_id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        account_id = str(self.account_id)

        created_at = rfc3339(self.created_at)

        updated_at = rfc3339(self.updated_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "account_id": account_id,
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

        account_id = decode.uuid(d.pop("account_id", decode.MISSING), "account_id")

        created_at = decode.date_time(d.pop("created_at", decode.MISSING), "created_at")

        updated_at = decode.date_time(d.pop("updated_at", decode.MISSING), "updated_at")

        workspace = cls.__new__(cls)
        workspace.id = id
        workspace.name = name
        workspace.account_id = account_id
        workspace.created_at = created_at
        workspace.updated_at = updated_at

        workspace.additional_properties = d if d else {}
        return workspace

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
