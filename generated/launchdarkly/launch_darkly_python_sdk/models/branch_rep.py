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
    from ..models.branch_rep_links import BranchRepLinks
    from ..models.branch_rep_references_item import BranchRepReferencesItem


T = TypeVar("T", bound="BranchRep")


@_attrs_define
class BranchRep:
    """A branch and the flag references found on it.

    Attributes:
        name (str):  Example: main.
        head (str):  Example: 8d3f1a2.
        sync_time (int): Milliseconds since the Unix epoch. Example: 1700000000000.
        field_links (BranchRepLinks | Unset):
        update_sequence_id (int | Unset):
        references (list[BranchRepReferencesItem] | Unset):
    """

    name: str
    head: str
    sync_time: int
    field_links: BranchRepLinks | Unset = UNSET
    update_sequence_id: int | Unset = UNSET
    references: list[BranchRepReferencesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        head = self.head

        sync_time = self.sync_time

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = jsonable(self.field_links)

        update_sequence_id = self.update_sequence_id

        references: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.references, Unset):
            references = []
            for references_item_data in self.references:
                references_item = jsonable(references_item_data)
                references.append(references_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "head": head,
                "syncTime": sync_time,
            }
        )
        if field_links is not UNSET:
            field_dict["_links"] = field_links
        if update_sequence_id is not UNSET:
            field_dict["updateSequenceId"] = update_sequence_id
        if references is not UNSET:
            field_dict["references"] = references

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        head = d.pop("head", decode.MISSING)
        if type(head) is not str:
            head = decode.expect(head, str, "head")

        sync_time = d.pop("syncTime", decode.MISSING)
        if type(sync_time) is not int:
            sync_time = decode.expect(sync_time, int, "syncTime")

        field_links = d.pop("_links", UNSET)
        if field_links is not UNSET:
            field_links = decode.model(_models.BranchRepLinks.from_dict, field_links, "_links")

        update_sequence_id = d.pop("updateSequenceId", UNSET)
        if type(update_sequence_id) is not int and update_sequence_id is not UNSET:
            update_sequence_id = decode.expect(update_sequence_id, int, "updateSequenceId")

        references = d.pop("references", UNSET)
        if references is not UNSET:
            references = decode.model_array(_models.BranchRepReferencesItem.from_dict, references, "references")

        branch_rep = cls.__new__(cls)
        branch_rep.name = name
        branch_rep.head = head
        branch_rep.sync_time = sync_time
        branch_rep.field_links = field_links
        branch_rep.update_sequence_id = update_sequence_id
        branch_rep.references = references

        branch_rep.additional_properties = d if d else {}
        return branch_rep

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
