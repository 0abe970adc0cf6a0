from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
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

    __repr__ = model_repr

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
                errors_item = jsonable(errors_item_data)
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
        _member_i_ds = d.pop("memberIDs", UNSET)
        member_i_ds: list[str] | Unset
        if isinstance(_member_i_ds, list):
            member_i_ds = []
            for member_i_ds_index, member_i_ds_item_data in enumerate(_member_i_ds):
                with decode.at("memberIDs", member_i_ds_index):
                    member_i_ds_item = decode.expect(member_i_ds_item_data, str)

                member_i_ds.append(member_i_ds_item)
        else:
            member_i_ds = decode.mismatch("an array", _member_i_ds, "memberIDs")

        _team_keys = d.pop("teamKeys", UNSET)
        team_keys: list[str] | Unset
        if isinstance(_team_keys, list):
            team_keys = []
            for team_keys_index, team_keys_item_data in enumerate(_team_keys):
                with decode.at("teamKeys", team_keys_index):
                    team_keys_item = decode.expect(team_keys_item_data, str)

                team_keys.append(team_keys_item)
        else:
            team_keys = decode.mismatch("an array", _team_keys, "teamKeys")

        _errors = d.pop("errors", UNSET)
        errors: list[BulkEditTeamsRepErrorsItem] | Unset
        if isinstance(_errors, list):
            errors = []
            for errors_index, errors_item_data in enumerate(_errors):
                with decode.at("errors", errors_index):
                    errors_item = decode.model(BulkEditTeamsRepErrorsItem.from_dict, errors_item_data)

                errors.append(errors_item)
        else:
            errors = decode.mismatch("an array", _errors, "errors")

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
