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
    from ..models.action import Action


T = TypeVar("T", bound="Document")


@_attrs_define
class Document:
    """A rich-text page inside a space.

    Attributes:
        title (str):  Example: My Document 1.
        body (str): Markdown or HTML content. Example: My information.
        id (str | Unset): Identifier assigned by Flatfile. Example: us_dc_YOUR_ID.
        treatments (list[str] | Unset):
        actions (list[Action] | Unset):
        space_id (str | Unset):  Example: us_sp_YOUR_ID.
        environment_id (str | Unset):  Example: us_env_YOUR_ID.
        created_at (datetime.datetime | Unset): When the resource was created. Example: 2024-01-15T09:30:00Z.
        updated_at (datetime.datetime | Unset): When the resource was last changed. Example: 2024-01-15T09:30:00Z.
    """

    title: str
    body: str
    id: str | Unset = UNSET
    treatments: list[str] | Unset = UNSET
    actions: list[Action] | Unset = UNSET
    space_id: str | Unset = UNSET
    environment_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        body = self.body

        id = self.id

        treatments: list[str] | Unset = UNSET
        if not isinstance(self.treatments, Unset):
            treatments = self.treatments

        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = jsonable(actions_item_data)
                actions.append(actions_item)

        space_id = self.space_id

        environment_id = self.environment_id

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
                "title": title,
                "body": body,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if treatments is not UNSET:
            field_dict["treatments"] = treatments
        if actions is not UNSET:
            field_dict["actions"] = actions
        if space_id is not UNSET:
            field_dict["spaceId"] = space_id
        if environment_id is not UNSET:
            field_dict["environmentId"] = environment_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", decode.MISSING)
        if type(title) is not str:
            title = decode.expect(title, str, "title")

        body = d.pop("body", decode.MISSING)
        if type(body) is not str:
            body = decode.expect(body, str, "body")

        id = d.pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = decode.expect(id, str, "id")

        treatments = d.pop("treatments", UNSET)
        if treatments is not UNSET:
            treatments = decode.scalar_array(treatments, str, "treatments")

        actions = d.pop("actions", UNSET)
        if actions is not UNSET:
            actions = decode.model_array(_models.Action.from_dict, actions, "actions")

        space_id = d.pop("spaceId", UNSET)
        if type(space_id) is not str and space_id is not UNSET:
            space_id = decode.expect(space_id, str, "spaceId")

        environment_id = d.pop("environmentId", UNSET)
        if type(environment_id) is not str and environment_id is not UNSET:
            environment_id = decode.expect(environment_id, str, "environmentId")

        created_at = decode.date_time(d.pop("createdAt", UNSET), "createdAt")

        updated_at = decode.date_time(d.pop("updatedAt", UNSET), "updatedAt")

        document = cls.__new__(cls)
        document.title = title
        document.body = body
        document.id = id
        document.treatments = treatments
        document.actions = actions
        document.space_id = space_id
        document.environment_id = environment_id
        document.created_at = created_at
        document.updated_at = updated_at

        document.additional_properties = d if d else {}
        return document

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
