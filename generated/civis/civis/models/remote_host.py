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


T = TypeVar("T", bound="RemoteHost")


@plain_names({"type": "type_"})
@_attrs_define(slots=False)
class RemoteHost(ResponseMetadata):
    """An outside system (database, SFTP, ...) Civis can connect to.

    Attributes:
        id (int):
        name (str):
        type_ (str):
        url (str):
        description (None | str):
        my_permission_level (str):
        user (UserSimple): Short reference to a user.
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: int
    name: str
    type_: str
    url: str
    description: None | str
    my_permission_level: str
    user: UserSimple
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        url = self.url

        description: None | str
        description = self.description

        my_permission_level = self.my_permission_level

        user = jsonable(self.user)

        created_at = rfc3339(self.created_at)

        updated_at = rfc3339(self.updated_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
                "url": url,
                "description": description,
                "myPermissionLevel": my_permission_level,
                "user": user,
                "createdAt": created_at,
                "updatedAt": updated_at,
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

        url = d.pop("url", decode.MISSING)
        if type(url) is not str:
            url = decode.expect(url, str, "url")

        description = d.pop("description", decode.MISSING)
        if description is not None and type(description) is not str:
            description = decode.expect(description, str, "description", "one of None | str")

        my_permission_level = d.pop("myPermissionLevel", decode.MISSING)
        if type(my_permission_level) is not str:
            my_permission_level = decode.expect(my_permission_level, str, "myPermissionLevel")

        user = decode.model(_models.UserSimple.from_dict, d.pop("user", decode.MISSING), "user")

        created_at = decode.date_time(d.pop("createdAt", decode.MISSING), "createdAt")

        updated_at = decode.date_time(d.pop("updatedAt", decode.MISSING), "updatedAt")

        remote_host = cls.__new__(cls)
        remote_host.id = id
        remote_host.name = name
        remote_host.type_ = type_
        remote_host.url = url
        remote_host.description = description
        remote_host.my_permission_level = my_permission_level
        remote_host.user = user
        remote_host.created_at = created_at
        remote_host.updated_at = updated_at

        remote_host.additional_properties = d if d else {}
        return remote_host

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
