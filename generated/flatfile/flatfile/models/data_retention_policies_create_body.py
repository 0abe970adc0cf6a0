from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._types import plain_names
from ..models.data_retention_policy_enum import DataRetentionPolicyEnum, check_data_retention_policy_enum

T = TypeVar("T", bound="DataRetentionPoliciesCreateBody")


@plain_names({"type": "type_"})
@_attrs_define
class DataRetentionPoliciesCreateBody:
    """
    Attributes:
        type_ (DataRetentionPolicyEnum | str): Clock that the retention period counts from. Example: lastActivity.
        period (int): Days before spaces are removed. Example: 5.
        environment_id (str): Environment identifier. Example: us_env_YOUR_ID.
    """

    type_: DataRetentionPolicyEnum | str
    period: int
    environment_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        period = self.period

        environment_id = self.environment_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "period": period,
                "environmentId": environment_id,
            }
        )

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

        data_retention_policies_create_body = cls.__new__(cls)
        data_retention_policies_create_body.type_ = type_
        data_retention_policies_create_body.period = period
        data_retention_policies_create_body.environment_id = environment_id

        data_retention_policies_create_body.additional_properties = d if d else {}
        return data_retention_policies_create_body

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
