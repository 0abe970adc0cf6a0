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


T = TypeVar("T", bound="Credential")


@plain_names({"type": "type_"})
@_attrs_define(slots=False)
class Credential(ResponseMetadata):
    """Stored login for a database or outside service. The secret itself is never returned.

    Attributes:
        id (int):
        name (str):
        type_ (str): Credential kind, e.g. Database or Amazon Web Services S3.
        username (str):
        description (None | str):
        owner (str):
        user (UserSimple): Short reference to a user.
        remote_host_id (int | None):
        remote_host_name (None | str):
        state (None | str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        default (bool):
        oauth (bool):
    """

    id: int
    name: str
    type_: str
    username: str
    description: None | str
    owner: str
    user: UserSimple
    remote_host_id: int | None
    remote_host_name: None | str
    state: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    default: bool
    oauth: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        username = self.username

        description: None | str
        description = self.description

        owner = self.owner

        user = jsonable(self.user)

        remote_host_id: int | None
        remote_host_id = self.remote_host_id

        remote_host_name: None | str
        remote_host_name = self.remote_host_name

        state: None | str
        state = self.state

        created_at = rfc3339(self.created_at)

        updated_at = rfc3339(self.updated_at)

        default = self.default

        oauth = self.oauth

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
                "username": username,
                "description": description,
                "owner": owner,
                "user": user,
                "remoteHostId": remote_host_id,
                "remoteHostName": remote_host_name,
                "state": state,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "default": default,
                "oauth": oauth,
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

        username = d.pop("username", decode.MISSING)
        if type(username) is not str:
            username = decode.expect(username, str, "username")

        description = d.pop("description", decode.MISSING)
        if description is not None and type(description) is not str:
            description = decode.expect(description, str, "description", "one of None | str")

        owner = d.pop("owner", decode.MISSING)
        if type(owner) is not str:
            owner = decode.expect(owner, str, "owner")

        user = decode.model(_models.UserSimple.from_dict, d.pop("user", decode.MISSING), "user")

        remote_host_id = d.pop("remoteHostId", decode.MISSING)
        if remote_host_id is not None and type(remote_host_id) is not int:
            remote_host_id = decode.expect(remote_host_id, int, "remoteHostId", "one of int | None")

        remote_host_name = d.pop("remoteHostName", decode.MISSING)
        if remote_host_name is not None and type(remote_host_name) is not str:
            remote_host_name = decode.expect(remote_host_name, str, "remoteHostName", "one of None | str")

        state = d.pop("state", decode.MISSING)
        if state is not None and type(state) is not str:
            state = decode.expect(state, str, "state", "one of None | str")

        created_at = decode.date_time(d.pop("createdAt", decode.MISSING), "createdAt")

        updated_at = decode.date_time(d.pop("updatedAt", decode.MISSING), "updatedAt")

        default = d.pop("default", decode.MISSING)
        if type(default) is not bool:
            default = decode.expect(default, bool, "default")

        oauth = d.pop("oauth", decode.MISSING)
        if type(oauth) is not bool:
            oauth = decode.expect(oauth, bool, "oauth")

        credential = cls.__new__(cls)
        credential.id = id
        credential.name = name
        credential.type_ = type_
        credential.username = username
        credential.description = description
        credential.owner = owner
        credential.user = user
        credential.remote_host_id = remote_host_id
        credential.remote_host_name = remote_host_name
        credential.state = state
        credential.created_at = created_at
        credential.updated_at = updated_at
        credential.default = default
        credential.oauth = oauth

        credential.additional_properties = d if d else {}
        return credential

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
