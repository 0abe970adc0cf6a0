from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        from ..models.import_advanced_sync_options_column_overrides import ImportAdvancedSyncOptionsColumnOverrides  # noqa: PLC0415

        d = dict(src_dict)
        max_errors = decode.expect(d.pop("maxErrors", decode.MISSING), int, "maxErrors")

        existing_table_rows = decode.expect(d.pop("existingTableRows", decode.MISSING), str, "existingTableRows")

        first_row_is_header = decode.expect(d.pop("firstRowIsHeader", decode.MISSING), bool, "firstRowIsHeader")

        diststyle = decode.expect(d.pop("diststyle", decode.MISSING), str, "diststyle")

        distkey = decode.expect(d.pop("distkey", decode.MISSING), str, "distkey")

        sortkey1 = decode.expect(d.pop("sortkey1", decode.MISSING), str, "sortkey1")

        sortkey2 = decode.expect(d.pop("sortkey2", decode.MISSING), str, "sortkey2")

        column_delimiter = decode.expect(d.pop("columnDelimiter", decode.MISSING), str, "columnDelimiter")

        column_overrides = decode.model(
            ImportAdvancedSyncOptionsColumnOverrides.from_dict,
            d.pop("columnOverrides", decode.MISSING),
            "columnOverrides",
        )

        escaped = decode.expect(d.pop("escaped", decode.MISSING), bool, "escaped")

        identity_column = decode.expect(d.pop("identityColumn", decode.MISSING), str, "identityColumn")

        last_modified_column = decode.expect(d.pop("lastModifiedColumn", decode.MISSING), str, "lastModifiedColumn")

        row_chunk_size = decode.expect(d.pop("rowChunkSize", decode.MISSING), int, "rowChunkSize")

        wipe_destination_table = decode.expect(
            d.pop("wipeDestinationTable", decode.MISSING), bool, "wipeDestinationTable"
        )

        truncate_long_lines = decode.expect(d.pop("truncateLongLines", decode.MISSING), bool, "truncateLongLines")

        invalid_char_replacement = decode.expect(
            d.pop("invalidCharReplacement", decode.MISSING), str, "invalidCharReplacement"
        )

        verify_table_row_counts = decode.expect(
            d.pop("verifyTableRowCounts", decode.MISSING), bool, "verifyTableRowCounts"
        )

        partition_column_name = decode.expect(d.pop("partitionColumnName", decode.MISSING), str, "partitionColumnName")

        partition_schema_name = decode.expect(d.pop("partitionSchemaName", decode.MISSING), str, "partitionSchemaName")

        partition_table_name = decode.expect(d.pop("partitionTableName", decode.MISSING), str, "partitionTableName")

        partition_table_partition_column_min_name = decode.expect(
            d.pop("partitionTablePartitionColumnMinName", decode.MISSING), str, "partitionTablePartitionColumnMinName"
        )

        partition_table_partition_column_max_name = decode.expect(
            d.pop("partitionTablePartitionColumnMaxName", decode.MISSING), str, "partitionTablePartitionColumnMaxName"
        )

        mysql_catalog_matches_schema = decode.expect(
            d.pop("mysqlCatalogMatchesSchema", decode.MISSING), bool, "mysqlCatalogMatchesSchema"
        )

        chunking_method = decode.expect(d.pop("chunkingMethod", decode.MISSING), str, "chunkingMethod")

        export_action = decode.expect(d.pop("exportAction", decode.MISSING), str, "exportAction")

        sql_query = decode.expect(d.pop("sqlQuery", decode.MISSING), str, "sqlQuery")

        contact_lists = decode.expect(d.pop("contactLists", decode.MISSING), str, "contactLists")

        soql_query = decode.expect(d.pop("soqlQuery", decode.MISSING), str, "soqlQuery")

        include_deleted_records = decode.expect(
            d.pop("includeDeletedRecords", decode.MISSING), bool, "includeDeletedRecords"
        )

        import_advanced_sync_options = cls(
            max_errors=max_errors,
            existing_table_rows=existing_table_rows,
            first_row_is_header=first_row_is_header,
            diststyle=diststyle,
            distkey=distkey,
            sortkey1=sortkey1,
            sortkey2=sortkey2,
            column_delimiter=column_delimiter,
            column_overrides=column_overrides,
            escaped=escaped,
            identity_column=identity_column,
            last_modified_column=last_modified_column,
            row_chunk_size=row_chunk_size,
            wipe_destination_table=wipe_destination_table,
            truncate_long_lines=truncate_long_lines,
            invalid_char_replacement=invalid_char_replacement,
            verify_table_row_counts=verify_table_row_counts,
            partition_column_name=partition_column_name,
            partition_schema_name=partition_schema_name,
            partition_table_name=partition_table_name,
            partition_table_partition_column_min_name=partition_table_partition_column_min_name,
            partition_table_partition_column_max_name=partition_table_partition_column_max_name,
            mysql_catalog_matches_schema=mysql_catalog_matches_schema,
            chunking_method=chunking_method,
            export_action=export_action,
            sql_query=sql_query,
            contact_lists=contact_lists,
            soql_query=soql_query,
            include_deleted_records=include_deleted_records,
        )

        import_advanced_sync_options.additional_properties = d
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
