from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        from ..models.mapping_rule import MappingRule  # noqa: PLC0415
        from ..models.program_summary import ProgramSummary  # noqa: PLC0415

        d = dict(src_dict)
        _rules = d.pop("rules", decode.MISSING)
        rules: list[MappingRule]
        if isinstance(_rules, list):
            rules = []
            for rules_index, rules_item_data in enumerate(_rules):
                with decode.at("rules", rules_index):
                    rules_item = decode.model(MappingRule.from_dict, rules_item_data)

                rules.append(rules_item)
        else:
            rules = decode.mismatch("an array", _rules, "rules")

        _source_keys = d.pop("sourceKeys", decode.MISSING)
        source_keys: list[str]
        if isinstance(_source_keys, list):
            source_keys = []
            for source_keys_index, source_keys_item_data in enumerate(_source_keys):
                with decode.at("sourceKeys", source_keys_index):
                    source_keys_item = decode.expect(source_keys_item_data, str)

                source_keys.append(source_keys_item)
        else:
            source_keys = decode.mismatch("an array", _source_keys, "sourceKeys")

        _destination_keys = d.pop("destinationKeys", decode.MISSING)
        destination_keys: list[str]
        if isinstance(_destination_keys, list):
            destination_keys = []
            for destination_keys_index, destination_keys_item_data in enumerate(_destination_keys):
                with decode.at("destinationKeys", destination_keys_index):
                    destination_keys_item = decode.expect(destination_keys_item_data, str)

                destination_keys.append(destination_keys_item)
        else:
            destination_keys = decode.mismatch("an array", _destination_keys, "destinationKeys")

        id = decode.expect(d.pop("id", UNSET), str, "id")

        namespace = decode.expect(d.pop("namespace", UNSET), str, "namespace")

        family_id = decode.expect(d.pop("familyId", UNSET), str, "familyId")

        created_by = decode.expect(d.pop("createdBy", UNSET), str, "createdBy")

        created_at = decode.date_time(d.pop("createdAt", UNSET), "createdAt")

        summary = decode.model(ProgramSummary.from_dict, d.pop("summary", UNSET), "summary")

        access_token = decode.expect(d.pop("accessToken", UNSET), str, "accessToken")

        program = cls(
            rules=rules,
            source_keys=source_keys,
            destination_keys=destination_keys,
            id=id,
            namespace=namespace,
            family_id=family_id,
            created_by=created_by,
            created_at=created_at,
            summary=summary,
            access_token=access_token,
        )

        program.additional_properties = d
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
