from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._encode import rfc3339
from .._core.response_metadata import ResponseMetadata
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.table_column import TableColumn
    from ..models.table_ontology_mapping import TableOntologyMapping


T = TypeVar("T", bound="Table")


@_attrs_define(slots=False)
class Table(ResponseMetadata):
    """A database table Civis knows about.

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
        primary_keys (list[str] | Unset):
        last_modified_keys (list[str] | Unset):
        ontology_mapping (TableOntologyMapping | Unset):
        columns (list[TableColumn] | Unset):
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
    primary_keys: list[str] | Unset = UNSET
    last_modified_keys: list[str] | Unset = UNSET
    ontology_mapping: TableOntologyMapping | Unset = UNSET
    columns: list[TableColumn] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

        primary_keys: list[str] | Unset = UNSET
        if not isinstance(self.primary_keys, Unset):
            primary_keys = self.primary_keys

        last_modified_keys: list[str] | Unset = UNSET
        if not isinstance(self.last_modified_keys, Unset):
            last_modified_keys = self.last_modified_keys

        ontology_mapping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ontology_mapping, Unset):
            ontology_mapping = self.ontology_mapping.to_dict()

        columns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.columns, Unset):
            columns = []
            for columns_item_data in self.columns:
                columns_item = columns_item_data.to_dict()
                columns.append(columns_item)

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
        if primary_keys is not UNSET:
            field_dict["primaryKeys"] = primary_keys
        if last_modified_keys is not UNSET:
            field_dict["lastModifiedKeys"] = last_modified_keys
        if ontology_mapping is not UNSET:
            field_dict["ontologyMapping"] = ontology_mapping
        if columns is not UNSET:
            field_dict["columns"] = columns

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.table_column import TableColumn  # noqa: PLC0415
        from ..models.table_ontology_mapping import TableOntologyMapping  # noqa: PLC0415

        d = dict(src_dict)
        id = decode.expect(d.pop("id", decode.MISSING), int, "id")

        database_id = decode.expect(d.pop("databaseId", decode.MISSING), int, "databaseId")

        schema = decode.expect(d.pop("schema", decode.MISSING), str, "schema")

        name = decode.expect(d.pop("name", decode.MISSING), str, "name")

        is_view = decode.expect(d.pop("isView", decode.MISSING), bool, "isView")

        row_count = decode.expect(d.pop("rowCount", decode.MISSING), int, "rowCount")

        column_count = decode.expect(d.pop("columnCount", decode.MISSING), int, "columnCount")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                with decode.strictly():
                    description_type_0 = decode.expect(data, str)

                return description_type_0
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | Unset, decode.mismatch("one of None | str", data, "description"))

        description = _parse_description(d.pop("description", UNSET))

        size_mb = decode.expect(d.pop("sizeMb", UNSET), float, "sizeMb")

        owner = decode.expect(d.pop("owner", UNSET), str, "owner")

        def _parse_distkey(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                with decode.strictly():
                    distkey_type_0 = decode.expect(data, str)

                return distkey_type_0
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | Unset, decode.mismatch("one of None | str", data, "distkey"))

        distkey = _parse_distkey(d.pop("distkey", UNSET))

        def _parse_sortkeys(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                with decode.strictly():
                    sortkeys_type_0 = decode.expect(data, str)

                return sortkeys_type_0
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | Unset, decode.mismatch("one of None | str", data, "sortkeys"))

        sortkeys = _parse_sortkeys(d.pop("sortkeys", UNSET))

        refresh_status = decode.expect(d.pop("refreshStatus", UNSET), str, "refreshStatus")

        def _parse_last_refresh(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                with decode.strictly():
                    last_refresh_type_0 = decode.date_time(data)

                return last_refresh_type_0
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                datetime.datetime | None | Unset,
                decode.mismatch("one of datetime.datetime | None", data, "lastRefresh"),
            )

        last_refresh = _parse_last_refresh(d.pop("lastRefresh", UNSET))

        _primary_keys = d.pop("primaryKeys", UNSET)
        primary_keys: list[str] | Unset
        if isinstance(_primary_keys, list):
            primary_keys = []
            for primary_keys_index, primary_keys_item_data in enumerate(_primary_keys):
                with decode.at("primaryKeys", primary_keys_index):
                    primary_keys_item = decode.expect(primary_keys_item_data, str)

                primary_keys.append(primary_keys_item)
        else:
            primary_keys = decode.mismatch("an array", _primary_keys, "primaryKeys")

        _last_modified_keys = d.pop("lastModifiedKeys", UNSET)
        last_modified_keys: list[str] | Unset
        if isinstance(_last_modified_keys, list):
            last_modified_keys = []
            for last_modified_keys_index, last_modified_keys_item_data in enumerate(_last_modified_keys):
                with decode.at("lastModifiedKeys", last_modified_keys_index):
                    last_modified_keys_item = decode.expect(last_modified_keys_item_data, str)

                last_modified_keys.append(last_modified_keys_item)
        else:
            last_modified_keys = decode.mismatch("an array", _last_modified_keys, "lastModifiedKeys")

        ontology_mapping = decode.model(
            TableOntologyMapping.from_dict, d.pop("ontologyMapping", UNSET), "ontologyMapping"
        )

        _columns = d.pop("columns", UNSET)
        columns: list[TableColumn] | Unset
        if isinstance(_columns, list):
            columns = []
            for columns_index, columns_item_data in enumerate(_columns):
                with decode.at("columns", columns_index):
                    columns_item = decode.model(TableColumn.from_dict, columns_item_data)

                columns.append(columns_item)
        else:
            columns = decode.mismatch("an array", _columns, "columns")

        table = cls(
            id=id,
            database_id=database_id,
            schema=schema,
            name=name,
            is_view=is_view,
            row_count=row_count,
            column_count=column_count,
            description=description,
            size_mb=size_mb,
            owner=owner,
            distkey=distkey,
            sortkeys=sortkeys,
            refresh_status=refresh_status,
            last_refresh=last_refresh,
            primary_keys=primary_keys,
            last_modified_keys=last_modified_keys,
            ontology_mapping=ontology_mapping,
            columns=columns,
        )

        table.additional_properties = d
        return table

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
