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
    from ..models.hunk_rep import HunkRep


T = TypeVar("T", bound="ReferenceRep")


@_attrs_define
class ReferenceRep:
    """
    Attributes:
        path (str):
        hunks (list[HunkRep]):
        hint (str | Unset):
    """

    path: str
    hunks: list[HunkRep]
    hint: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        hunks = []
        for hunks_item_data in self.hunks:
            hunks_item = jsonable(hunks_item_data)
            hunks.append(hunks_item)

        hint = self.hint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "path": path,
                "hunks": hunks,
            }
        )
        if hint is not UNSET:
            field_dict["hint"] = hint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        path = d.pop("path", decode.MISSING)
        if type(path) is not str:
            path = decode.expect(path, str, "path")

        hunks = decode.model_array(_models.HunkRep.from_dict, d.pop("hunks", decode.MISSING), "hunks")

        hint = d.pop("hint", UNSET)
        if type(hint) is not str and hint is not UNSET:
            hint = decode.expect(hint, str, "hint")

        reference_rep = cls.__new__(cls)
        reference_rep.path = path
        reference_rep.hunks = hunks
        reference_rep.hint = hint

        reference_rep.additional_properties = d if d else {}
        return reference_rep

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
