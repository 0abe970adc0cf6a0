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
    from ..models.record_config import RecordConfig
    from ..models.record_data import RecordData
    from ..models.record_metadata import RecordMetadata
    from ..models.validation_message import ValidationMessage


T = TypeVar("T", bound="Record")


@_attrs_define
class Record:
    """One row of a sheet.

    Attributes:
        id (str): Record identifier. Example: us_rc_YOUR_ID.
        values (RecordData): Cells of one record keyed by field key. Example: {'firstName': {'value': 'John',
            'messages': [], 'valid': True}, 'email': {'value': 'john.smith@example.com', 'messages': [], 'valid': True}}.
        version_id (str | Unset):  Example: us_vr_YOUR_ID.
        commit_id (str | Unset):  Example: us_vr_YOUR_ID.
        valid (bool | Unset):
        messages (list[ValidationMessage] | Unset):
        metadata (RecordMetadata | Unset):
        config (RecordConfig | Unset): Per-record overrides such as read-only cells.
    """

    id: str
    values: RecordData
    version_id: str | Unset = UNSET
    commit_id: str | Unset = UNSET
    valid: bool | Unset = UNSET
    messages: list[ValidationMessage] | Unset = UNSET
    metadata: RecordMetadata | Unset = UNSET
    config: RecordConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        values = jsonable(self.values)

        version_id = self.version_id

        commit_id = self.commit_id

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

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = jsonable(self.config)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "values": values,
            }
        )
        if version_id is not UNSET:
            field_dict["versionId"] = version_id
        if commit_id is not UNSET:
            field_dict["commitId"] = commit_id
        if valid is not UNSET:
            field_dict["valid"] = valid
        if messages is not UNSET:
            field_dict["messages"] = messages
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", decode.MISSING)
        if type(id) is not str:
            id = decode.expect(id, str, "id")

        values = decode.model(_models.RecordData.from_dict, d.pop("values", decode.MISSING), "values")

        version_id = d.pop("versionId", UNSET)
        if type(version_id) is not str and version_id is not UNSET:
            version_id = decode.expect(version_id, str, "versionId")

        commit_id = d.pop("commitId", UNSET)
        if type(commit_id) is not str and commit_id is not UNSET:
            commit_id = decode.expect(commit_id, str, "commitId")

        valid = d.pop("valid", UNSET)
        if type(valid) is not bool and valid is not UNSET:
            valid = decode.expect(valid, bool, "valid")

        messages = d.pop("messages", UNSET)
        if messages is not UNSET:
            messages = decode.model_array(_models.ValidationMessage.from_dict, messages, "messages")

        metadata = d.pop("metadata", UNSET)
        if metadata is not UNSET:
            metadata = decode.model(_models.RecordMetadata.from_dict, metadata, "metadata")

        config = d.pop("config", UNSET)
        if config is not UNSET:
            config = decode.model(_models.RecordConfig.from_dict, config, "config")

        record = cls.__new__(cls)
        record.id = id
        record.values = values
        record.version_id = version_id
        record.commit_id = commit_id
        record.valid = valid
        record.messages = messages
        record.metadata = metadata
        record.config = config

        record.additional_properties = d if d else {}
        return record

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
