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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.long_text_definition_field_configuration import LongTextDefinitionFieldConfiguration
    from ..models.user import User


T = TypeVar("T", bound="LongTextDefinitionWithIncludes")


@_attrs_define
class LongTextDefinitionWithIncludes:
    """
    Attributes:
        id (UUID):  Example: 3f5a7c9e-1b2d-4f60-8a1c-3e5f7a9c1b2d.
        name (str):  Example: Review status.
        field_type (Literal["long_text"]):  Default: "long_text". Example: long_text.
        field_configuration (LongTextDefinitionFieldConfiguration):
        mutable (bool): False for built-in fields that cannot be edited.
        creator_id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        creator (User | Unset): A person as seen from another resource.
    """

    id: UUID
    name: str
    field_configuration: LongTextDefinitionFieldConfiguration
    mutable: bool
    creator_id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    field_type: Literal["long_text"] = "long_text"
    creator: User | Unset = UNSET
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

        creator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.creator, Unset):
            creator = jsonable(self.creator)

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

        field_type = cast(
            'Literal["long_text"]', decode.const(d.pop("field_type", decode.MISSING), "long_text", "field_type")
        )

        field_configuration = decode.model(
            _models.LongTextDefinitionFieldConfiguration.from_dict,
            d.pop("field_configuration", decode.MISSING),
            "field_configuration",
        )

        mutable = d.pop("mutable", decode.MISSING)
        if type(mutable) is not bool:
            mutable = decode.expect(mutable, bool, "mutable")

        creator_id = decode.uuid(d.pop("creator_id", decode.MISSING), "creator_id")

        created_at = decode.date_time(d.pop("created_at", decode.MISSING), "created_at")

        updated_at = decode.date_time(d.pop("updated_at", decode.MISSING), "updated_at")

        creator = d.pop("creator", UNSET)
        if creator is not UNSET:
            creator = decode.model(_models.User.from_dict, creator, "creator")

        long_text_definition_with_includes = cls.__new__(cls)
        long_text_definition_with_includes.id = id
        long_text_definition_with_includes.name = name
        long_text_definition_with_includes.field_type = field_type
        long_text_definition_with_includes.field_configuration = field_configuration
        long_text_definition_with_includes.mutable = mutable
        long_text_definition_with_includes.creator_id = creator_id
        long_text_definition_with_includes.created_at = created_at
        long_text_definition_with_includes.updated_at = updated_at
        long_text_definition_with_includes.creator = creator

        long_text_definition_with_includes.additional_properties = d if d else {}
        return long_text_definition_with_includes

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
