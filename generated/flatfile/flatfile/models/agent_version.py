from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import rfc3339
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentVersion")


@_attrs_define
class AgentVersion:
    """A stored revision of an agent.

    Attributes:
        agent_id (str):  Example: us_ag_YOUR_ID.
        version (int):  Example: 3.
        id (str | Unset): Identifier assigned by Flatfile. Example: us_agv_YOUR_ID.
        source (str | Unset):
        source_map (str | Unset):
        created_at (datetime.datetime | Unset): When the resource was created. Example: 2024-01-15T09:30:00Z.
    """

    agent_id: str
    version: int
    id: str | Unset = UNSET
    source: str | Unset = UNSET
    source_map: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        version = self.version

        id = self.id

        source = self.source

        source_map = self.source_map

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = rfc3339(self.created_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agentId": agent_id,
                "version": version,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if source is not UNSET:
            field_dict["source"] = source
        if source_map is not UNSET:
            field_dict["sourceMap"] = source_map
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent_id = d.pop("agentId", decode.MISSING)
        if type(agent_id) is not str:
            agent_id = decode.expect(agent_id, str, "agentId")

        version = d.pop("version", decode.MISSING)
        if type(version) is not int:
            version = decode.expect(version, int, "version")

        id = d.pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = decode.expect(id, str, "id")

        source = d.pop("source", UNSET)
        if type(source) is not str and source is not UNSET:
            source = decode.expect(source, str, "source")

        source_map = d.pop("sourceMap", UNSET)
        if type(source_map) is not str and source_map is not UNSET:
            source_map = decode.expect(source_map, str, "sourceMap")

        created_at = decode.date_time(d.pop("createdAt", UNSET), "createdAt")

        agent_version = cls.__new__(cls)
        agent_version.agent_id = agent_id
        agent_version.version = version
        agent_version.id = id
        agent_version.source = source
        agent_version.source_map = source_map
        agent_version.created_at = created_at

        agent_version.additional_properties = d if d else {}
        return agent_version

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
