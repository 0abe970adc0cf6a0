from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core.response_metadata import ResponseMetadata

if TYPE_CHECKING:
    from ..models.user_simple import UserSimple


T = TypeVar("T", bound="Credential")


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

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        username = self.username

        description: None | str
        description = self.description

        owner = self.owner

        user = self.user.to_dict()

        remote_host_id: int | None
        remote_host_id = self.remote_host_id

        remote_host_name: None | str
        remote_host_name = self.remote_host_name

        state: None | str
        state = self.state

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

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
        from ..models.user_simple import UserSimple  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        type_ = d.pop("type")

        username = d.pop("username")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        owner = d.pop("owner")

        user = UserSimple.from_dict(d.pop("user"))

        def _parse_remote_host_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        remote_host_id = _parse_remote_host_id(d.pop("remoteHostId"))

        def _parse_remote_host_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        remote_host_name = _parse_remote_host_name(d.pop("remoteHostName"))

        def _parse_state(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        state = _parse_state(d.pop("state"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        default = d.pop("default")

        oauth = d.pop("oauth")

        credential = cls(
            id=id,
            name=name,
            type_=type_,
            username=username,
            description=description,
            owner=owner,
            user=user,
            remote_host_id=remote_host_id,
            remote_host_name=remote_host_name,
            state=state,
            created_at=created_at,
            updated_at=updated_at,
            default=default,
            oauth=oauth,
        )

        credential.additional_properties = d
        return credential

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
