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
from ..models.data_retention_policy_enum import DataRetentionPolicyEnum, check_data_retention_policy_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="DataRetentionPolicy")


@plain_names({"type": "type_"})
@_attrs_define
class DataRetentionPolicy:
    """Rule for deleting old spaces in an environment.

    Attributes:
        type_ (DataRetentionPolicyEnum | str): Clock that the retention period counts from. Example: lastActivity.
        period (int): Days before spaces are removed. Example: 5.
        environment_id (str):  Example: us_env_YOUR_ID.
        id (str | Unset): Identifier assigned by Flatfile. Example: us_drp_YOUR_ID.
        created_at (datetime.datetime | Unset): When the resource was created. Example: 2024-01-15T09:30:00Z.
        updated_at (datetime.datetime | Unset): When the resource was last changed. Example: 2024-01-15T09:30:00Z.
    """

    type_: DataRetentionPolicyEnum | str
    period: int
    environment_id: str
    id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        period = self.period

        environment_id = self.environment_id

        id = self.id

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
                "type": type_,
                "period": period,
                "environmentId": environment_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_data_retention_policy_enum(d.pop("type", decode.MISSING), "type")

        period = d.pop("period", decode.MISSING)
        if type(period) is not int:
            period = decode.expect(period, int, "period")

        environment_id = d.pop("environmentId", decode.MISSING)
        if type(environment_id) is not str:
            environment_id = decode.expect(environment_id, str, "environmentId")

        id = d.pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = decode.expect(id, str, "id")

        created_at = decode.date_time(d.pop("createdAt", UNSET), "createdAt")

        updated_at = decode.date_time(d.pop("updatedAt", UNSET), "updatedAt")

        data_retention_policy = cls.__new__(cls)
        data_retention_policy.type_ = type_
        data_retention_policy.period = period
        data_retention_policy.environment_id = environment_id
        data_retention_policy.id = id
        data_retention_policy.created_at = created_at
        data_retention_policy.updated_at = updated_at

        data_retention_policy.additional_properties = d if d else {}
        return data_retention_policy

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
