from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        layer = self.layer

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

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
        from ..models.cell_value_metadata import CellValueMetadata  # noqa: PLC0415
        from ..models.validation_message import ValidationMessage  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_value(data: object) -> bool | float | int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | float | int | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        valid = d.pop("valid", UNSET)

        _messages = d.pop("messages", UNSET)
        messages: list[ValidationMessage] | Unset = UNSET
        if _messages is not UNSET:
            messages = []
            for messages_item_data in _messages:
                messages_item = ValidationMessage.from_dict(messages_item_data)

                messages.append(messages_item)

        _metadata = d.pop("metadata", UNSET)
        metadata: CellValueMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = CellValueMetadata.from_dict(_metadata)

        layer = d.pop("layer", UNSET)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        cell_value = cls(
            value=value,
            valid=valid,
            messages=messages,
            metadata=metadata,
            layer=layer,
            updated_at=updated_at,
        )

        cell_value.additional_properties = d
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
