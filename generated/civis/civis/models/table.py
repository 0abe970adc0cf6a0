from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        from ..models.inline_table_tag import InlineTableTag  # noqa: PLC0415
        from ..models.job_run import JobRun  # noqa: PLC0415
        from ..models.table_column import TableColumn  # noqa: PLC0415
        from ..models.table_enhancement import TableEnhancement  # noqa: PLC0415
        from ..models.table_join import TableJoin  # noqa: PLC0415
        from ..models.table_match import TableMatch  # noqa: PLC0415
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

        data_updated_at = decode.date_time(d.pop("dataUpdatedAt", UNSET), "dataUpdatedAt")

        schema_updated_at = decode.date_time(d.pop("schemaUpdatedAt", UNSET), "schemaUpdatedAt")

        refresh_id = decode.expect(d.pop("refreshId", UNSET), str, "refreshId")

        last_run = decode.model(JobRun.from_dict, d.pop("lastRun", UNSET), "lastRun")

        _table_tags = d.pop("tableTags", UNSET)
        table_tags: list[InlineTableTag] | Unset
        if isinstance(_table_tags, list):
            table_tags = []
            for table_tags_index, table_tags_item_data in enumerate(_table_tags):
                with decode.at("tableTags", table_tags_index):
                    table_tags_item = decode.model(InlineTableTag.from_dict, table_tags_item_data)

                table_tags.append(table_tags_item)
        else:
            table_tags = decode.mismatch("an array", _table_tags, "tableTags")

        _joins = d.pop("joins", UNSET)
        joins: list[TableJoin] | Unset
        if isinstance(_joins, list):
            joins = []
            for joins_index, joins_item_data in enumerate(_joins):
                with decode.at("joins", joins_index):
                    joins_item = decode.model(TableJoin.from_dict, joins_item_data)

                joins.append(joins_item)
        else:
            joins = decode.mismatch("an array", _joins, "joins")

        _multipart_key = d.pop("multipartKey", UNSET)
        multipart_key: list[str] | Unset
        if isinstance(_multipart_key, list):
            multipart_key = []
            for multipart_key_index, multipart_key_item_data in enumerate(_multipart_key):
                with decode.at("multipartKey", multipart_key_index):
                    multipart_key_item = decode.expect(multipart_key_item_data, str)

                multipart_key.append(multipart_key_item)
        else:
            multipart_key = decode.mismatch("an array", _multipart_key, "multipartKey")

        _enhancements = d.pop("enhancements", UNSET)
        enhancements: list[TableEnhancement] | Unset
        if isinstance(_enhancements, list):
            enhancements = []
            for enhancements_index, enhancements_item_data in enumerate(_enhancements):
                with decode.at("enhancements", enhancements_index):
                    enhancements_item = decode.model(TableEnhancement.from_dict, enhancements_item_data)

                enhancements.append(enhancements_item)
        else:
            enhancements = decode.mismatch("an array", _enhancements, "enhancements")

        view_def = decode.expect(d.pop("viewDef", UNSET), str, "viewDef")

        table_def = decode.expect(d.pop("tableDef", UNSET), str, "tableDef")

        _outgoing_table_matches = d.pop("outgoingTableMatches", UNSET)
        outgoing_table_matches: list[TableMatch] | Unset
        if isinstance(_outgoing_table_matches, list):
            outgoing_table_matches = []
            for outgoing_table_matches_index, outgoing_table_matches_item_data in enumerate(_outgoing_table_matches):
                with decode.at("outgoingTableMatches", outgoing_table_matches_index):
                    outgoing_table_matches_item = decode.model(TableMatch.from_dict, outgoing_table_matches_item_data)

                outgoing_table_matches.append(outgoing_table_matches_item)
        else:
            outgoing_table_matches = decode.mismatch("an array", _outgoing_table_matches, "outgoingTableMatches")

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
            data_updated_at=data_updated_at,
            schema_updated_at=schema_updated_at,
            refresh_id=refresh_id,
            last_run=last_run,
            table_tags=table_tags,
            joins=joins,
            multipart_key=multipart_key,
            enhancements=enhancements,
            view_def=view_def,
            table_def=table_def,
            outgoing_table_matches=outgoing_table_matches,
        )

        table.additional_properties = d
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
