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
        d = dict(src_dict)
        member_i_ds = d.pop("memberIDs", UNSET)
        if member_i_ds is not UNSET:
            member_i_ds = decode.scalar_array(member_i_ds, str, "memberIDs")

        team_keys = d.pop("teamKeys", UNSET)
        if team_keys is not UNSET:
            team_keys = decode.scalar_array(team_keys, str, "teamKeys")

        errors = d.pop("errors", UNSET)
        if errors is not UNSET:
            errors = decode.model_array(_models.BulkEditTeamsRepErrorsItem.from_dict, errors, "errors")

        bulk_edit_teams_rep = cls.__new__(cls)
        bulk_edit_teams_rep.member_i_ds = member_i_ds
        bulk_edit_teams_rep.team_keys = team_keys
        bulk_edit_teams_rep.errors = errors

        bulk_edit_teams_rep.additional_properties = d if d else {}
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
