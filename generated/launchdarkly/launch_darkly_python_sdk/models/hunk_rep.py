from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="HunkRep")


@_attrs_define
class HunkRep:
    """
    Attributes:
        starting_line_number (int):
        lines (str | Unset):
        proj_key (str | Unset):
        flag_key (str | Unset):
        aliases (list[str] | Unset):
    """

    starting_line_number: int
    lines: str | Unset = UNSET
    proj_key: str | Unset = UNSET
    flag_key: str | Unset = UNSET
    aliases: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        starting_line_number = self.starting_line_number

        lines = self.lines

        proj_key = self.proj_key

        flag_key = self.flag_key

        aliases: list[str] | Unset = UNSET
        if not isinstance(self.aliases, Unset):
            aliases = self.aliases

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "startingLineNumber": starting_line_number,
            }
        )
        if lines is not UNSET:
            field_dict["lines"] = lines
        if proj_key is not UNSET:
            field_dict["projKey"] = proj_key
        if flag_key is not UNSET:
            field_dict["flagKey"] = flag_key
        if aliases is not UNSET:
            field_dict["aliases"] = aliases

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        starting_line_number = d.pop("startingLineNumber", decode.MISSING)
        if type(starting_line_number) is not int:
            starting_line_number = decode.expect(starting_line_number, int, "startingLineNumber")

        lines = d.pop("lines", UNSET)
        if type(lines) is not str and lines is not UNSET:
            lines = decode.expect(lines, str, "lines")

        proj_key = d.pop("projKey", UNSET)
        if type(proj_key) is not str and proj_key is not UNSET:
            proj_key = decode.expect(proj_key, str, "projKey")

        flag_key = d.pop("flagKey", UNSET)
        if type(flag_key) is not str and flag_key is not UNSET:
            flag_key = decode.expect(flag_key, str, "flagKey")

        aliases = d.pop("aliases", UNSET)
        if aliases is not UNSET:
            aliases = decode.scalar_array(aliases, str, "aliases")

        hunk_rep = cls.__new__(cls)
        hunk_rep.starting_line_number = starting_line_number
        hunk_rep.lines = lines
        hunk_rep.proj_key = proj_key
        hunk_rep.flag_key = flag_key
        hunk_rep.aliases = aliases

        hunk_rep.additional_properties = d if d else {}
        return hunk_rep

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
