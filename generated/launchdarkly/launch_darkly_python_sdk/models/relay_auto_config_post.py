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
    from ..models.statement import Statement


T = TypeVar("T", bound="RelayAutoConfigPost")


@_attrs_define
class RelayAutoConfigPost:
    """Fields for a new Relay Proxy configuration.

    Attributes:
        name (str):  Example: Edge relay.
        policy (list[Statement]):
    """

    name: str
    policy: list[Statement]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        policy = []
        for policy_item_data in self.policy:
            policy_item = jsonable(policy_item_data)
            policy.append(policy_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "policy": policy,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        policy = decode.model_array(_models.Statement.from_dict, d.pop("policy", decode.MISSING), "policy")

        relay_auto_config_post = cls.__new__(cls)
        relay_auto_config_post.name = name
        relay_auto_config_post.policy = policy

        relay_auto_config_post.additional_properties = d if d else {}
        return relay_auto_config_post

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
