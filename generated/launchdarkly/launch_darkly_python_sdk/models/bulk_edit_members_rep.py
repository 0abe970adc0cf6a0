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

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        members: list[str] | Unset = UNSET
        if not isinstance(self.members, Unset):
            members = self.members

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = jsonable(errors_item_data)
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
        d = dict(src_dict)
        members = d.pop("members", UNSET)
        if members is not UNSET:
            members = decode.scalar_array(members, str, "members")

        errors = d.pop("errors", UNSET)
        if errors is not UNSET:
            errors = decode.model_array(_models.BulkEditMembersRepErrorsItem.from_dict, errors, "errors")

        bulk_edit_members_rep = cls.__new__(cls)
        bulk_edit_members_rep.members = members
        bulk_edit_members_rep.errors = errors

        bulk_edit_members_rep.additional_properties = d if d else {}
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
