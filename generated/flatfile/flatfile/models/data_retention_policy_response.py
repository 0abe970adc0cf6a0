from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable

if TYPE_CHECKING:
    from ..models.data_retention_policy import DataRetentionPolicy


T = TypeVar("T", bound="DataRetentionPolicyResponse")


@_attrs_define
class DataRetentionPolicyResponse:
    """Single retention policy.

    Attributes:
        data (DataRetentionPolicy): Rule for deleting old spaces in an environment.
    """

    data: DataRetentionPolicy
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        data = jsonable(self.data)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = decode.model(_models.DataRetentionPolicy.from_dict, d.pop("data", decode.MISSING), "data")

        data_retention_policy_response = cls.__new__(cls)
        data_retention_policy_response.data = data

        data_retention_policy_response.additional_properties = d if d else {}
        return data_retention_policy_response

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
