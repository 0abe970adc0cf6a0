from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import rfc3339
from ..types import UNSET, Unset

T = TypeVar("T", bound="Poll")


@_attrs_define
class Poll:
    """
    Attributes:
        question (str):
        closes_at (datetime.datetime | Unset):
    """

    question: str
    closes_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        question = self.question

        closes_at: str | Unset = UNSET
        if not isinstance(self.closes_at, Unset):
            closes_at = rfc3339(self.closes_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "question": question,
            }
        )
        if closes_at is not UNSET:
            field_dict["closes_at"] = closes_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        question = d.pop("question", decode.MISSING)
        if type(question) is not str:
            question = decode.expect(question, str, "question")

        closes_at = decode.date_time(d.pop("closes_at", UNSET), "closes_at")

        poll = cls.__new__(cls)
        poll.question = question
        poll.closes_at = closes_at

        poll.additional_properties = d if d else {}
        return poll

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
