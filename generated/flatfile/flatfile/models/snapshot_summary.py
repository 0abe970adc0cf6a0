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
    from ..models.snapshot_summary_created_since import SnapshotSummaryCreatedSince
    from ..models.snapshot_summary_deleted_since import SnapshotSummaryDeletedSince
    from ..models.snapshot_summary_schema_diff import SnapshotSummarySchemaDiff
    from ..models.snapshot_summary_updated_since import SnapshotSummaryUpdatedSince


T = TypeVar("T", bound="SnapshotSummary")


@_attrs_define
class SnapshotSummary:
    """How the sheet changed since the snapshot.

    Attributes:
        created_since (SnapshotSummaryCreatedSince | Unset):
        updated_since (SnapshotSummaryUpdatedSince | Unset):
        deleted_since (SnapshotSummaryDeletedSince | Unset):
        schema_diff (SnapshotSummarySchemaDiff | Unset):
    """

    created_since: SnapshotSummaryCreatedSince | Unset = UNSET
    updated_since: SnapshotSummaryUpdatedSince | Unset = UNSET
    deleted_since: SnapshotSummaryDeletedSince | Unset = UNSET
    schema_diff: SnapshotSummarySchemaDiff | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        created_since: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_since, Unset):
            created_since = jsonable(self.created_since)

        updated_since: dict[str, Any] | Unset = UNSET
        if not isinstance(self.updated_since, Unset):
            updated_since = jsonable(self.updated_since)

        deleted_since: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deleted_since, Unset):
            deleted_since = jsonable(self.deleted_since)

        schema_diff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema_diff, Unset):
            schema_diff = jsonable(self.schema_diff)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if created_since is not UNSET:
            field_dict["createdSince"] = created_since
        if updated_since is not UNSET:
            field_dict["updatedSince"] = updated_since
        if deleted_since is not UNSET:
            field_dict["deletedSince"] = deleted_since
        if schema_diff is not UNSET:
            field_dict["schemaDiff"] = schema_diff

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_since = d.pop("createdSince", UNSET)
        if created_since is not UNSET:
            created_since = decode.model(_models.SnapshotSummaryCreatedSince.from_dict, created_since, "createdSince")

        updated_since = d.pop("updatedSince", UNSET)
        if updated_since is not UNSET:
            updated_since = decode.model(_models.SnapshotSummaryUpdatedSince.from_dict, updated_since, "updatedSince")

        deleted_since = d.pop("deletedSince", UNSET)
        if deleted_since is not UNSET:
            deleted_since = decode.model(_models.SnapshotSummaryDeletedSince.from_dict, deleted_since, "deletedSince")

        schema_diff = d.pop("schemaDiff", UNSET)
        if schema_diff is not UNSET:
            schema_diff = decode.model(_models.SnapshotSummarySchemaDiff.from_dict, schema_diff, "schemaDiff")

        snapshot_summary = cls.__new__(cls)
        snapshot_summary.created_since = created_since
        snapshot_summary.updated_since = updated_since
        snapshot_summary.deleted_since = deleted_since
        snapshot_summary.schema_diff = schema_diff

        snapshot_summary.additional_properties = d if d else {}
        return snapshot_summary

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
