from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..models.instruction_user_request_kind import InstructionUserRequestKind, check_instruction_user_request_kind
from ..types import UNSET, Unset

T = TypeVar("T", bound="InstructionUserRequest")


@_attrs_define
class InstructionUserRequest:
    """
    Attributes:
        kind (InstructionUserRequestKind | str):
        flag_key (str):
        variation_id (str):
        value (int | Unset):
        version (int | Unset):
    """

    kind: InstructionUserRequestKind | str
    flag_key: str
    variation_id: str
    value: int | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        kind: str = self.kind

        flag_key = self.flag_key

        variation_id = self.variation_id

        value = self.value

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "flagKey": flag_key,
                "variationId": variation_id,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = check_instruction_user_request_kind(d.pop("kind", decode.MISSING), "kind")

        flag_key = d.pop("flagKey", decode.MISSING)
        if type(flag_key) is not str:
            flag_key = decode.expect(flag_key, str, "flagKey")

        variation_id = d.pop("variationId", decode.MISSING)
        if type(variation_id) is not str:
            variation_id = decode.expect(variation_id, str, "variationId")

        value = d.pop("value", UNSET)
        if type(value) is not int and value is not UNSET:
            value = decode.expect(value, int, "value")

        version = d.pop("version", UNSET)
        if type(version) is not int and version is not UNSET:
            version = decode.expect(version, int, "version")

        instruction_user_request = cls.__new__(cls)
        instruction_user_request.kind = kind
        instruction_user_request.flag_key = flag_key
        instruction_user_request.variation_id = variation_id
        instruction_user_request.value = value
        instruction_user_request.version = version

        instruction_user_request.additional_properties = d if d else {}
        return instruction_user_request

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
