from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable, rfc3339
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.record_counts import RecordCounts
    from ..models.sheet_config import SheetConfig


T = TypeVar("T", bound="Sheet")


@_attrs_define
class Sheet:
    """A table of records inside a workbook.

    Attributes:
        workbook_id (str):  Example: us_wb_YOUR_ID.
        name (str):  Example: Contacts.
        slug (str):  Example: contacts.
        config (SheetConfig): Shape and behaviour of a sheet.
        id (str | Unset): Identifier assigned by Flatfile. Example: us_sh_YOUR_ID.
        count_records (RecordCounts | Unset): Record tallies by validation state.
        namespace (str | Unset):
        locked_by (str | Unset):
        locked_at (datetime.datetime | None | Unset): When the sheet was locked, if it is.
        metadata (Any | Unset):
        created_at (datetime.datetime | Unset): When the resource was created. Example: 2024-01-15T09:30:00Z.
        updated_at (datetime.datetime | Unset): When the resource was last changed. Example: 2024-01-15T09:30:00Z.
    """

    workbook_id: str
    name: str
    slug: str
    config: SheetConfig
    id: str | Unset = UNSET
    count_records: RecordCounts | Unset = UNSET
    namespace: str | Unset = UNSET
    locked_by: str | Unset = UNSET
    locked_at: datetime.datetime | None | Unset = UNSET
    metadata: Any | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        workbook_id = self.workbook_id

        name = self.name

        slug = self.slug

        config = jsonable(self.config)

        id = self.id

        count_records: dict[str, Any] | Unset = UNSET
        if not isinstance(self.count_records, Unset):
            count_records = jsonable(self.count_records)

        namespace = self.namespace

        locked_by = self.locked_by

        locked_at: None | str | Unset
        if isinstance(self.locked_at, Unset):
            locked_at = UNSET
        elif isinstance(self.locked_at, datetime.datetime):
            locked_at = rfc3339(self.locked_at)
        else:
            locked_at = self.locked_at

        metadata = self.metadata

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = rfc3339(self.created_at)

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = rfc3339(self.updated_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workbookId": workbook_id,
                "name": name,
                "slug": slug,
                "config": config,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if count_records is not UNSET:
            field_dict["countRecords"] = count_records
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if locked_by is not UNSET:
            field_dict["lockedBy"] = locked_by
        if locked_at is not UNSET:
            field_dict["lockedAt"] = locked_at
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        workbook_id = d.pop("workbookId", decode.MISSING)
        if type(workbook_id) is not str:
            workbook_id = decode.expect(workbook_id, str, "workbookId")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        slug = d.pop("slug", decode.MISSING)
        if type(slug) is not str:
            slug = decode.expect(slug, str, "slug")

        config = decode.model(_models.SheetConfig.from_dict, d.pop("config", decode.MISSING), "config")

        id = d.pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = decode.expect(id, str, "id")

        count_records = d.pop("countRecords", UNSET)
        if count_records is not UNSET:
            count_records = decode.model(_models.RecordCounts.from_dict, count_records, "countRecords")

        namespace = d.pop("namespace", UNSET)
        if type(namespace) is not str and namespace is not UNSET:
            namespace = decode.expect(namespace, str, "namespace")

        locked_by = d.pop("lockedBy", UNSET)
        if type(locked_by) is not str and locked_by is not UNSET:
            locked_by = decode.expect(locked_by, str, "lockedBy")

        locked_at = d.pop("lockedAt", UNSET)
        if locked_at is not None and locked_at is not UNSET:
            locked_at = decode.date_time(locked_at, "lockedAt", expected="one of datetime.datetime | None")

        metadata = d.pop("metadata", UNSET)

        created_at = decode.date_time(d.pop("createdAt", UNSET), "createdAt")

        updated_at = decode.date_time(d.pop("updatedAt", UNSET), "updatedAt")

        sheet = cls.__new__(cls)
        sheet.workbook_id = workbook_id
        sheet.name = name
        sheet.slug = slug
        sheet.config = config
        sheet.id = id
        sheet.count_records = count_records
        sheet.namespace = namespace
        sheet.locked_by = locked_by
        sheet.locked_at = locked_at
        sheet.metadata = metadata
        sheet.created_at = created_at
        sheet.updated_at = updated_at

        sheet.additional_properties = d if d else {}
        return sheet

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
