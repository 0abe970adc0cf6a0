from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import rfc3339
from ..models.board_activity_kind import BoardActivityKind, check_board_activity_kind
from ..types import UNSET, Unset

T = TypeVar("T", bound="BoardActivity")


@_attrs_define
class BoardActivity:
    """
    Attributes:
        kind (BoardActivityKind | str):
        card (str):
        column (None | str | Unset):
        at (datetime.datetime | Unset):
    """

    kind: BoardActivityKind | str
    card: str
    column: None | str | Unset = UNSET
    at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        kind: str = self.kind

        card = self.card

        column: None | str | Unset
        if isinstance(self.column, Unset):
            column = UNSET
        else:
            column = self.column

        at: str | Unset = UNSET
        if not isinstance(self.at, Unset):
            at = rfc3339(self.at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "card": card,
            }
        )
        if column is not UNSET:
            field_dict["column"] = column
        if at is not UNSET:
            field_dict["at"] = at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = check_board_activity_kind(d.pop("kind", decode.MISSING), "kind")

        card = d.pop("card", decode.MISSING)
        if type(card) is not str:
            card = decode.expect(card, str, "card")

        column = d.pop("column", UNSET)
        if column is not None and type(column) is not str and column is not UNSET:
            column = decode.expect(column, str, "column", "one of None | str")

        at = decode.date_time(d.pop("at", UNSET), "at")

        board_activity = cls.__new__(cls)
        board_activity.kind = kind
        board_activity.card = card
        board_activity.column = column
        board_activity.at = at

        board_activity.additional_properties = d if d else {}
        return board_activity

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
