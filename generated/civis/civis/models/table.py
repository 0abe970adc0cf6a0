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
    from ..models.inline_table_tag import InlineTableTag
    from ..models.job_run import JobRun
    from ..models.table_column import TableColumn
    from ..models.table_enhancement import TableEnhancement
    from ..models.table_join import TableJoin
    from ..models.table_match import TableMatch
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
        data_updated_at (datetime.datetime | Unset):
        schema_updated_at (datetime.datetime | Unset):
        refresh_id (str | Unset):
        last_run (JobRun | Unset): One execution of a job.
        table_tags (list[InlineTableTag] | Unset):
        joins (list[TableJoin] | Unset):
        multipart_key (list[str] | Unset):
        enhancements (list[TableEnhancement] | Unset):
        view_def (str | Unset):
        table_def (str | Unset):
        outgoing_table_matches (list[TableMatch] | Unset):
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
    data_updated_at: datetime.datetime | Unset = UNSET
    schema_updated_at: datetime.datetime | Unset = UNSET
    refresh_id: str | Unset = UNSET
    last_run: JobRun | Unset = UNSET
    table_tags: list[InlineTableTag] | Unset = UNSET
    joins: list[TableJoin] | Unset = UNSET
    multipart_key: list[str] | Unset = UNSET
    enhancements: list[TableEnhancement] | Unset = UNSET
    view_def: str | Unset = UNSET
    table_def: str | Unset = UNSET
    outgoing_table_matches: list[TableMatch] | Unset = UNSET
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

        primary_keys: list[str] | Unset = UNSET
        if not isinstance(self.primary_keys, Unset):
            primary_keys = self.primary_keys

        last_modified_keys: list[str] | Unset = UNSET
        if not isinstance(self.last_modified_keys, Unset):
            last_modified_keys = self.last_modified_keys

        ontology_mapping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ontology_mapping, Unset):
            ontology_mapping = jsonable(self.ontology_mapping)

        columns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.columns, Unset):
            columns = []
            for columns_item_data in self.columns:
                columns_item = jsonable(columns_item_data)
                columns.append(columns_item)

        data_updated_at: str | Unset = UNSET
        if not isinstance(self.data_updated_at, Unset):
            data_updated_at = rfc3339(self.data_updated_at)

        schema_updated_at: str | Unset = UNSET
        if not isinstance(self.schema_updated_at, Unset):
            schema_updated_at = rfc3339(self.schema_updated_at)

        refresh_id = self.refresh_id

        last_run: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_run, Unset):
            last_run = jsonable(self.last_run)

        table_tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.table_tags, Unset):
            table_tags = []
            for table_tags_item_data in self.table_tags:
                table_tags_item = jsonable(table_tags_item_data)
                table_tags.append(table_tags_item)

        joins: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.joins, Unset):
            joins = []
            for joins_item_data in self.joins:
                joins_item = jsonable(joins_item_data)
                joins.append(joins_item)

        multipart_key: list[str] | Unset = UNSET
        if not isinstance(self.multipart_key, Unset):
            multipart_key = self.multipart_key

        enhancements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.enhancements, Unset):
            enhancements = []
            for enhancements_item_data in self.enhancements:
                enhancements_item = jsonable(enhancements_item_data)
                enhancements.append(enhancements_item)

        view_def = self.view_def

        table_def = self.table_def

        outgoing_table_matches: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.outgoing_table_matches, Unset):
            outgoing_table_matches = []
            for outgoing_table_matches_item_data in self.outgoing_table_matches:
                outgoing_table_matches_item = jsonable(outgoing_table_matches_item_data)
                outgoing_table_matches.append(outgoing_table_matches_item)

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
        if data_updated_at is not UNSET:
            field_dict["dataUpdatedAt"] = data_updated_at
        if schema_updated_at is not UNSET:
            field_dict["schemaUpdatedAt"] = schema_updated_at
        if refresh_id is not UNSET:
            field_dict["refreshId"] = refresh_id
        if last_run is not UNSET:
            field_dict["lastRun"] = last_run
        if table_tags is not UNSET:
            field_dict["tableTags"] = table_tags
        if joins is not UNSET:
            field_dict["joins"] = joins
        if multipart_key is not UNSET:
            field_dict["multipartKey"] = multipart_key
        if enhancements is not UNSET:
            field_dict["enhancements"] = enhancements
        if view_def is not UNSET:
            field_dict["viewDef"] = view_def
        if table_def is not UNSET:
            field_dict["tableDef"] = table_def
        if outgoing_table_matches is not UNSET:
            field_dict["outgoingTableMatches"] = outgoing_table_matches

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

        primary_keys = d.pop("primaryKeys", UNSET)
        if primary_keys is not UNSET:
            primary_keys = decode.scalar_array(primary_keys, str, "primaryKeys")

        last_modified_keys = d.pop("lastModifiedKeys", UNSET)
        if last_modified_keys is not UNSET:
            last_modified_keys = decode.scalar_array(last_modified_keys, str, "lastModifiedKeys")

        ontology_mapping = d.pop("ontologyMapping", UNSET)
        if ontology_mapping is not UNSET:
            ontology_mapping = decode.model(_models.TableOntologyMapping.from_dict, ontology_mapping, "ontologyMapping")

        columns = d.pop("columns", UNSET)
        if columns is not UNSET:
            columns = decode.model_array(_models.TableColumn.from_dict, columns, "columns")

        data_updated_at = decode.date_time(d.pop("dataUpdatedAt", UNSET), "dataUpdatedAt")

        schema_updated_at = decode.date_time(d.pop("schemaUpdatedAt", UNSET), "schemaUpdatedAt")

        refresh_id = d.pop("refreshId", UNSET)
        if type(refresh_id) is not str and refresh_id is not UNSET:
            refresh_id = decode.expect(refresh_id, str, "refreshId")

        last_run = d.pop("lastRun", UNSET)
        if last_run is not UNSET:
            last_run = decode.model(_models.JobRun.from_dict, last_run, "lastRun")

        table_tags = d.pop("tableTags", UNSET)
        if table_tags is not UNSET:
            table_tags = decode.model_array(_models.InlineTableTag.from_dict, table_tags, "tableTags")

        joins = d.pop("joins", UNSET)
        if joins is not UNSET:
            joins = decode.model_array(_models.TableJoin.from_dict, joins, "joins")

        multipart_key = d.pop("multipartKey", UNSET)
        if multipart_key is not UNSET:
            multipart_key = decode.scalar_array(multipart_key, str, "multipartKey")

        enhancements = d.pop("enhancements", UNSET)
        if enhancements is not UNSET:
            enhancements = decode.model_array(_models.TableEnhancement.from_dict, enhancements, "enhancements")

        view_def = d.pop("viewDef", UNSET)
        if type(view_def) is not str and view_def is not UNSET:
            view_def = decode.expect(view_def, str, "viewDef")

        table_def = d.pop("tableDef", UNSET)
        if type(table_def) is not str and table_def is not UNSET:
            table_def = decode.expect(table_def, str, "tableDef")

        outgoing_table_matches = d.pop("outgoingTableMatches", UNSET)
        if outgoing_table_matches is not UNSET:
            outgoing_table_matches = decode.model_array(
                _models.TableMatch.from_dict, outgoing_table_matches, "outgoingTableMatches"
            )

        table = cls.__new__(cls)
        table.id = id
        table.database_id = database_id
        table.schema = schema
        table.name = name
        table.is_view = is_view
        table.row_count = row_count
        table.column_count = column_count
        table.description = description
        table.size_mb = size_mb
        table.owner = owner
        table.distkey = distkey
        table.sortkeys = sortkeys
        table.refresh_status = refresh_status
        table.last_refresh = last_refresh
        table.primary_keys = primary_keys
        table.last_modified_keys = last_modified_keys
        table.ontology_mapping = ontology_mapping
        table.columns = columns
        table.data_updated_at = data_updated_at
        table.schema_updated_at = schema_updated_at
        table.refresh_id = refresh_id
        table.last_run = last_run
        table.table_tags = table_tags
        table.joins = joins
        table.multipart_key = multipart_key
        table.enhancements = enhancements
        table.view_def = view_def
        table.table_def = table_def
        table.outgoing_table_matches = outgoing_table_matches

        table.additional_properties = d if d else {}
        return table

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
