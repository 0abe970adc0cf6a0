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

T = TypeVar("T", bound="MappingRuleConfig")


@plain_names({"type": "type_"})
@_attrs_define
class MappingRuleConfig:
    """Definition of a mapping rule.

    Attributes:
        name (str): Rule name. Example: Assign first name.
        type_ (str): Kind of rule. Example: assign.
        config (Any | Unset):
        accepted_at (datetime.datetime | Unset):
        accepted_by (str | Unset):  Example: us_usr_YOUR_ID.
        metadata (Any | Unset):
    """

    name: str
    type_: str
    config: Any | Unset = UNSET
    accepted_at: datetime.datetime | Unset = UNSET
    accepted_by: str | Unset = UNSET
    metadata: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        config = self.config

        accepted_at: str | Unset = UNSET
        if not isinstance(self.accepted_at, Unset):
            accepted_at = rfc3339(self.accepted_at)

        accepted_by = self.accepted_by

        metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if config is not UNSET:
            field_dict["config"] = config
        if accepted_at is not UNSET:
            field_dict["acceptedAt"] = accepted_at
        if accepted_by is not UNSET:
            field_dict["acceptedBy"] = accepted_by
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        type_ = d.pop("type", decode.MISSING)
        if type(type_) is not str:
            type_ = decode.expect(type_, str, "type")

        config = d.pop("config", UNSET)

        accepted_at = decode.date_time(d.pop("acceptedAt", UNSET), "acceptedAt")

        accepted_by = d.pop("acceptedBy", UNSET)
        if type(accepted_by) is not str and accepted_by is not UNSET:
            accepted_by = decode.expect(accepted_by, str, "acceptedBy")

        metadata = d.pop("metadata", UNSET)

        mapping_rule_config = cls.__new__(cls)
        mapping_rule_config.name = name
        mapping_rule_config.type_ = type_
        mapping_rule_config.config = config
        mapping_rule_config.accepted_at = accepted_at
        mapping_rule_config.accepted_by = accepted_by
        mapping_rule_config.metadata = metadata

        mapping_rule_config.additional_properties = d if d else {}
        return mapping_rule_config

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
