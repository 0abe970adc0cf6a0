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
    from ..models.mapping_rule import MappingRule
    from ..models.program_summary import ProgramSummary


T = TypeVar("T", bound="Program")


@_attrs_define
class Program:
    """A set of rules that maps one schema onto another.

    Attributes:
        rules (list[MappingRule]):
        source_keys (list[str]):
        destination_keys (list[str]):
        id (str | Unset):  Example: us_mp_YOUR_ID.
        namespace (str | Unset):
        family_id (str | Unset):
        created_by (str | Unset):
        created_at (datetime.datetime | Unset):
        summary (ProgramSummary | Unset): Rule tallies.
        access_token (str | Unset):
    """

    rules: list[MappingRule]
    source_keys: list[str]
    destination_keys: list[str]
    id: str | Unset = UNSET
    namespace: str | Unset = UNSET
    family_id: str | Unset = UNSET
    created_by: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    summary: ProgramSummary | Unset = UNSET
    access_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        rules = []
        for rules_item_data in self.rules:
            rules_item = jsonable(rules_item_data)
            rules.append(rules_item)

        source_keys = self.source_keys

        destination_keys = self.destination_keys

        id = self.id

        namespace = self.namespace

        family_id = self.family_id

        created_by = self.created_by

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = rfc3339(self.created_at)

        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = jsonable(self.summary)

        access_token = self.access_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rules": rules,
                "sourceKeys": source_keys,
                "destinationKeys": destination_keys,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if family_id is not UNSET:
            field_dict["familyId"] = family_id
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if summary is not UNSET:
            field_dict["summary"] = summary
        if access_token is not UNSET:
            field_dict["accessToken"] = access_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rules = decode.model_array(_models.MappingRule.from_dict, d.pop("rules", decode.MISSING), "rules")

        source_keys = decode.scalar_array(d.pop("sourceKeys", decode.MISSING), str, "sourceKeys")

        destination_keys = decode.scalar_array(d.pop("destinationKeys", decode.MISSING), str, "destinationKeys")

        id = d.pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = decode.expect(id, str, "id")

        namespace = d.pop("namespace", UNSET)
        if type(namespace) is not str and namespace is not UNSET:
            namespace = decode.expect(namespace, str, "namespace")

        family_id = d.pop("familyId", UNSET)
        if type(family_id) is not str and family_id is not UNSET:
            family_id = decode.expect(family_id, str, "familyId")

        created_by = d.pop("createdBy", UNSET)
        if type(created_by) is not str and created_by is not UNSET:
            created_by = decode.expect(created_by, str, "createdBy")

        created_at = decode.date_time(d.pop("createdAt", UNSET), "createdAt")

        summary = d.pop("summary", UNSET)
        if summary is not UNSET:
            summary = decode.model(_models.ProgramSummary.from_dict, summary, "summary")

        access_token = d.pop("accessToken", UNSET)
        if type(access_token) is not str and access_token is not UNSET:
            access_token = decode.expect(access_token, str, "accessToken")

        program = cls.__new__(cls)
        program.rules = rules
        program.source_keys = source_keys
        program.destination_keys = destination_keys
        program.id = id
        program.namespace = namespace
        program.family_id = family_id
        program.created_by = created_by
        program.created_at = created_at
        program.summary = summary
        program.access_token = access_token

        program.additional_properties = d if d else {}
        return program

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
