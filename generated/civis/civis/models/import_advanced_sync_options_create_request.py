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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.import_advanced_sync_options_create_request_column_overrides import (
        ImportAdvancedSyncOptionsCreateRequestColumnOverrides,
    )


T = TypeVar("T", bound="ImportAdvancedSyncOptionsCreateRequest")


@_attrs_define(slots=False)
class ImportAdvancedSyncOptionsCreateRequest(ResponseMetadata):
    """
    Attributes:
        max_errors (int | Unset):
        existing_table_rows (str | Unset):
        first_row_is_header (bool | Unset):
        diststyle (str | Unset):
        distkey (str | Unset):
        sortkey1 (str | Unset):
        sortkey2 (str | Unset):
        column_delimiter (str | Unset):
        column_overrides (ImportAdvancedSyncOptionsCreateRequestColumnOverrides | Unset):
        escaped (bool | Unset):
        identity_column (str | Unset):
        last_modified_column (str | Unset):
        row_chunk_size (int | Unset):
        wipe_destination_table (bool | Unset):
        truncate_long_lines (bool | Unset):
        invalid_char_replacement (str | Unset):
        verify_table_row_counts (bool | Unset):
        partition_column_name (str | Unset):
        partition_schema_name (str | Unset):
        partition_table_name (str | Unset):
        partition_table_partition_column_min_name (str | Unset):
        partition_table_partition_column_max_name (str | Unset):
        mysql_catalog_matches_schema (bool | Unset):
        chunking_method (str | Unset):
        export_action (str | Unset):
        sql_query (str | Unset):
        contact_lists (str | Unset):
        soql_query (str | Unset):
        include_deleted_records (bool | Unset):
    """

    max_errors: int | Unset = UNSET
    existing_table_rows: str | Unset = UNSET
    first_row_is_header: bool | Unset = UNSET
    diststyle: str | Unset = UNSET
    distkey: str | Unset = UNSET
    sortkey1: str | Unset = UNSET
    sortkey2: str | Unset = UNSET
    column_delimiter: str | Unset = UNSET
    column_overrides: ImportAdvancedSyncOptionsCreateRequestColumnOverrides | Unset = UNSET
    escaped: bool | Unset = UNSET
    identity_column: str | Unset = UNSET
    last_modified_column: str | Unset = UNSET
    row_chunk_size: int | Unset = UNSET
    wipe_destination_table: bool | Unset = UNSET
    truncate_long_lines: bool | Unset = UNSET
    invalid_char_replacement: str | Unset = UNSET
    verify_table_row_counts: bool | Unset = UNSET
    partition_column_name: str | Unset = UNSET
    partition_schema_name: str | Unset = UNSET
    partition_table_name: str | Unset = UNSET
    partition_table_partition_column_min_name: str | Unset = UNSET
    partition_table_partition_column_max_name: str | Unset = UNSET
    mysql_catalog_matches_schema: bool | Unset = UNSET
    chunking_method: str | Unset = UNSET
    export_action: str | Unset = UNSET
    sql_query: str | Unset = UNSET
    contact_lists: str | Unset = UNSET
    soql_query: str | Unset = UNSET
    include_deleted_records: bool | Unset = UNSET
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

        column_overrides: dict[str, Any] | Unset = UNSET
        if not isinstance(self.column_overrides, Unset):
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
        if max_errors is not UNSET:
            field_dict["maxErrors"] = max_errors
        if existing_table_rows is not UNSET:
            field_dict["existingTableRows"] = existing_table_rows
        if first_row_is_header is not UNSET:
            field_dict["firstRowIsHeader"] = first_row_is_header
        if diststyle is not UNSET:
            field_dict["diststyle"] = diststyle
        if distkey is not UNSET:
            field_dict["distkey"] = distkey
        if sortkey1 is not UNSET:
            field_dict["sortkey1"] = sortkey1
        if sortkey2 is not UNSET:
            field_dict["sortkey2"] = sortkey2
        if column_delimiter is not UNSET:
            field_dict["columnDelimiter"] = column_delimiter
        if column_overrides is not UNSET:
            field_dict["columnOverrides"] = column_overrides
        if escaped is not UNSET:
            field_dict["escaped"] = escaped
        if identity_column is not UNSET:
            field_dict["identityColumn"] = identity_column
        if last_modified_column is not UNSET:
            field_dict["lastModifiedColumn"] = last_modified_column
        if row_chunk_size is not UNSET:
            field_dict["rowChunkSize"] = row_chunk_size
        if wipe_destination_table is not UNSET:
            field_dict["wipeDestinationTable"] = wipe_destination_table
        if truncate_long_lines is not UNSET:
            field_dict["truncateLongLines"] = truncate_long_lines
        if invalid_char_replacement is not UNSET:
            field_dict["invalidCharReplacement"] = invalid_char_replacement
        if verify_table_row_counts is not UNSET:
            field_dict["verifyTableRowCounts"] = verify_table_row_counts
        if partition_column_name is not UNSET:
            field_dict["partitionColumnName"] = partition_column_name
        if partition_schema_name is not UNSET:
            field_dict["partitionSchemaName"] = partition_schema_name
        if partition_table_name is not UNSET:
            field_dict["partitionTableName"] = partition_table_name
        if partition_table_partition_column_min_name is not UNSET:
            field_dict["partitionTablePartitionColumnMinName"] = partition_table_partition_column_min_name
        if partition_table_partition_column_max_name is not UNSET:
            field_dict["partitionTablePartitionColumnMaxName"] = partition_table_partition_column_max_name
        if mysql_catalog_matches_schema is not UNSET:
            field_dict["mysqlCatalogMatchesSchema"] = mysql_catalog_matches_schema
        if chunking_method is not UNSET:
            field_dict["chunkingMethod"] = chunking_method
        if export_action is not UNSET:
            field_dict["exportAction"] = export_action
        if sql_query is not UNSET:
            field_dict["sqlQuery"] = sql_query
        if contact_lists is not UNSET:
            field_dict["contactLists"] = contact_lists
        if soql_query is not UNSET:
            field_dict["soqlQuery"] = soql_query
        if include_deleted_records is not UNSET:
            field_dict["includeDeletedRecords"] = include_deleted_records

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_errors = d.pop("maxErrors", UNSET)
        if type(max_errors) is not int and max_errors is not UNSET:
            max_errors = decode.expect(max_errors, int, "maxErrors")

        existing_table_rows = d.pop("existingTableRows", UNSET)
        if type(existing_table_rows) is not str and existing_table_rows is not UNSET:
            existing_table_rows = decode.expect(existing_table_rows, str, "existingTableRows")

        first_row_is_header = d.pop("firstRowIsHeader", UNSET)
        if type(first_row_is_header) is not bool and first_row_is_header is not UNSET:
            first_row_is_header = decode.expect(first_row_is_header, bool, "firstRowIsHeader")

        diststyle = d.pop("diststyle", UNSET)
        if type(diststyle) is not str and diststyle is not UNSET:
            diststyle = decode.expect(diststyle, str, "diststyle")

        distkey = d.pop("distkey", UNSET)
        if type(distkey) is not str and distkey is not UNSET:
            distkey = decode.expect(distkey, str, "distkey")

        sortkey1 = d.pop("sortkey1", UNSET)
        if type(sortkey1) is not str and sortkey1 is not UNSET:
            sortkey1 = decode.expect(sortkey1, str, "sortkey1")

        sortkey2 = d.pop("sortkey2", UNSET)
        if type(sortkey2) is not str and sortkey2 is not UNSET:
            sortkey2 = decode.expect(sortkey2, str, "sortkey2")

        column_delimiter = d.pop("columnDelimiter", UNSET)
        if type(column_delimiter) is not str and column_delimiter is not UNSET:
            column_delimiter = decode.expect(column_delimiter, str, "columnDelimiter")

        column_overrides = d.pop("columnOverrides", UNSET)
        if column_overrides is not UNSET:
            column_overrides = decode.model(
                _models.ImportAdvancedSyncOptionsCreateRequestColumnOverrides.from_dict,
                column_overrides,
                "columnOverrides",
            )

        escaped = d.pop("escaped", UNSET)
        if type(escaped) is not bool and escaped is not UNSET:
            escaped = decode.expect(escaped, bool, "escaped")

        identity_column = d.pop("identityColumn", UNSET)
        if type(identity_column) is not str and identity_column is not UNSET:
            identity_column = decode.expect(identity_column, str, "identityColumn")

        last_modified_column = d.pop("lastModifiedColumn", UNSET)
        if type(last_modified_column) is not str and last_modified_column is not UNSET:
            last_modified_column = decode.expect(last_modified_column, str, "lastModifiedColumn")

        row_chunk_size = d.pop("rowChunkSize", UNSET)
        if type(row_chunk_size) is not int and row_chunk_size is not UNSET:
            row_chunk_size = decode.expect(row_chunk_size, int, "rowChunkSize")

        wipe_destination_table = d.pop("wipeDestinationTable", UNSET)
        if type(wipe_destination_table) is not bool and wipe_destination_table is not UNSET:
            wipe_destination_table = decode.expect(wipe_destination_table, bool, "wipeDestinationTable")

        truncate_long_lines = d.pop("truncateLongLines", UNSET)
        if type(truncate_long_lines) is not bool and truncate_long_lines is not UNSET:
            truncate_long_lines = decode.expect(truncate_long_lines, bool, "truncateLongLines")

        invalid_char_replacement = d.pop("invalidCharReplacement", UNSET)
        if type(invalid_char_replacement) is not str and invalid_char_replacement is not UNSET:
            invalid_char_replacement = decode.expect(invalid_char_replacement, str, "invalidCharReplacement")

        verify_table_row_counts = d.pop("verifyTableRowCounts", UNSET)
        if type(verify_table_row_counts) is not bool and verify_table_row_counts is not UNSET:
            verify_table_row_counts = decode.expect(verify_table_row_counts, bool, "verifyTableRowCounts")

        partition_column_name = d.pop("partitionColumnName", UNSET)
        if type(partition_column_name) is not str and partition_column_name is not UNSET:
            partition_column_name = decode.expect(partition_column_name, str, "partitionColumnName")

        partition_schema_name = d.pop("partitionSchemaName", UNSET)
        if type(partition_schema_name) is not str and partition_schema_name is not UNSET:
            partition_schema_name = decode.expect(partition_schema_name, str, "partitionSchemaName")

        partition_table_name = d.pop("partitionTableName", UNSET)
        if type(partition_table_name) is not str and partition_table_name is not UNSET:
            partition_table_name = decode.expect(partition_table_name, str, "partitionTableName")

        partition_table_partition_column_min_name = d.pop("partitionTablePartitionColumnMinName", UNSET)
        if (
            type(partition_table_partition_column_min_name) is not str
            and partition_table_partition_column_min_name is not UNSET
        ):
            partition_table_partition_column_min_name = decode.expect(
                partition_table_partition_column_min_name, str, "partitionTablePartitionColumnMinName"
            )

        partition_table_partition_column_max_name = d.pop("partitionTablePartitionColumnMaxName", UNSET)
        if (
            type(partition_table_partition_column_max_name) is not str
            and partition_table_partition_column_max_name is not UNSET
        ):
            partition_table_partition_column_max_name = decode.expect(
                partition_table_partition_column_max_name, str, "partitionTablePartitionColumnMaxName"
            )

        mysql_catalog_matches_schema = d.pop("mysqlCatalogMatchesSchema", UNSET)
        if type(mysql_catalog_matches_schema) is not bool and mysql_catalog_matches_schema is not UNSET:
            mysql_catalog_matches_schema = decode.expect(
                mysql_catalog_matches_schema, bool, "mysqlCatalogMatchesSchema"
            )

        chunking_method = d.pop("chunkingMethod", UNSET)
        if type(chunking_method) is not str and chunking_method is not UNSET:
            chunking_method = decode.expect(chunking_method, str, "chunkingMethod")

        export_action = d.pop("exportAction", UNSET)
        if type(export_action) is not str and export_action is not UNSET:
            export_action = decode.expect(export_action, str, "exportAction")

        sql_query = d.pop("sqlQuery", UNSET)
        if type(sql_query) is not str and sql_query is not UNSET:
            sql_query = decode.expect(sql_query, str, "sqlQuery")

        contact_lists = d.pop("contactLists", UNSET)
        if type(contact_lists) is not str and contact_lists is not UNSET:
            contact_lists = decode.expect(contact_lists, str, "contactLists")

        soql_query = d.pop("soqlQuery", UNSET)
        if type(soql_query) is not str and soql_query is not UNSET:
            soql_query = decode.expect(soql_query, str, "soqlQuery")

        include_deleted_records = d.pop("includeDeletedRecords", UNSET)
        if type(include_deleted_records) is not bool and include_deleted_records is not UNSET:
            include_deleted_records = decode.expect(include_deleted_records, bool, "includeDeletedRecords")

        import_advanced_sync_options_create_request = cls.__new__(cls)
        import_advanced_sync_options_create_request.max_errors = max_errors
        import_advanced_sync_options_create_request.existing_table_rows = existing_table_rows
        import_advanced_sync_options_create_request.first_row_is_header = first_row_is_header
        import_advanced_sync_options_create_request.diststyle = diststyle
        import_advanced_sync_options_create_request.distkey = distkey
        import_advanced_sync_options_create_request.sortkey1 = sortkey1
        import_advanced_sync_options_create_request.sortkey2 = sortkey2
        import_advanced_sync_options_create_request.column_delimiter = column_delimiter
        import_advanced_sync_options_create_request.column_overrides = column_overrides
        import_advanced_sync_options_create_request.escaped = escaped
        import_advanced_sync_options_create_request.identity_column = identity_column
        import_advanced_sync_options_create_request.last_modified_column = last_modified_column
        import_advanced_sync_options_create_request.row_chunk_size = row_chunk_size
        import_advanced_sync_options_create_request.wipe_destination_table = wipe_destination_table
        import_advanced_sync_options_create_request.truncate_long_lines = truncate_long_lines
        import_advanced_sync_options_create_request.invalid_char_replacement = invalid_char_replacement
        import_advanced_sync_options_create_request.verify_table_row_counts = verify_table_row_counts
        import_advanced_sync_options_create_request.partition_column_name = partition_column_name
        import_advanced_sync_options_create_request.partition_schema_name = partition_schema_name
        import_advanced_sync_options_create_request.partition_table_name = partition_table_name
        import_advanced_sync_options_create_request.partition_table_partition_column_min_name = (
            partition_table_partition_column_min_name
        )
        import_advanced_sync_options_create_request.partition_table_partition_column_max_name = (
            partition_table_partition_column_max_name
        )
        import_advanced_sync_options_create_request.mysql_catalog_matches_schema = mysql_catalog_matches_schema
        import_advanced_sync_options_create_request.chunking_method = chunking_method
        import_advanced_sync_options_create_request.export_action = export_action
        import_advanced_sync_options_create_request.sql_query = sql_query
        import_advanced_sync_options_create_request.contact_lists = contact_lists
        import_advanced_sync_options_create_request.soql_query = soql_query
        import_advanced_sync_options_create_request.include_deleted_records = include_deleted_records

        import_advanced_sync_options_create_request.additional_properties = d if d else {}
        return import_advanced_sync_options_create_request

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
