from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpsertContextKindPayload")


@_attrs_define
class UpsertContextKindPayload:
    """Fields for creating or updating a context kind.

    Attributes:
        name (str):  Example: Organization.
        description (str | Unset):  Example: Companies that buy seats.
        hide_in_targeting (bool | Unset):  Example: False.
        archived (bool | Unset):  Example: False.
        version (int | Unset):  Example: 1.
    """

    name: str
    description: str | Unset = UNSET
    hide_in_targeting: bool | Unset = UNSET
    archived: bool | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        hide_in_targeting = self.hide_in_targeting

        archived = self.archived

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if hide_in_targeting is not UNSET:
            field_dict["hideInTargeting"] = hide_in_targeting
        if archived is not UNSET:
            field_dict["archived"] = archived
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = decode.expect(description, str, "description")

        hide_in_targeting = d.pop("hideInTargeting", UNSET)
        if type(hide_in_targeting) is not bool and hide_in_targeting is not UNSET:
            hide_in_targeting = decode.expect(hide_in_targeting, bool, "hideInTargeting")

        archived = d.pop("archived", UNSET)
        if type(archived) is not bool and archived is not UNSET:
            archived = decode.expect(archived, bool, "archived")

        version = d.pop("version", UNSET)
        if type(version) is not int and version is not UNSET:
            version = decode.expect(version, int, "version")

        upsert_context_kind_payload = cls.__new__(cls)
        upsert_context_kind_payload.name = name
        upsert_context_kind_payload.description = description
        upsert_context_kind_payload.hide_in_targeting = hide_in_targeting
        upsert_context_kind_payload.archived = archived
        upsert_context_kind_payload.version = version

        upsert_context_kind_payload.additional_properties = d if d else {}
        return upsert_context_kind_payload

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
