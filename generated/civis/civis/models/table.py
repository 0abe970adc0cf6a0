from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core.response_metadata import ResponseMetadata
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
            last_refresh = self.last_refresh.isoformat()
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

        data_updated_at: str | Unset = UNSET
        if not isinstance(self.data_updated_at, Unset):
            data_updated_at = self.data_updated_at.isoformat()

        schema_updated_at: str | Unset = UNSET
        if not isinstance(self.schema_updated_at, Unset):
            schema_updated_at = self.schema_updated_at.isoformat()

        refresh_id = self.refresh_id

        last_run: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_run, Unset):
            last_run = self.last_run.to_dict()

        table_tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.table_tags, Unset):
            table_tags = []
            for table_tags_item_data in self.table_tags:
                table_tags_item = table_tags_item_data.to_dict()
                table_tags.append(table_tags_item)

        joins: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.joins, Unset):
            joins = []
            for joins_item_data in self.joins:
                joins_item = joins_item_data.to_dict()
                joins.append(joins_item)

        multipart_key: list[str] | Unset = UNSET
        if not isinstance(self.multipart_key, Unset):
            multipart_key = self.multipart_key

        enhancements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.enhancements, Unset):
            enhancements = []
            for enhancements_item_data in self.enhancements:
                enhancements_item = enhancements_item_data.to_dict()
                enhancements.append(enhancements_item)

        view_def = self.view_def

        table_def = self.table_def

        outgoing_table_matches: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.outgoing_table_matches, Unset):
            outgoing_table_matches = []
            for outgoing_table_matches_item_data in self.outgoing_table_matches:
                outgoing_table_matches_item = outgoing_table_matches_item_data.to_dict()
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
        id = d.pop("id")

        database_id = d.pop("databaseId")

        schema = d.pop("schema")

        name = d.pop("name")

        is_view = d.pop("isView")

        row_count = d.pop("rowCount")

        column_count = d.pop("columnCount")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        size_mb = d.pop("sizeMb", UNSET)

        owner = d.pop("owner", UNSET)

        def _parse_distkey(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        distkey = _parse_distkey(d.pop("distkey", UNSET))

        def _parse_sortkeys(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sortkeys = _parse_sortkeys(d.pop("sortkeys", UNSET))

        refresh_status = d.pop("refreshStatus", UNSET)

        def _parse_last_refresh(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_refresh_type_0 = datetime.datetime.fromisoformat(data)

                return last_refresh_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_refresh = _parse_last_refresh(d.pop("lastRefresh", UNSET))

        primary_keys = cast(list[str], d.pop("primaryKeys", UNSET))

        last_modified_keys = cast(list[str], d.pop("lastModifiedKeys", UNSET))

        _ontology_mapping = d.pop("ontologyMapping", UNSET)
        ontology_mapping: TableOntologyMapping | Unset
        if isinstance(_ontology_mapping, Unset):
            ontology_mapping = UNSET
        else:
            ontology_mapping = TableOntologyMapping.from_dict(_ontology_mapping)

        _columns = d.pop("columns", UNSET)
        columns: list[TableColumn] | Unset = UNSET
        if _columns is not UNSET:
            columns = []
            for columns_item_data in _columns:
                columns_item = TableColumn.from_dict(columns_item_data)

                columns.append(columns_item)

        _data_updated_at = d.pop("dataUpdatedAt", UNSET)
        data_updated_at: datetime.datetime | Unset
        if isinstance(_data_updated_at, Unset):
            data_updated_at = UNSET
        else:
            data_updated_at = datetime.datetime.fromisoformat(_data_updated_at)

        _schema_updated_at = d.pop("schemaUpdatedAt", UNSET)
        schema_updated_at: datetime.datetime | Unset
        if isinstance(_schema_updated_at, Unset):
            schema_updated_at = UNSET
        else:
            schema_updated_at = datetime.datetime.fromisoformat(_schema_updated_at)

        refresh_id = d.pop("refreshId", UNSET)

        _last_run = d.pop("lastRun", UNSET)
        last_run: JobRun | Unset
        if isinstance(_last_run, Unset):
            last_run = UNSET
        else:
            last_run = JobRun.from_dict(_last_run)

        _table_tags = d.pop("tableTags", UNSET)
        table_tags: list[InlineTableTag] | Unset = UNSET
        if _table_tags is not UNSET:
            table_tags = []
            for table_tags_item_data in _table_tags:
                table_tags_item = InlineTableTag.from_dict(table_tags_item_data)

                table_tags.append(table_tags_item)

        _joins = d.pop("joins", UNSET)
        joins: list[TableJoin] | Unset = UNSET
        if _joins is not UNSET:
            joins = []
            for joins_item_data in _joins:
                joins_item = TableJoin.from_dict(joins_item_data)

                joins.append(joins_item)

        multipart_key = cast(list[str], d.pop("multipartKey", UNSET))

        _enhancements = d.pop("enhancements", UNSET)
        enhancements: list[TableEnhancement] | Unset = UNSET
        if _enhancements is not UNSET:
            enhancements = []
            for enhancements_item_data in _enhancements:
                enhancements_item = TableEnhancement.from_dict(enhancements_item_data)

                enhancements.append(enhancements_item)

        view_def = d.pop("viewDef", UNSET)

        table_def = d.pop("tableDef", UNSET)

        _outgoing_table_matches = d.pop("outgoingTableMatches", UNSET)
        outgoing_table_matches: list[TableMatch] | Unset = UNSET
        if _outgoing_table_matches is not UNSET:
            outgoing_table_matches = []
            for outgoing_table_matches_item_data in _outgoing_table_matches:
                outgoing_table_matches_item = TableMatch.from_dict(outgoing_table_matches_item_data)

                outgoing_table_matches.append(outgoing_table_matches_item)

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
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
