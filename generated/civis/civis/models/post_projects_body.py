from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostProjectsBody")


@_attrs_define(slots=False)
class PostProjectsBody(ResponseMetadata):
    """
    Attributes:
        name (str):
        description (str):
        note (str | Unset):
        auto_share (bool | Unset): Share new contents with project members.
        hidden (bool | Unset):
    """

    name: str
    description: str
    note: str | Unset = UNSET
    auto_share: bool | Unset = UNSET
    hidden: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        note = self.note

        auto_share = self.auto_share

        hidden = self.hidden

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note
        if auto_share is not UNSET:
            field_dict["autoShare"] = auto_share
        if hidden is not UNSET:
            field_dict["hidden"] = hidden

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        description = d.pop("description", decode.MISSING)
        if type(description) is not str:
            description = decode.expect(description, str, "description")

        note = d.pop("note", UNSET)
        if type(note) is not str and note is not UNSET:
            note = decode.expect(note, str, "note")

        auto_share = d.pop("autoShare", UNSET)
        if type(auto_share) is not bool and auto_share is not UNSET:
            auto_share = decode.expect(auto_share, bool, "autoShare")

        hidden = d.pop("hidden", UNSET)
        if type(hidden) is not bool and hidden is not UNSET:
            hidden = decode.expect(hidden, bool, "hidden")

        post_projects_body = cls.__new__(cls)
        post_projects_body.name = name
        post_projects_body.description = description
        post_projects_body.note = note
        post_projects_body.auto_share = auto_share
        post_projects_body.hidden = hidden

        post_projects_body.additional_properties = d if d else {}
        return post_projects_body

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return field_item(self, key, self.additional_properties)

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return has_field_item(self, key, self.additional_properties)
