from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_edit_teams_rep_errors_item import BulkEditTeamsRepErrorsItem


T = TypeVar("T", bound="BulkEditTeamsRep")


@_attrs_define
class BulkEditTeamsRep:
    """Outcome of a bulk team change.

    Attributes:
        member_i_ds (list[str] | Unset):
        team_keys (list[str] | Unset):
        errors (list[BulkEditTeamsRepErrorsItem] | Unset):
    """

    member_i_ds: list[str] | Unset = UNSET
    team_keys: list[str] | Unset = UNSET
    errors: list[BulkEditTeamsRepErrorsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        member_i_ds: list[str] | Unset = UNSET
        if not isinstance(self.member_i_ds, Unset):
            member_i_ds = self.member_i_ds

        team_keys: list[str] | Unset = UNSET
        if not isinstance(self.team_keys, Unset):
            team_keys = self.team_keys

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if member_i_ds is not UNSET:
            field_dict["memberIDs"] = member_i_ds
        if team_keys is not UNSET:
            field_dict["teamKeys"] = team_keys
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_edit_teams_rep_errors_item import BulkEditTeamsRepErrorsItem  # noqa: PLC0415

        d = dict(src_dict)
        member_i_ds = cast(list[str], d.pop("memberIDs", UNSET))

        team_keys = cast(list[str], d.pop("teamKeys", UNSET))

        _errors = d.pop("errors", UNSET)
        errors: list[BulkEditTeamsRepErrorsItem] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = BulkEditTeamsRepErrorsItem.from_dict(errors_item_data)

                errors.append(errors_item)

        bulk_edit_teams_rep = cls(
            member_i_ds=member_i_ds,
            team_keys=team_keys,
            errors=errors,
        )

        bulk_edit_teams_rep.additional_properties = d
        return bulk_edit_teams_rep

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
