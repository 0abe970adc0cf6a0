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
    from ..models.reference_rep import ReferenceRep


T = TypeVar("T", bound="PutBranch")


@_attrs_define
class PutBranch:
    """
    Attributes:
        name (str):
        head (str):
        sync_time (int): Milliseconds since the Unix epoch. Example: 1700000000000.
        update_sequence_id (int | Unset):
        references (list[ReferenceRep] | Unset):
        commit_time (int | Unset): Milliseconds since the Unix epoch. Example: 1700000000000.
    """

    name: str
    head: str
    sync_time: int
    update_sequence_id: int | Unset = UNSET
    references: list[ReferenceRep] | Unset = UNSET
    commit_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        head = self.head

        sync_time = self.sync_time

        update_sequence_id = self.update_sequence_id

        references: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.references, Unset):
            references = []
            for references_item_data in self.references:
                references_item = jsonable(references_item_data)
                references.append(references_item)

        commit_time = self.commit_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "head": head,
                "syncTime": sync_time,
            }
        )
        if update_sequence_id is not UNSET:
            field_dict["updateSequenceId"] = update_sequence_id
        if references is not UNSET:
            field_dict["references"] = references
        if commit_time is not UNSET:
            field_dict["commitTime"] = commit_time

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

        update_sequence_id = d.pop("updateSequenceId", UNSET)
        if type(update_sequence_id) is not int and update_sequence_id is not UNSET:
            update_sequence_id = decode.expect(update_sequence_id, int, "updateSequenceId")

        references = d.pop("references", UNSET)
        if references is not UNSET:
            references = decode.model_array(_models.ReferenceRep.from_dict, references, "references")

        commit_time = d.pop("commitTime", UNSET)
        if type(commit_time) is not int and commit_time is not UNSET:
            commit_time = decode.expect(commit_time, int, "commitTime")

        put_branch = cls.__new__(cls)
        put_branch.name = name
        put_branch.head = head
        put_branch.sync_time = sync_time
        put_branch.update_sequence_id = update_sequence_id
        put_branch.references = references
        put_branch.commit_time = commit_time

        put_branch.additional_properties = d if d else {}
        return put_branch

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
