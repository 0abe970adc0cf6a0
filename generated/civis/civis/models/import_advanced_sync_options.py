from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

if TYPE_CHECKING:
    from ..models.import_advanced_sync_options_column_overrides import ImportAdvancedSyncOptionsColumnOverrides


T = TypeVar("T", bound="ImportAdvancedSyncOptions")


@_attrs_define(slots=False)
class ImportAdvancedSyncOptions(ResponseMetadata):
    """
    Attributes:
        max_errors (int):
        existing_table_rows (str):
        first_row_is_header (bool):
        diststyle (str):
        distkey (str):
        sortkey1 (str):
        sortkey2 (str):
        column_delimiter (str):
        column_overrides (ImportAdvancedSyncOptionsColumnOverrides):
        escaped (bool):
        identity_column (str):
        last_modified_column (str):
        row_chunk_size (int):
        wipe_destination_table (bool):
        truncate_long_lines (bool):
        invalid_char_replacement (str):
        verify_table_row_counts (bool):
        partition_column_name (str):
        partition_schema_name (str):
        partition_table_name (str):
        partition_table_partition_column_min_name (str):
        partition_table_partition_column_max_name (str):
        mysql_catalog_matches_schema (bool):
        chunking_method (str):
        export_action (str):
        sql_query (str):
        contact_lists (str):
        soql_query (str):
        include_deleted_records (bool):
    """

    max_errors: int
    existing_table_rows: str
    first_row_is_header: bool
    diststyle: str
    distkey: str
    sortkey1: str
    sortkey2: str
    column_delimiter: str
    column_overrides: ImportAdvancedSyncOptionsColumnOverrides
    escaped: bool
    identity_column: str
    last_modified_column: str
    row_chunk_size: int
    wipe_destination_table: bool
    truncate_long_lines: bool
    invalid_char_replacement: str
    verify_table_row_counts: bool
    partition_column_name: str
    partition_schema_name: str
    partition_table_name: str
    partition_table_partition_column_min_name: str
    partition_table_partition_column_max_name: str
    mysql_catalog_matches_schema: bool
    chunking_method: str
    export_action: str
    sql_query: str
    contact_lists: str
    soql_query: str
    include_deleted_records: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        max_errors = self.max_errors

        existing_table_rows = self.existing_table_rows

        first_row_is_header = self.first_row_is_header

        diststyle = self.diststyle

        distkey = self.distkey

        sortkey1 = self.sortkey1

        sortkey2 = self.sortkey2

        column_delimiter = self.column_delimiter

        column_overrides = jsonable(self.column_overrides)

        escaped = self.escaped

        identity_column = self.identity_column

        last_modified_column = self.last_modified_column

        row_chunk_size = self.row_chunk_size

        wipe_destination_table = self.wipe_destination_table

        truncate_long_lines = self.truncate_long_lines

        invalid_char_replacement = self.invalid_char_replacement

        verify_table_row_counts = self.verify_table_row_counts

        partition_column_name = self.partition_column_name

        partition_schema_name = self.partition_schema_name

        partition_table_name = self.partition_table_name

        partition_table_partition_column_min_name = self.partition_table_partition_column_min_name

        partition_table_partition_column_max_name = self.partition_table_partition_column_max_name

        mysql_catalog_matches_schema = self.mysql_catalog_matches_schema

        chunking_method = self.chunking_method

        export_action = self.export_action

        sql_query = self.sql_query

        contact_lists = self.contact_lists

        soql_query = self.soql_query

        include_deleted_records = self.include_deleted_records

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "maxErrors": max_errors,
                "existingTableRows": existing_table_rows,
                "firstRowIsHeader": first_row_is_header,
                "diststyle": diststyle,
                "distkey": distkey,
                "sortkey1": sortkey1,
                "sortkey2": sortkey2,
                "columnDelimiter": column_delimiter,
                "columnOverrides": column_overrides,
                "escaped": escaped,
                "identityColumn": identity_column,
                "lastModifiedColumn": last_modified_column,
                "rowChunkSize": row_chunk_size,
                "wipeDestinationTable": wipe_destination_table,
                "truncateLongLines": truncate_long_lines,
                "invalidCharReplacement": invalid_char_replacement,
                "verifyTableRowCounts": verify_table_row_counts,
                "partitionColumnName": partition_column_name,
                "partitionSchemaName": partition_schema_name,
                "partitionTableName": partition_table_name,
                "partitionTablePartitionColumnMinName": partition_table_partition_column_min_name,
                "partitionTablePartitionColumnMaxName": partition_table_partition_column_max_name,
                "mysqlCatalogMatchesSchema": mysql_catalog_matches_schema,
                "chunkingMethod": chunking_method,
                "exportAction": export_action,
                "sqlQuery": sql_query,
                "contactLists": contact_lists,
                "soqlQuery": soql_query,
                "includeDeletedRecords": include_deleted_records,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_errors = d.pop("maxErrors", decode.MISSING)
        if type(max_errors) is not int:
            max_errors = decode.expect(max_errors, int, "maxErrors")

        existing_table_rows = d.pop("existingTableRows", decode.MISSING)
        if type(existing_table_rows) is not str:
            existing_table_rows = decode.expect(existing_table_rows, str, "existingTableRows")

        first_row_is_header = d.pop("firstRowIsHeader", decode.MISSING)
        if type(first_row_is_header) is not bool:
            first_row_is_header = decode.expect(first_row_is_header, bool, "firstRowIsHeader")

        diststyle = d.pop("diststyle", decode.MISSING)
        if type(diststyle) is not str:
            diststyle = decode.expect(diststyle, str, "diststyle")

        distkey = d.pop("distkey", decode.MISSING)
        if type(distkey) is not str:
            distkey = decode.expect(distkey, str, "distkey")

        sortkey1 = d.pop("sortkey1", decode.MISSING)
        if type(sortkey1) is not str:
            sortkey1 = decode.expect(sortkey1, str, "sortkey1")

        sortkey2 = d.pop("sortkey2", decode.MISSING)
        if type(sortkey2) is not str:
            sortkey2 = decode.expect(sortkey2, str, "sortkey2")

        column_delimiter = d.pop("columnDelimiter", decode.MISSING)
        if type(column_delimiter) is not str:
            column_delimiter = decode.expect(column_delimiter, str, "columnDelimiter")

        column_overrides = decode.model(
            _models.ImportAdvancedSyncOptionsColumnOverrides.from_dict,
            d.pop("columnOverrides", decode.MISSING),
            "columnOverrides",
        )

        escaped = d.pop("escaped", decode.MISSING)
        if type(escaped) is not bool:
            escaped = decode.expect(escaped, bool, "escaped")

        identity_column = d.pop("identityColumn", decode.MISSING)
        if type(identity_column) is not str:
            identity_column = decode.expect(identity_column, str, "identityColumn")

        last_modified_column = d.pop("lastModifiedColumn", decode.MISSING)
        if type(last_modified_column) is not str:
            last_modified_column = decode.expect(last_modified_column, str, "lastModifiedColumn")

        row_chunk_size = d.pop("rowChunkSize", decode.MISSING)
        if type(row_chunk_size) is not int:
            row_chunk_size = decode.expect(row_chunk_size, int, "rowChunkSize")

        wipe_destination_table = d.pop("wipeDestinationTable", decode.MISSING)
        if type(wipe_destination_table) is not bool:
            wipe_destination_table = decode.expect(wipe_destination_table, bool, "wipeDestinationTable")

        truncate_long_lines = d.pop("truncateLongLines", decode.MISSING)
        if type(truncate_long_lines) is not bool:
            truncate_long_lines = decode.expect(truncate_long_lines, bool, "truncateLongLines")

        invalid_char_replacement = d.pop("invalidCharReplacement", decode.MISSING)
        if type(invalid_char_replacement) is not str:
            invalid_char_replacement = decode.expect(invalid_char_replacement, str, "invalidCharReplacement")

        verify_table_row_counts = d.pop("verifyTableRowCounts", decode.MISSING)
        if type(verify_table_row_counts) is not bool:
            verify_table_row_counts = decode.expect(verify_table_row_counts, bool, "verifyTableRowCounts")

        partition_column_name = d.pop("partitionColumnName", decode.MISSING)
        if type(partition_column_name) is not str:
            partition_column_name = decode.expect(partition_column_name, str, "partitionColumnName")

        partition_schema_name = d.pop("partitionSchemaName", decode.MISSING)
        if type(partition_schema_name) is not str:
            partition_schema_name = decode.expect(partition_schema_name, str, "partitionSchemaName")

        partition_table_name = d.pop("partitionTableName", decode.MISSING)
        if type(partition_table_name) is not str:
            partition_table_name = decode.expect(partition_table_name, str, "partitionTableName")

        partition_table_partition_column_min_name = d.pop("partitionTablePartitionColumnMinName", decode.MISSING)
        if type(partition_table_partition_column_min_name) is not str:
            partition_table_partition_column_min_name = decode.expect(
                partition_table_partition_column_min_name, str, "partitionTablePartitionColumnMinName"
            )

        partition_table_partition_column_max_name = d.pop("partitionTablePartitionColumnMaxName", decode.MISSING)
        if type(partition_table_partition_column_max_name) is not str:
            partition_table_partition_column_max_name = decode.expect(
                partition_table_partition_column_max_name, str, "partitionTablePartitionColumnMaxName"
            )

        mysql_catalog_matches_schema = d.pop("mysqlCatalogMatchesSchema", decode.MISSING)
        if type(mysql_catalog_matches_schema) is not bool:
            mysql_catalog_matches_schema = decode.expect(
                mysql_catalog_matches_schema, bool, "mysqlCatalogMatchesSchema"
            )

        chunking_method = d.pop("chunkingMethod", decode.MISSING)
        if type(chunking_method) is not str:
            chunking_method = decode.expect(chunking_method, str, "chunkingMethod")

        export_action = d.pop("exportAction", decode.MISSING)
        if type(export_action) is not str:
            export_action = decode.expect(export_action, str, "exportAction")

        sql_query = d.pop("sqlQuery", decode.MISSING)
        if type(sql_query) is not str:
            sql_query = decode.expect(sql_query, str, "sqlQuery")

        contact_lists = d.pop("contactLists", decode.MISSING)
        if type(contact_lists) is not str:
            contact_lists = decode.expect(contact_lists, str, "contactLists")

        soql_query = d.pop("soqlQuery", decode.MISSING)
        if type(soql_query) is not str:
            soql_query = decode.expect(soql_query, str, "soqlQuery")

        include_deleted_records = d.pop("includeDeletedRecords", decode.MISSING)
        if type(include_deleted_records) is not bool:
            include_deleted_records = decode.expect(include_deleted_records, bool, "includeDeletedRecords")

        import_advanced_sync_options = cls.__new__(cls)
        import_advanced_sync_options.max_errors = max_errors
        import_advanced_sync_options.existing_table_rows = existing_table_rows
        import_advanced_sync_options.first_row_is_header = first_row_is_header
        import_advanced_sync_options.diststyle = diststyle
        import_advanced_sync_options.distkey = distkey
        import_advanced_sync_options.sortkey1 = sortkey1
        import_advanced_sync_options.sortkey2 = sortkey2
        import_advanced_sync_options.column_delimiter = column_delimiter
        import_advanced_sync_options.column_overrides = column_overrides
        import_advanced_sync_options.escaped = escaped
        import_advanced_sync_options.identity_column = identity_column
        import_advanced_sync_options.last_modified_column = last_modified_column
        import_advanced_sync_options.row_chunk_size = row_chunk_size
        import_advanced_sync_options.wipe_destination_table = wipe_destination_table
        import_advanced_sync_options.truncate_long_lines = truncate_long_lines
        import_advanced_sync_options.invalid_char_replacement = invalid_char_replacement
        import_advanced_sync_options.verify_table_row_counts = verify_table_row_counts
        import_advanced_sync_options.partition_column_name = partition_column_name
        import_advanced_sync_options.partition_schema_name = partition_schema_name
        import_advanced_sync_options.partition_table_name = partition_table_name
        import_advanced_sync_options.partition_table_partition_column_min_name = (
            partition_table_partition_column_min_name
        )
        import_advanced_sync_options.partition_table_partition_column_max_name = (
            partition_table_partition_column_max_name
        )
        import_advanced_sync_options.mysql_catalog_matches_schema = mysql_catalog_matches_schema
        import_advanced_sync_options.chunking_method = chunking_method
        import_advanced_sync_options.export_action = export_action
        import_advanced_sync_options.sql_query = sql_query
        import_advanced_sync_options.contact_lists = contact_lists
        import_advanced_sync_options.soql_query = soql_query
        import_advanced_sync_options.include_deleted_records = include_deleted_records

        import_advanced_sync_options.additional_properties = d if d else {}
        return import_advanced_sync_options

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
