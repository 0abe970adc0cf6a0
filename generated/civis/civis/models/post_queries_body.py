from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..models.post_queries_body_column_delimiter import (
    PostQueriesBodyColumnDelimiter,
    check_post_queries_body_column_delimiter,
)
from ..models.post_queries_body_compression import PostQueriesBodyCompression, check_post_queries_body_compression
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostQueriesBody")


@_attrs_define(slots=False)
class PostQueriesBody(ResponseMetadata):
    """
    Attributes:
        database (int): Database id.
        sql (str):  Example: SELECT 1.
        preview_rows (int): Rows to keep as a preview (at most 1000).
        credential (int | Unset): Credential id; defaults to the caller's default.
        hidden (bool | Unset):
        interactive (bool | Unset):
        include_header (bool | Unset):
        compression (PostQueriesBodyCompression | str | Unset):
        column_delimiter (PostQueriesBodyColumnDelimiter | str | Unset):
        unquoted (bool | Unset):
        filename_prefix (str | Unset):
    """

    database: int
    sql: str
    preview_rows: int
    credential: int | Unset = UNSET
    hidden: bool | Unset = UNSET
    interactive: bool | Unset = UNSET
    include_header: bool | Unset = UNSET
    compression: PostQueriesBodyCompression | str | Unset = UNSET
    column_delimiter: PostQueriesBodyColumnDelimiter | str | Unset = UNSET
    unquoted: bool | Unset = UNSET
    filename_prefix: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        database = self.database

        sql = self.sql

        preview_rows = self.preview_rows

        credential = self.credential

        hidden = self.hidden

        interactive = self.interactive

        include_header = self.include_header

        compression: str | Unset = UNSET
        if not isinstance(self.compression, Unset):
            compression = self.compression

        column_delimiter: str | Unset = UNSET
        if not isinstance(self.column_delimiter, Unset):
            column_delimiter = self.column_delimiter

        unquoted = self.unquoted

        filename_prefix = self.filename_prefix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "database": database,
                "sql": sql,
                "previewRows": preview_rows,
            }
        )
        if credential is not UNSET:
            field_dict["credential"] = credential
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if interactive is not UNSET:
            field_dict["interactive"] = interactive
        if include_header is not UNSET:
            field_dict["includeHeader"] = include_header
        if compression is not UNSET:
            field_dict["compression"] = compression
        if column_delimiter is not UNSET:
            field_dict["columnDelimiter"] = column_delimiter
        if unquoted is not UNSET:
            field_dict["unquoted"] = unquoted
        if filename_prefix is not UNSET:
            field_dict["filenamePrefix"] = filename_prefix

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        database = d.pop("database", decode.MISSING)
        if type(database) is not int:
            database = decode.expect(database, int, "database")

        sql = d.pop("sql", decode.MISSING)
        if type(sql) is not str:
            sql = decode.expect(sql, str, "sql")

        preview_rows = d.pop("previewRows", decode.MISSING)
        if type(preview_rows) is not int:
            preview_rows = decode.expect(preview_rows, int, "previewRows")

        credential = d.pop("credential", UNSET)
        if type(credential) is not int and credential is not UNSET:
            credential = decode.expect(credential, int, "credential")

        hidden = d.pop("hidden", UNSET)
        if type(hidden) is not bool and hidden is not UNSET:
            hidden = decode.expect(hidden, bool, "hidden")

        interactive = d.pop("interactive", UNSET)
        if type(interactive) is not bool and interactive is not UNSET:
            interactive = decode.expect(interactive, bool, "interactive")

        include_header = d.pop("includeHeader", UNSET)
        if type(include_header) is not bool and include_header is not UNSET:
            include_header = decode.expect(include_header, bool, "includeHeader")

        compression = check_post_queries_body_compression(d.pop("compression", UNSET), "compression")

        column_delimiter = check_post_queries_body_column_delimiter(d.pop("columnDelimiter", UNSET), "columnDelimiter")

        unquoted = d.pop("unquoted", UNSET)
        if type(unquoted) is not bool and unquoted is not UNSET:
            unquoted = decode.expect(unquoted, bool, "unquoted")

        filename_prefix = d.pop("filenamePrefix", UNSET)
        if type(filename_prefix) is not str and filename_prefix is not UNSET:
            filename_prefix = decode.expect(filename_prefix, str, "filenamePrefix")

        post_queries_body = cls.__new__(cls)
        post_queries_body.database = database
        post_queries_body.sql = sql
        post_queries_body.preview_rows = preview_rows
        post_queries_body.credential = credential
        post_queries_body.hidden = hidden
        post_queries_body.interactive = interactive
        post_queries_body.include_header = include_header
        post_queries_body.compression = compression
        post_queries_body.column_delimiter = column_delimiter
        post_queries_body.unquoted = unquoted
        post_queries_body.filename_prefix = filename_prefix

        post_queries_body.additional_properties = d if d else {}
        return post_queries_body

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
