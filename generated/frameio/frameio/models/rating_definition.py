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
    from ..models.rating_definition_field_configuration import RatingDefinitionFieldConfiguration


T = TypeVar("T", bound="RatingDefinition")


@_attrs_define
class RatingDefinition:
    """A custom field of type `rating`.

    Attributes:
        id (UUID):  Example: 3f5a7c9e-1b2d-4f60-8a1c-3e5f7a9c1b2d.
        name (str):  Example: Review status.
        field_type (Literal["rating"]):  Default: "rating". Example: rating.
        field_configuration (RatingDefinitionFieldConfiguration):
        mutable (bool): False for built-in fields that cannot be edited.
        creator_id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    name: str
    field_configuration: RatingDefinitionFieldConfiguration
    mutable: bool
    creator_id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    field_type: Literal["rating"] = "rating"
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
            'Literal["rating"]', decode.const(d.pop("field_type", decode.MISSING), "rating", "field_type")
        )

        field_configuration = decode.model(
            _models.RatingDefinitionFieldConfiguration.from_dict,
            d.pop("field_configuration", decode.MISSING),
            "field_configuration",
        )

        mutable = d.pop("mutable", decode.MISSING)
        if type(mutable) is not bool:
            mutable = decode.expect(mutable, bool, "mutable")

        creator_id = decode.uuid(d.pop("creator_id", decode.MISSING), "creator_id")

        created_at = decode.date_time(d.pop("created_at", decode.MISSING), "created_at")

        updated_at = decode.date_time(d.pop("updated_at", decode.MISSING), "updated_at")

        rating_definition = cls.__new__(cls)
        rating_definition.id = id
        rating_definition.name = name
        rating_definition.field_type = field_type
        rating_definition.field_configuration = field_configuration
        rating_definition.mutable = mutable
        rating_definition.creator_id = creator_id
        rating_definition.created_at = created_at
        rating_definition.updated_at = updated_at

        rating_definition.additional_properties = d if d else {}
        return rating_definition

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
