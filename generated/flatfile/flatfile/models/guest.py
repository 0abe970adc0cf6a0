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
    from ..models.guest_space import GuestSpace


T = TypeVar("T", bound="Guest")


@_attrs_define
class Guest:
    """An outside user invited into spaces.

    Attributes:
        environment_id (str):  Example: us_env_YOUR_ID.
        email (str):  Example: email@example.com.
        name (str):  Example: Your Name.
        spaces (list[GuestSpace]):
        id (str | Unset): Identifier assigned by Flatfile. Example: us_g_YOUR_ID.
        created_at (datetime.datetime | Unset): When the resource was created. Example: 2024-01-15T09:30:00Z.
        updated_at (datetime.datetime | Unset): When the resource was last changed. Example: 2024-01-15T09:30:00Z.
    """

    environment_id: str
    email: str
    name: str
    spaces: list[GuestSpace]
    id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        environment_id = self.environment_id

        email = self.email

        name = self.name

        spaces = []
        for spaces_item_data in self.spaces:
            spaces_item = jsonable(spaces_item_data)
            spaces.append(spaces_item)

        id = self.id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = rfc3339(self.created_at)

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = rfc3339(self.updated_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "environmentId": environment_id,
                "email": email,
                "name": name,
                "spaces": spaces,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        environment_id = d.pop("environmentId", decode.MISSING)
        if type(environment_id) is not str:
            environment_id = decode.expect(environment_id, str, "environmentId")

        email = d.pop("email", decode.MISSING)
        if type(email) is not str:
            email = decode.expect(email, str, "email")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        spaces = decode.model_array(_models.GuestSpace.from_dict, d.pop("spaces", decode.MISSING), "spaces")

        id = d.pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = decode.expect(id, str, "id")

        created_at = decode.date_time(d.pop("createdAt", UNSET), "createdAt")

        updated_at = decode.date_time(d.pop("updatedAt", UNSET), "updatedAt")

        guest = cls.__new__(cls)
        guest.environment_id = environment_id
        guest.email = email
        guest.name = name
        guest.spaces = spaces
        guest.id = id
        guest.created_at = created_at
        guest.updated_at = updated_at

        guest.additional_properties = d if d else {}
        return guest

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
