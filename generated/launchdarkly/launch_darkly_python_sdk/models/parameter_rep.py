from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="ParameterRep")


@_attrs_define
class ParameterRep:
    """
    Attributes:
        variation_id (str | Unset):
        flag_key (str | Unset):
    """

    variation_id: str | Unset = UNSET
    flag_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        variation_id = self.variation_id

        flag_key = self.flag_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if variation_id is not UNSET:
            field_dict["variationId"] = variation_id
        if flag_key is not UNSET:
            field_dict["flagKey"] = flag_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        variation_id = d.pop("variationId", UNSET)
        if type(variation_id) is not str and variation_id is not UNSET:
            variation_id = decode.expect(variation_id, str, "variationId")

        flag_key = d.pop("flagKey", UNSET)
        if type(flag_key) is not str and flag_key is not UNSET:
            flag_key = decode.expect(flag_key, str, "flagKey")

        parameter_rep = cls.__new__(cls)
        parameter_rep.variation_id = variation_id
        parameter_rep.flag_key = flag_key

        parameter_rep.additional_properties = d if d else {}
        return parameter_rep

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
