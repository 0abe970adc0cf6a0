from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable, rfc3339
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user import User


T = TypeVar("T", bound="WorkspaceWithIncludes")


@_attrs_define
class WorkspaceWithIncludes:
    """
    Attributes:
        id (UUID):  Example: 0e5d8b7a-3c21-4f9a-8b64-d7a1c2e3f405.
        name (str):  Example: Commercials 2025.
        account_id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        creator (User | Unset): A person as seen from another resource.
    """

    id: UUID
    name: str
    account_id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    creator: User | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        account_id = str(self.account_id)

        created_at = rfc3339(self.created_at)

        updated_at = rfc3339(self.updated_at)

        creator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.creator, Unset):
            creator = jsonable(self.creator)

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
        if creator is not UNSET:
            field_dict["creator"] = creator

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

        creator = d.pop("creator", UNSET)
        if creator is not UNSET:
            creator = decode.model(_models.User.from_dict, creator, "creator")

        workspace_with_includes = cls.__new__(cls)
        workspace_with_includes.id = id
        workspace_with_includes.name = name
        workspace_with_includes.account_id = account_id
        workspace_with_includes.created_at = created_at
        workspace_with_includes.updated_at = updated_at
        workspace_with_includes.creator = creator

        workspace_with_includes.additional_properties = d if d else {}
        return workspace_with_includes

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
