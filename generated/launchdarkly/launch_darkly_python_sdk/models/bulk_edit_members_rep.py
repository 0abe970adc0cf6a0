from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_edit_members_rep_errors_item import BulkEditMembersRepErrorsItem


T = TypeVar("T", bound="BulkEditMembersRep")


@_attrs_define
class BulkEditMembersRep:
    """Outcome of a bulk member change.

    Attributes:
        members (list[str] | Unset):
        errors (list[BulkEditMembersRepErrorsItem] | Unset):
    """

    members: list[str] | Unset = UNSET
    errors: list[BulkEditMembersRepErrorsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        members: list[str] | Unset = UNSET
        if not isinstance(self.members, Unset):
            members = self.members

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if members is not UNSET:
            field_dict["members"] = members
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_edit_members_rep_errors_item import BulkEditMembersRepErrorsItem  # noqa: PLC0415

        d = dict(src_dict)
        members = cast(list[str], d.pop("members", UNSET))

        _errors = d.pop("errors", UNSET)
        errors: list[BulkEditMembersRepErrorsItem] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = BulkEditMembersRepErrorsItem.from_dict(errors_item_data)

                errors.append(errors_item)

        bulk_edit_members_rep = cls(
            members=members,
            errors=errors,
        )

        bulk_edit_members_rep.additional_properties = d
        return bulk_edit_members_rep

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
