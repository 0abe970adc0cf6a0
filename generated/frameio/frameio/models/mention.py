from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr

T = TypeVar("T", bound="Mention")


@_attrs_define
class Mention:
    """
    Attributes:
        user_id (UUID):
        start_index (int):
        end_index (int):
        text (str):
    """

    user_id: UUID
    start_index: int
    end_index: int
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        user_id = str(self.user_id)

        start_index = self.start_index

        end_index = self.end_index

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "start_index": start_index,
                "end_index": end_index,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = decode.uuid(d.pop("user_id", decode.MISSING), "user_id")

        start_index = d.pop("start_index", decode.MISSING)
        if type(start_index) is not int:
            start_index = decode.expect(start_index, int, "start_index")

        end_index = d.pop("end_index", decode.MISSING)
        if type(end_index) is not int:
            end_index = decode.expect(end_index, int, "end_index")

        text = d.pop("text", decode.MISSING)
        if type(text) is not str:
            text = decode.expect(text, str, "text")

        mention = cls.__new__(cls)
        mention.user_id = user_id
        mention.start_index = start_index
        mention.end_index = end_index
        mention.text = text

        mention.additional_properties = d if d else {}
        return mention

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
