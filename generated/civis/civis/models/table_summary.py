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
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_run import JobRun


T = TypeVar("T", bound="TableSummary")


@_attrs_define(slots=False)
class TableSummary(ResponseMetadata):
    """
    Attributes:
        id (int):
        database_id (int):
        schema (str):
        name (str):
        is_view (bool):
        row_count (int):
        column_count (int):
        description (None | str | Unset):
        size_mb (float | Unset):
        owner (str | Unset):
        distkey (None | str | Unset):
        sortkeys (None | str | Unset):
        refresh_status (str | Unset):
        last_refresh (datetime.datetime | None | Unset):
        last_run (JobRun | Unset): One execution of a job.
    """

    id: int
    database_id: int
    schema: str
    name: str
    is_view: bool
    row_count: int
    column_count: int
    description: None | str | Unset = UNSET
    size_mb: float | Unset = UNSET
    owner: str | Unset = UNSET
    distkey: None | str | Unset = UNSET
    sortkeys: None | str | Unset = UNSET
    refresh_status: str | Unset = UNSET
    last_refresh: datetime.datetime | None | Unset = UNSET
    last_run: JobRun | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        database_id = self.database_id

        schema = self.schema

        name = self.name

        is_view = self.is_view

        row_count = self.row_count

        column_count = self.column_count

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        size_mb = self.size_mb

        owner = self.owner

        distkey: None | str | Unset
        if isinstance(self.distkey, Unset):
            distkey = UNSET
        else:
            distkey = self.distkey

        sortkeys: None | str | Unset
        if isinstance(self.sortkeys, Unset):
            sortkeys = UNSET
        else:
            sortkeys = self.sortkeys

        refresh_status = self.refresh_status

        last_refresh: None | str | Unset
        if isinstance(self.last_refresh, Unset):
            last_refresh = UNSET
        elif isinstance(self.last_refresh, datetime.datetime):
            last_refresh = rfc3339(self.last_refresh)
        else:
            last_refresh = self.last_refresh

        last_run: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_run, Unset):
            last_run = jsonable(self.last_run)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "databaseId": database_id,
                "schema": schema,
                "name": name,
                "isView": is_view,
                "rowCount": row_count,
                "columnCount": column_count,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if size_mb is not UNSET:
            field_dict["sizeMb"] = size_mb
        if owner is not UNSET:
            field_dict["owner"] = owner
        if distkey is not UNSET:
            field_dict["distkey"] = distkey
        if sortkeys is not UNSET:
            field_dict["sortkeys"] = sortkeys
        if refresh_status is not UNSET:
            field_dict["refreshStatus"] = refresh_status
        if last_refresh is not UNSET:
            field_dict["lastRefresh"] = last_refresh
        if last_run is not UNSET:
            field_dict["lastRun"] = last_run

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", decode.MISSING)
        if type(id) is not int:
            id = decode.expect(id, int, "id")

        database_id = d.pop("databaseId", decode.MISSING)
        if type(database_id) is not int:
            database_id = decode.expect(database_id, int, "databaseId")

        schema = d.pop("schema", decode.MISSING)
        if type(schema) is not str:
            schema = decode.expect(schema, str, "schema")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        is_view = d.pop("isView", decode.MISSING)
        if type(is_view) is not bool:
            is_view = decode.expect(is_view, bool, "isView")

        row_count = d.pop("rowCount", decode.MISSING)
        if type(row_count) is not int:
            row_count = decode.expect(row_count, int, "rowCount")

        column_count = d.pop("columnCount", decode.MISSING)
        if type(column_count) is not int:
            column_count = decode.expect(column_count, int, "columnCount")

        description = d.pop("description", UNSET)
        if description is not None and type(description) is not str and description is not UNSET:
            description = decode.expect(description, str, "description", "one of None | str")

        size_mb = d.pop("sizeMb", UNSET)
        if type(size_mb) is not float and size_mb is not UNSET:
            size_mb = decode.expect(size_mb, float, "sizeMb")

        owner = d.pop("owner", UNSET)
        if type(owner) is not str and owner is not UNSET:
            owner = decode.expect(owner, str, "owner")

        distkey = d.pop("distkey", UNSET)
        if distkey is not None and type(distkey) is not str and distkey is not UNSET:
            distkey = decode.expect(distkey, str, "distkey", "one of None | str")

        sortkeys = d.pop("sortkeys", UNSET)
        if sortkeys is not None and type(sortkeys) is not str and sortkeys is not UNSET:
            sortkeys = decode.expect(sortkeys, str, "sortkeys", "one of None | str")

        refresh_status = d.pop("refreshStatus", UNSET)
        if type(refresh_status) is not str and refresh_status is not UNSET:
            refresh_status = decode.expect(refresh_status, str, "refreshStatus")

        last_refresh = d.pop("lastRefresh", UNSET)
        if last_refresh is not None and last_refresh is not UNSET:
            last_refresh = decode.date_time(last_refresh, "lastRefresh", expected="one of datetime.datetime | None")

        last_run = d.pop("lastRun", UNSET)
        if last_run is not UNSET:
            last_run = decode.model(_models.JobRun.from_dict, last_run, "lastRun")

        table_summary = cls.__new__(cls)
        table_summary.id = id
        table_summary.database_id = database_id
        table_summary.schema = schema
        table_summary.name = name
        table_summary.is_view = is_view
        table_summary.row_count = row_count
        table_summary.column_count = column_count
        table_summary.description = description
        table_summary.size_mb = size_mb
        table_summary.owner = owner
        table_summary.distkey = distkey
        table_summary.sortkeys = sortkeys
        table_summary.refresh_status = refresh_status
        table_summary.last_refresh = last_refresh
        table_summary.last_run = last_run

        table_summary.additional_properties = d if d else {}
        return table_summary

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return field_item(self, key, self.additional_properties)

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return has_field_item(self, key, self.additional_properties)
