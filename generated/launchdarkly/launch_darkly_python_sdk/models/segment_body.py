from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="SegmentBody")


@_attrs_define
class SegmentBody:
    """Fields for a new segment.

    Attributes:
        name (str):  Example: Beta testers.
        key (str):  Example: beta-testers.
        description (str | Unset):  Example: People in the beta program.
        tags (list[str] | Unset):
        unbounded (bool | Unset):  Example: False.
        unbounded_context_kind (str | Unset):
    """

    name: str
    key: str
    description: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    unbounded: bool | Unset = UNSET
    unbounded_context_kind: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        key = self.key

        description = self.description

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        unbounded = self.unbounded

        unbounded_context_kind = self.unbounded_context_kind

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "key": key,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if tags is not UNSET:
            field_dict["tags"] = tags
        if unbounded is not UNSET:
            field_dict["unbounded"] = unbounded
        if unbounded_context_kind is not UNSET:
            field_dict["unboundedContextKind"] = unbounded_context_kind

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        key = d.pop("key", decode.MISSING)
        if type(key) is not str:
            key = decode.expect(key, str, "key")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = decode.expect(description, str, "description")

        tags = d.pop("tags", UNSET)
        if tags is not UNSET:
            tags = decode.scalar_array(tags, str, "tags")

        unbounded = d.pop("unbounded", UNSET)
        if type(unbounded) is not bool and unbounded is not UNSET:
            unbounded = decode.expect(unbounded, bool, "unbounded")

        unbounded_context_kind = d.pop("unboundedContextKind", UNSET)
        if type(unbounded_context_kind) is not str and unbounded_context_kind is not UNSET:
            unbounded_context_kind = decode.expect(unbounded_context_kind, str, "unboundedContextKind")

        segment_body = cls.__new__(cls)
        segment_body.name = name
        segment_body.key = key
        segment_body.description = description
        segment_body.tags = tags
        segment_body.unbounded = unbounded
        segment_body.unbounded_context_kind = unbounded_context_kind

        segment_body.additional_properties = d if d else {}
        return segment_body

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
