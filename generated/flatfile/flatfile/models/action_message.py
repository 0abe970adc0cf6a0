from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._types import plain_names
from ..models.action_message_type import ActionMessageType, check_action_message_type

T = TypeVar("T", bound="ActionMessage")


@plain_names({"type": "type_"})
@_attrs_define
class ActionMessage:
    """A note shown next to an action.

    Attributes:
        type_ (ActionMessageType | str):
        content (str): Text shown to the user.
    """

    type_: ActionMessageType | str
    content: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "content": content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_action_message_type(d.pop("type", decode.MISSING), "type")

        content = d.pop("content", decode.MISSING)
        if type(content) is not str:
            content = decode.expect(content, str, "content")

        action_message = cls.__new__(cls)
        action_message.type_ = type_
        action_message.content = content

        action_message.additional_properties = d if d else {}
        return action_message

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
