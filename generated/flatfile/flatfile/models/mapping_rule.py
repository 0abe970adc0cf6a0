from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import rfc3339
from .._core._types import plain_names
from ..types import UNSET, Unset

T = TypeVar("T", bound="MappingRule")


@plain_names({"type": "type_"})
@_attrs_define
class MappingRule:
    """A stored mapping rule.

    Attributes:
        id (str): Rule identifier. Example: us_mr_YOUR_ID.
        created_at (datetime.datetime):  Example: 2024-01-15T09:30:00Z.
        updated_at (datetime.datetime):  Example: 2024-01-15T09:30:00Z.
        name (str | Unset):
        type_ (str | Unset):
        config (Any | Unset):
        accepted_at (datetime.datetime | Unset):
        accepted_by (str | Unset):
        metadata (Any | Unset):
        created_by (str | Unset):
        deleted_at (datetime.datetime | None | Unset):
    """

    id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    config: Any | Unset = UNSET
    accepted_at: datetime.datetime | Unset = UNSET
    accepted_by: str | Unset = UNSET
    metadata: Any | Unset = UNSET
    created_by: str | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = rfc3339(self.created_at)

        updated_at = rfc3339(self.updated_at)

        name = self.name

        type_ = self.type_

        config = self.config

        accepted_at: str | Unset = UNSET
        if not isinstance(self.accepted_at, Unset):
            accepted_at = rfc3339(self.accepted_at)

        accepted_by = self.accepted_by

        metadata = self.metadata

        created_by = self.created_by

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = rfc3339(self.deleted_at)
        else:
            deleted_at = self.deleted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if config is not UNSET:
            field_dict["config"] = config
        if accepted_at is not UNSET:
            field_dict["acceptedAt"] = accepted_at
        if accepted_by is not UNSET:
            field_dict["acceptedBy"] = accepted_by
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if deleted_at is not UNSET:
            field_dict["deletedAt"] = deleted_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", decode.MISSING)
        if type(id) is not str:
            id = decode.expect(id, str, "id")

        created_at = decode.date_time(d.pop("createdAt", decode.MISSING), "createdAt")

        updated_at = decode.date_time(d.pop("updatedAt", decode.MISSING), "updatedAt")

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = decode.expect(name, str, "name")

        type_ = d.pop("type", UNSET)
        if type(type_) is not str and type_ is not UNSET:
            type_ = decode.expect(type_, str, "type")

        config = d.pop("config", UNSET)

        accepted_at = decode.date_time(d.pop("acceptedAt", UNSET), "acceptedAt")

        accepted_by = d.pop("acceptedBy", UNSET)
        if type(accepted_by) is not str and accepted_by is not UNSET:
            accepted_by = decode.expect(accepted_by, str, "acceptedBy")

        metadata = d.pop("metadata", UNSET)

        created_by = d.pop("createdBy", UNSET)
        if type(created_by) is not str and created_by is not UNSET:
            created_by = decode.expect(created_by, str, "createdBy")

        deleted_at = d.pop("deletedAt", UNSET)
        if deleted_at is not None and deleted_at is not UNSET:
            deleted_at = decode.date_time(deleted_at, "deletedAt", expected="one of datetime.datetime | None")

        mapping_rule = cls.__new__(cls)
        mapping_rule.id = id
        mapping_rule.created_at = created_at
        mapping_rule.updated_at = updated_at
        mapping_rule.name = name
        mapping_rule.type_ = type_
        mapping_rule.config = config
        mapping_rule.accepted_at = accepted_at
        mapping_rule.accepted_by = accepted_by
        mapping_rule.metadata = metadata
        mapping_rule.created_by = created_by
        mapping_rule.deleted_at = deleted_at

        mapping_rule.additional_properties = d if d else {}
        return mapping_rule

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
