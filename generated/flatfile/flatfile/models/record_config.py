from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.record_config_fields import RecordConfigFields


T = TypeVar("T", bound="RecordConfig")


@_attrs_define
class RecordConfig:
    """Per-record overrides such as read-only cells.

    Attributes:
        readonly (bool | Unset):
        fields (RecordConfigFields | Unset):
    """

    readonly: bool | Unset = UNSET
    fields: RecordConfigFields | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        readonly = self.readonly

        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = jsonable(self.fields)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if readonly is not UNSET:
            field_dict["readonly"] = readonly
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        readonly = d.pop("readonly", UNSET)
        if type(readonly) is not bool and readonly is not UNSET:
            readonly = decode.expect(readonly, bool, "readonly")

        fields = d.pop("fields", UNSET)
        if fields is not UNSET:
            fields = decode.model(_models.RecordConfigFields.from_dict, fields, "fields")

        record_config = cls.__new__(cls)
        record_config.readonly = readonly
        record_config.fields = fields

        record_config.additional_properties = d if d else {}
        return record_config

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
