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
    from ..models.access_allowed_reason import AccessAllowedReason


T = TypeVar("T", bound="AccessAllowedRep")


@_attrs_define
class AccessAllowedRep:
    """
    Attributes:
        action (str):
        reason (AccessAllowedReason):
    """

    action: str
    reason: AccessAllowedReason
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        reason = jsonable(self.reason)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = d.pop("action", decode.MISSING)
        if type(action) is not str:
            action = decode.expect(action, str, "action")

        reason = decode.model(_models.AccessAllowedReason.from_dict, d.pop("reason", decode.MISSING), "reason")

        access_allowed_rep = cls.__new__(cls)
        access_allowed_rep.action = action
        access_allowed_rep.reason = reason

        access_allowed_rep.additional_properties = d if d else {}
        return access_allowed_rep

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
