from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._types import plain_names
from ..models.filter_ import Filter, check_filter
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsPreviewMutationBody")


@plain_names({"filter": "filter_"})
@_attrs_define
class JobsPreviewMutationBody:
    """
    Attributes:
        sheet_id (str): Sheet to mutate. Example: us_sh_YOUR_ID.
        mutate_record (str): JavaScript function applied to each record. Example: function(record) { return record }.
        mutation_id (str | Unset): Links the job to the process that produced the mutation.
        snapshot_label (str | Unset): Label of a snapshot to take first.
        snapshot_id (str | Unset): Receives the id of the snapshot taken.
        filter_ (Filter | str | Unset): Restricts records by validation state. Example: valid.
        filter_field (str | Unset):  Example: email.
        search_value (str | Unset):
        search_field (str | Unset):
        q (str | Unset): FFQL query.
        ids (list[str] | Unset): Records to include. Example: ['us_rc_YOUR_ID'].
    """

    sheet_id: str
    mutate_record: str
    mutation_id: str | Unset = UNSET
    snapshot_label: str | Unset = UNSET
    snapshot_id: str | Unset = UNSET
    filter_: Filter | str | Unset = UNSET
    filter_field: str | Unset = UNSET
    search_value: str | Unset = UNSET
    search_field: str | Unset = UNSET
    q: str | Unset = UNSET
    ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        sheet_id = self.sheet_id

        mutate_record = self.mutate_record

        mutation_id = self.mutation_id

        snapshot_label = self.snapshot_label

        snapshot_id = self.snapshot_id

        filter_: str | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_

        filter_field = self.filter_field

        search_value = self.search_value

        search_field = self.search_field

        q = self.q

        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sheetId": sheet_id,
                "mutateRecord": mutate_record,
            }
        )
        if mutation_id is not UNSET:
            field_dict["mutationId"] = mutation_id
        if snapshot_label is not UNSET:
            field_dict["snapshotLabel"] = snapshot_label
        if snapshot_id is not UNSET:
            field_dict["snapshotId"] = snapshot_id
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if filter_field is not UNSET:
            field_dict["filterField"] = filter_field
        if search_value is not UNSET:
            field_dict["searchValue"] = search_value
        if search_field is not UNSET:
            field_dict["searchField"] = search_field
        if q is not UNSET:
            field_dict["q"] = q
        if ids is not UNSET:
            field_dict["ids"] = ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sheet_id = d.pop("sheetId", decode.MISSING)
        if type(sheet_id) is not str:
            sheet_id = decode.expect(sheet_id, str, "sheetId")

        mutate_record = d.pop("mutateRecord", decode.MISSING)
        if type(mutate_record) is not str:
            mutate_record = decode.expect(mutate_record, str, "mutateRecord")

        mutation_id = d.pop("mutationId", UNSET)
        if type(mutation_id) is not str and mutation_id is not UNSET:
            mutation_id = decode.expect(mutation_id, str, "mutationId")

        snapshot_label = d.pop("snapshotLabel", UNSET)
        if type(snapshot_label) is not str and snapshot_label is not UNSET:
            snapshot_label = decode.expect(snapshot_label, str, "snapshotLabel")

        snapshot_id = d.pop("snapshotId", UNSET)
        if type(snapshot_id) is not str and snapshot_id is not UNSET:
            snapshot_id = decode.expect(snapshot_id, str, "snapshotId")

        filter_ = check_filter(d.pop("filter", UNSET), "filter")

        filter_field = d.pop("filterField", UNSET)
        if type(filter_field) is not str and filter_field is not UNSET:
            filter_field = decode.expect(filter_field, str, "filterField")

        search_value = d.pop("searchValue", UNSET)
        if type(search_value) is not str and search_value is not UNSET:
            search_value = decode.expect(search_value, str, "searchValue")

        search_field = d.pop("searchField", UNSET)
        if type(search_field) is not str and search_field is not UNSET:
            search_field = decode.expect(search_field, str, "searchField")

        q = d.pop("q", UNSET)
        if type(q) is not str and q is not UNSET:
            q = decode.expect(q, str, "q")

        ids = d.pop("ids", UNSET)
        if ids is not UNSET:
            ids = decode.scalar_array(ids, str, "ids")

        jobs_preview_mutation_body = cls.__new__(cls)
        jobs_preview_mutation_body.sheet_id = sheet_id
        jobs_preview_mutation_body.mutate_record = mutate_record
        jobs_preview_mutation_body.mutation_id = mutation_id
        jobs_preview_mutation_body.snapshot_label = snapshot_label
        jobs_preview_mutation_body.snapshot_id = snapshot_id
        jobs_preview_mutation_body.filter_ = filter_
        jobs_preview_mutation_body.filter_field = filter_field
        jobs_preview_mutation_body.search_value = search_value
        jobs_preview_mutation_body.search_field = search_field
        jobs_preview_mutation_body.q = q
        jobs_preview_mutation_body.ids = ids

        jobs_preview_mutation_body.additional_properties = d if d else {}
        return jobs_preview_mutation_body

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
