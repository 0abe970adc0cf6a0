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
    from ..models.access_allowed_rep import AccessAllowedRep
    from ..models.access_denied import AccessDenied


T = TypeVar("T", bound="Access")


@_attrs_define
class Access:
    """
    Attributes:
        denied (list[AccessDenied]):
        allowed (list[AccessAllowedRep]):
    """

    denied: list[AccessDenied]
    allowed: list[AccessAllowedRep]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        denied = []
        for denied_item_data in self.denied:
            denied_item = jsonable(denied_item_data)
            denied.append(denied_item)

        allowed = []
        for allowed_item_data in self.allowed:
            allowed_item = jsonable(allowed_item_data)
            allowed.append(allowed_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "denied": denied,
                "allowed": allowed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        denied = decode.model_array(_models.AccessDenied.from_dict, d.pop("denied", decode.MISSING), "denied")

        allowed = decode.model_array(_models.AccessAllowedRep.from_dict, d.pop("allowed", decode.MISSING), "allowed")

        access = cls.__new__(cls)
        access.denied = denied
        access.allowed = allowed

        access.additional_properties = d if d else {}
        return access

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
