from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr

T = TypeVar("T", bound="RestoreOptions")


@_attrs_define
class RestoreOptions:
    """Which kinds of change a restore should roll back.

    Attributes:
        created (bool): Undo records added since the snapshot. Example: True.
        updated (bool): Revert records changed since the snapshot. Example: True.
        deleted (bool): Bring back records removed since the snapshot. Example: True.
    """

    created: bool
    updated: bool
    deleted: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        created = self.created

        updated = self.updated

        deleted = self.deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created": created,
                "updated": updated,
                "deleted": deleted,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created = d.pop("created", decode.MISSING)
        if type(created) is not bool:
            created = decode.expect(created, bool, "created")

        updated = d.pop("updated", decode.MISSING)
        if type(updated) is not bool:
            updated = decode.expect(updated, bool, "updated")

        deleted = d.pop("deleted", decode.MISSING)
        if type(deleted) is not bool:
            deleted = decode.expect(deleted, bool, "deleted")

        restore_options = cls.__new__(cls)
        restore_options.created = created
        restore_options.updated = updated
        restore_options.deleted = deleted

        restore_options.additional_properties = d if d else {}
        return restore_options

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
