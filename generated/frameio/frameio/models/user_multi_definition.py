from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable, rfc3339

if TYPE_CHECKING:
    from ..models.user_multi_definition_field_configuration import UserMultiDefinitionFieldConfiguration


T = TypeVar("T", bound="UserMultiDefinition")


@_attrs_define
class UserMultiDefinition:
    """A custom field of type `user_multi`.

    Attributes:
        id (UUID):  Example: 3f5a7c9e-1b2d-4f60-8a1c-3e5f7a9c1b2d.
        name (str):  Example: Review status.
        field_type (Literal["user_multi"]):  Default: "user_multi". Example: user_multi.
        field_configuration (UserMultiDefinitionFieldConfiguration):
        mutable (bool): False for built-in fields that cannot be edited.
        creator_id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    name: str
    field_configuration: UserMultiDefinitionFieldConfiguration
    mutable: bool
    creator_id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    field_type: Literal["user_multi"] = "user_multi"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        field_type: str = self.field_type

        field_configuration = jsonable(self.field_configuration)

        mutable = self.mutable

        creator_id = str(self.creator_id)

        created_at = rfc3339(self.created_at)

        updated_at = rfc3339(self.updated_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "field_type": field_type,
                "field_configuration": field_configuration,
                "mutable": mutable,
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

        field_type = cast(
            'Literal["user_multi"]', decode.const(d.pop("field_type", decode.MISSING), "user_multi", "field_type")
        )

        field_configuration = decode.model(
            _models.UserMultiDefinitionFieldConfiguration.from_dict,
            d.pop("field_configuration", decode.MISSING),
            "field_configuration",
        )

        mutable = d.pop("mutable", decode.MISSING)
        if type(mutable) is not bool:
            mutable = decode.expect(mutable, bool, "mutable")

        creator_id = decode.uuid(d.pop("creator_id", decode.MISSING), "creator_id")

        created_at = decode.date_time(d.pop("created_at", decode.MISSING), "created_at")

        updated_at = decode.date_time(d.pop("updated_at", decode.MISSING), "updated_at")

        user_multi_definition = cls.__new__(cls)
        user_multi_definition.id = id
        user_multi_definition.name = name
        user_multi_definition.field_type = field_type
        user_multi_definition.field_configuration = field_configuration
        user_multi_definition.mutable = mutable
        user_multi_definition.creator_id = creator_id
        user_multi_definition.created_at = created_at
        user_multi_definition.updated_at = updated_at

        user_multi_definition.additional_properties = d if d else {}
        return user_multi_definition

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
