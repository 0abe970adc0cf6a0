from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchOperation")


@_attrs_define
class PatchOperation:
    """One RFC 6902 operation.

    Attributes:
        op (str): add, remove, replace, move, copy or test. Example: replace.
        path (str): JSON Pointer to the field to change. Example: /description.
        value (Any | Unset): New value, for operations that need one. Example: Updated by the release team.
    """

    op: str
    path: str
    value: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        op = self.op

        path = self.path

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "op": op,
                "path": path,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        op = d.pop("op", decode.MISSING)
        if type(op) is not str:
            op = decode.expect(op, str, "op")

        path = d.pop("path", decode.MISSING)
        if type(path) is not str:
            path = decode.expect(path, str, "path")

        value = d.pop("value", UNSET)

        patch_operation = cls.__new__(cls)
        patch_operation.op = op
        patch_operation.path = path
        patch_operation.value = value

        patch_operation.additional_properties = d if d else {}
        return patch_operation

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
