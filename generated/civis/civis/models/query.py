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
    from ..models.user_simple import UserSimple


T = TypeVar("T", bound="Query")


@_attrs_define(slots=False)
class Query(ResponseMetadata):
    """An ad-hoc SQL query and, once finished, a preview of its result.

    Attributes:
        id (int):
        database (int):
        sql (str):
        credential (int):
        state (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        result_rows (list[list[str]] | Unset):
        result_columns (list[str] | Unset):
        error (None | str | Unset):
        started_at (datetime.datetime | None | Unset):
        finished_at (datetime.datetime | None | Unset):
        script_id (int | None | Unset):
        exception (None | str | Unset):
        last_run_id (int | Unset):
        hidden (bool | Unset):
        archived (str | Unset):
        name (None | str | Unset):
        author (UserSimple | Unset): Short reference to a user.
        interactive (bool | Unset):
        preview_rows (int | Unset):
        include_header (bool | Unset):
        compression (str | Unset):
        column_delimiter (str | Unset):
        unquoted (bool | Unset):
        filename_prefix (None | str | Unset):
    """

    id: int
    database: int
    sql: str
    credential: int
    state: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    result_rows: list[list[str]] | Unset = UNSET
    result_columns: list[str] | Unset = UNSET
    error: None | str | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET
    script_id: int | None | Unset = UNSET
    exception: None | str | Unset = UNSET
    last_run_id: int | Unset = UNSET
    hidden: bool | Unset = UNSET
    archived: str | Unset = UNSET
    name: None | str | Unset = UNSET
    author: UserSimple | Unset = UNSET
    interactive: bool | Unset = UNSET
    preview_rows: int | Unset = UNSET
    include_header: bool | Unset = UNSET
    compression: str | Unset = UNSET
    column_delimiter: str | Unset = UNSET
    unquoted: bool | Unset = UNSET
    filename_prefix: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        database = self.database

        sql = self.sql

        credential = self.credential

        state = self.state

        created_at = rfc3339(self.created_at)

        updated_at = rfc3339(self.updated_at)

        result_rows: list[list[str]] | Unset = UNSET
        if not isinstance(self.result_rows, Unset):
            result_rows = []
            for result_rows_item_data in self.result_rows:
                result_rows_item = result_rows_item_data

                result_rows.append(result_rows_item)

        result_columns: list[str] | Unset = UNSET
        if not isinstance(self.result_columns, Unset):
            result_columns = self.result_columns

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = rfc3339(self.started_at)
        else:
            started_at = self.started_at

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, datetime.datetime):
            finished_at = rfc3339(self.finished_at)
        else:
            finished_at = self.finished_at

        script_id: int | None | Unset
        if isinstance(self.script_id, Unset):
            script_id = UNSET
        else:
            script_id = self.script_id

        exception: None | str | Unset
        if isinstance(self.exception, Unset):
            exception = UNSET
        else:
            exception = self.exception

        last_run_id = self.last_run_id

        hidden = self.hidden

        archived = self.archived

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        author: dict[str, Any] | Unset = UNSET
        if not isinstance(self.author, Unset):
            author = jsonable(self.author)

        interactive = self.interactive

        preview_rows = self.preview_rows

        include_header = self.include_header

        compression = self.compression

        column_delimiter = self.column_delimiter

        unquoted = self.unquoted

        filename_prefix: None | str | Unset
        if isinstance(self.filename_prefix, Unset):
            filename_prefix = UNSET
        else:
            filename_prefix = self.filename_prefix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "database": database,
                "sql": sql,
                "credential": credential,
                "state": state,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if result_rows is not UNSET:
            field_dict["resultRows"] = result_rows
        if result_columns is not UNSET:
            field_dict["resultColumns"] = result_columns
        if error is not UNSET:
            field_dict["error"] = error
        if started_at is not UNSET:
            field_dict["startedAt"] = started_at
        if finished_at is not UNSET:
            field_dict["finishedAt"] = finished_at
        if script_id is not UNSET:
            field_dict["scriptId"] = script_id
        if exception is not UNSET:
            field_dict["exception"] = exception
        if last_run_id is not UNSET:
            field_dict["lastRunId"] = last_run_id
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if archived is not UNSET:
            field_dict["archived"] = archived
        if name is not UNSET:
            field_dict["name"] = name
        if author is not UNSET:
            field_dict["author"] = author
        if interactive is not UNSET:
            field_dict["interactive"] = interactive
        if preview_rows is not UNSET:
            field_dict["previewRows"] = preview_rows
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
        id = d.pop("id", decode.MISSING)
        if type(id) is not int:
            id = decode.expect(id, int, "id")

        database = d.pop("database", decode.MISSING)
        if type(database) is not int:
            database = decode.expect(database, int, "database")

        sql = d.pop("sql", decode.MISSING)
        if type(sql) is not str:
            sql = decode.expect(sql, str, "sql")

        credential = d.pop("credential", decode.MISSING)
        if type(credential) is not int:
            credential = decode.expect(credential, int, "credential")

        state = d.pop("state", decode.MISSING)
        if type(state) is not str:
            state = decode.expect(state, str, "state")

        created_at = decode.date_time(d.pop("createdAt", decode.MISSING), "createdAt")

        updated_at = decode.date_time(d.pop("updatedAt", decode.MISSING), "updatedAt")

        _result_rows_array = d.pop("resultRows", UNSET)
        result_rows: list[list[str]] | Unset
        if isinstance(_result_rows_array, list):
            result_rows = []
            with decode.in_array("resultRows", result_rows):
                for result_rows_item_data in _result_rows_array:
                    result_rows_item = decode.scalar_array(result_rows_item_data, str)

                    result_rows.append(result_rows_item)
        else:
            result_rows = decode.mismatch("an array", _result_rows_array, "resultRows")

        result_columns = d.pop("resultColumns", UNSET)
        if result_columns is not UNSET:
            result_columns = decode.scalar_array(result_columns, str, "resultColumns")

        error = d.pop("error", UNSET)
        if error is not None and type(error) is not str and error is not UNSET:
            error = decode.expect(error, str, "error", "one of None | str")

        started_at = d.pop("startedAt", UNSET)
        if started_at is not None and started_at is not UNSET:
            started_at = decode.date_time(started_at, "startedAt", expected="one of datetime.datetime | None")

        finished_at = d.pop("finishedAt", UNSET)
        if finished_at is not None and finished_at is not UNSET:
            finished_at = decode.date_time(finished_at, "finishedAt", expected="one of datetime.datetime | None")

        script_id = d.pop("scriptId", UNSET)
        if script_id is not None and type(script_id) is not int and script_id is not UNSET:
            script_id = decode.expect(script_id, int, "scriptId", "one of int | None")

        exception = d.pop("exception", UNSET)
        if exception is not None and type(exception) is not str and exception is not UNSET:
            exception = decode.expect(exception, str, "exception", "one of None | str")

        last_run_id = d.pop("lastRunId", UNSET)
        if type(last_run_id) is not int and last_run_id is not UNSET:
            last_run_id = decode.expect(last_run_id, int, "lastRunId")

        hidden = d.pop("hidden", UNSET)
        if type(hidden) is not bool and hidden is not UNSET:
            hidden = decode.expect(hidden, bool, "hidden")

        archived = d.pop("archived", UNSET)
        if type(archived) is not str and archived is not UNSET:
            archived = decode.expect(archived, str, "archived")

        name = d.pop("name", UNSET)
        if name is not None and type(name) is not str and name is not UNSET:
            name = decode.expect(name, str, "name", "one of None | str")

        author = d.pop("author", UNSET)
        if author is not UNSET:
            author = decode.model(_models.UserSimple.from_dict, author, "author")

        interactive = d.pop("interactive", UNSET)
        if type(interactive) is not bool and interactive is not UNSET:
            interactive = decode.expect(interactive, bool, "interactive")

        preview_rows = d.pop("previewRows", UNSET)
        if type(preview_rows) is not int and preview_rows is not UNSET:
            preview_rows = decode.expect(preview_rows, int, "previewRows")

        include_header = d.pop("includeHeader", UNSET)
        if type(include_header) is not bool and include_header is not UNSET:
            include_header = decode.expect(include_header, bool, "includeHeader")

        compression = d.pop("compression", UNSET)
        if type(compression) is not str and compression is not UNSET:
            compression = decode.expect(compression, str, "compression")

        column_delimiter = d.pop("columnDelimiter", UNSET)
        if type(column_delimiter) is not str and column_delimiter is not UNSET:
            column_delimiter = decode.expect(column_delimiter, str, "columnDelimiter")

        unquoted = d.pop("unquoted", UNSET)
        if type(unquoted) is not bool and unquoted is not UNSET:
            unquoted = decode.expect(unquoted, bool, "unquoted")

        filename_prefix = d.pop("filenamePrefix", UNSET)
        if filename_prefix is not None and type(filename_prefix) is not str and filename_prefix is not UNSET:
            filename_prefix = decode.expect(filename_prefix, str, "filenamePrefix", "one of None | str")

        query = cls.__new__(cls)
        query.id = id
        query.database = database
        query.sql = sql
        query.credential = credential
        query.state = state
        query.created_at = created_at
        query.updated_at = updated_at
        query.result_rows = result_rows
        query.result_columns = result_columns
        query.error = error
        query.started_at = started_at
        query.finished_at = finished_at
        query.script_id = script_id
        query.exception = exception
        query.last_run_id = last_run_id
        query.hidden = hidden
        query.archived = archived
        query.name = name
        query.author = author
        query.interactive = interactive
        query.preview_rows = preview_rows
        query.include_header = include_header
        query.compression = compression
        query.column_delimiter = column_delimiter
        query.unquoted = unquoted
        query.filename_prefix = filename_prefix

        query.additional_properties = d if d else {}
        return query

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
