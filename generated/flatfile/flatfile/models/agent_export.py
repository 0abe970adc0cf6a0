from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import rfc3339
from ..models.agent_export_status import AgentExportStatus, check_agent_export_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentExport")


@_attrs_define
class AgentExport:
    """A packaged copy of an agent prepared for download.

    Attributes:
        environment_id (str):  Example: us_env_YOUR_ID.
        status (AgentExportStatus | str):
        id (str | Unset): Identifier assigned by Flatfile. Example: us_ae_YOUR_ID.
        agent_id (str | Unset):  Example: us_ag_YOUR_ID.
        account_id (str | Unset):  Example: us_acc_YOUR_ID.
        file_name (str | Unset):
        created_at (datetime.datetime | Unset): When the resource was created. Example: 2024-01-15T09:30:00Z.
        updated_at (datetime.datetime | Unset): When the resource was last changed. Example: 2024-01-15T09:30:00Z.
    """

    environment_id: str
    status: AgentExportStatus | str
    id: str | Unset = UNSET
    agent_id: str | Unset = UNSET
    account_id: str | Unset = UNSET
    file_name: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        environment_id = self.environment_id

        status: str = self.status

        id = self.id

        agent_id = self.agent_id

        account_id = self.account_id

        file_name = self.file_name

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
                "environmentId": environment_id,
                "status": status,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if agent_id is not UNSET:
            field_dict["agentId"] = agent_id
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if file_name is not UNSET:
            field_dict["fileName"] = file_name
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        environment_id = d.pop("environmentId", decode.MISSING)
        if type(environment_id) is not str:
            environment_id = decode.expect(environment_id, str, "environmentId")

        status = check_agent_export_status(d.pop("status", decode.MISSING), "status")

        id = d.pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = decode.expect(id, str, "id")

        agent_id = d.pop("agentId", UNSET)
        if type(agent_id) is not str and agent_id is not UNSET:
            agent_id = decode.expect(agent_id, str, "agentId")

        account_id = d.pop("accountId", UNSET)
        if type(account_id) is not str and account_id is not UNSET:
            account_id = decode.expect(account_id, str, "accountId")

        file_name = d.pop("fileName", UNSET)
        if type(file_name) is not str and file_name is not UNSET:
            file_name = decode.expect(file_name, str, "fileName")

        created_at = decode.date_time(d.pop("createdAt", UNSET), "createdAt")

        updated_at = decode.date_time(d.pop("updatedAt", UNSET), "updatedAt")

        agent_export = cls.__new__(cls)
        agent_export.environment_id = environment_id
        agent_export.status = status
        agent_export.id = id
        agent_export.agent_id = agent_id
        agent_export.account_id = account_id
        agent_export.file_name = file_name
        agent_export.created_at = created_at
        agent_export.updated_at = updated_at

        agent_export.additional_properties = d if d else {}
        return agent_export

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
