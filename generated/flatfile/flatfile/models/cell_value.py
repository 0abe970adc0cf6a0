from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable, rfc3339
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cell_value_metadata import CellValueMetadata
    from ..models.validation_message import ValidationMessage


T = TypeVar("T", bound="CellValue")


@_attrs_define
class CellValue:
    """Value of one cell plus its validation state.

    Example:
        {'value': 'John', 'messages': [], 'valid': True}

    Attributes:
        value (bool | float | int | str | Unset): A scalar cell value (text, number or boolean).
        valid (bool | Unset):  Example: True.
        messages (list[ValidationMessage] | Unset):
        metadata (CellValueMetadata | Unset):
        layer (str | Unset):
        updated_at (datetime.datetime | Unset):
    """

    value: bool | float | int | str | Unset = UNSET
    valid: bool | Unset = UNSET
    messages: list[ValidationMessage] | Unset = UNSET
    metadata: CellValueMetadata | Unset = UNSET
    layer: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        value: bool | float | int | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        valid = self.valid

        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = jsonable(messages_item_data)
                messages.append(messages_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = jsonable(self.metadata)

        layer = self.layer

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = rfc3339(self.updated_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if value is not UNSET:
            field_dict["value"] = value
        if valid is not UNSET:
            field_dict["valid"] = valid
        if messages is not UNSET:
            field_dict["messages"] = messages
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if layer is not UNSET:
            field_dict["layer"] = layer
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_value(data: object) -> bool | float | int | str | Unset:
            if isinstance(data, Unset):
                return data
            if type(data) is str:
                return data
            try:
                with decode.strictly():
                    componentsschemas_cell_value_union_type_0 = data
                    if type(componentsschemas_cell_value_union_type_0) is not str:
                        componentsschemas_cell_value_union_type_0 = decode.expect(
                            componentsschemas_cell_value_union_type_0, str
                        )

                return componentsschemas_cell_value_union_type_0
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            if type(data) is int:
                return data
            try:
                with decode.strictly():
                    componentsschemas_cell_value_union_type_1 = data
                    if type(componentsschemas_cell_value_union_type_1) is not int:
                        componentsschemas_cell_value_union_type_1 = decode.expect(
                            componentsschemas_cell_value_union_type_1, int
                        )

                return componentsschemas_cell_value_union_type_1
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            if type(data) is float:
                return data
            try:
                with decode.strictly():
                    componentsschemas_cell_value_union_type_2 = data
                    if type(componentsschemas_cell_value_union_type_2) is not float:
                        componentsschemas_cell_value_union_type_2 = decode.expect(
                            componentsschemas_cell_value_union_type_2, float
                        )

                return componentsschemas_cell_value_union_type_2
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            if type(data) is bool:
                return data
            try:
                with decode.strictly():
                    componentsschemas_cell_value_union_type_3 = data
                    if type(componentsschemas_cell_value_union_type_3) is not bool:
                        componentsschemas_cell_value_union_type_3 = decode.expect(
                            componentsschemas_cell_value_union_type_3, bool
                        )

                return componentsschemas_cell_value_union_type_3
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            return cast(
                "bool | float | int | str | Unset", decode.mismatch("one of bool | float | int | str", data, "value")
            )

        value = d.pop("value", UNSET)
        if value is not UNSET:
            value = _parse_value(value)

        valid = d.pop("valid", UNSET)
        if type(valid) is not bool and valid is not UNSET:
            valid = decode.expect(valid, bool, "valid")

        messages = d.pop("messages", UNSET)
        if messages is not UNSET:
            messages = decode.model_array(_models.ValidationMessage.from_dict, messages, "messages")

        metadata = d.pop("metadata", UNSET)
        if metadata is not UNSET:
            metadata = decode.model(_models.CellValueMetadata.from_dict, metadata, "metadata")

        layer = d.pop("layer", UNSET)
        if type(layer) is not str and layer is not UNSET:
            layer = decode.expect(layer, str, "layer")

        updated_at = decode.date_time(d.pop("updatedAt", UNSET), "updatedAt")

        cell_value = cls.__new__(cls)
        cell_value.value = value
        cell_value.valid = valid
        cell_value.messages = messages
        cell_value.metadata = metadata
        cell_value.layer = layer
        cell_value.updated_at = updated_at

        cell_value.additional_properties = d if d else {}
        return cell_value

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
