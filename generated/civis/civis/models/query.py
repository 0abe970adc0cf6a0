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
        from ..models.user_simple import UserSimple  # noqa: PLC0415

        d = dict(src_dict)
        id = decode.expect(d.pop("id", decode.MISSING), int, "id")

        database = decode.expect(d.pop("database", decode.MISSING), int, "database")

        sql = decode.expect(d.pop("sql", decode.MISSING), str, "sql")

        credential = decode.expect(d.pop("credential", decode.MISSING), int, "credential")

        state = decode.expect(d.pop("state", decode.MISSING), str, "state")

        created_at = decode.date_time(d.pop("createdAt", decode.MISSING), "createdAt")

        updated_at = decode.date_time(d.pop("updatedAt", decode.MISSING), "updatedAt")

        _result_rows = d.pop("resultRows", UNSET)
        result_rows: list[list[str]] | Unset
        if isinstance(_result_rows, list):
            result_rows = []
            for result_rows_index, result_rows_item_data in enumerate(_result_rows):
                with decode.at("resultRows", result_rows_index):
                    _result_rows_item = result_rows_item_data
                    result_rows_item: list[str]
                    if isinstance(_result_rows_item, list):
                        result_rows_item = []
                        for result_rows_item_index, result_rows_item_item_data in enumerate(_result_rows_item):
                            with decode.at(None, result_rows_item_index):
                                result_rows_item_item = decode.expect(result_rows_item_item_data, str)

                            result_rows_item.append(result_rows_item_item)
                    else:
                        result_rows_item = decode.mismatch("an array", _result_rows_item)

                result_rows.append(result_rows_item)
        else:
            result_rows = decode.mismatch("an array", _result_rows, "resultRows")

        _result_columns = d.pop("resultColumns", UNSET)
        result_columns: list[str] | Unset
        if isinstance(_result_columns, list):
            result_columns = []
            for result_columns_index, result_columns_item_data in enumerate(_result_columns):
                with decode.at("resultColumns", result_columns_index):
                    result_columns_item = decode.expect(result_columns_item_data, str)

                result_columns.append(result_columns_item)
        else:
            result_columns = decode.mismatch("an array", _result_columns, "resultColumns")

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                with decode.strictly():
                    error_type_0 = decode.expect(data, str)

                return error_type_0
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | Unset, decode.mismatch("one of None | str", data, "error"))

        error = _parse_error(d.pop("error", UNSET))

        def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                with decode.strictly():
                    started_at_type_0 = decode.date_time(data)

                return started_at_type_0
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                datetime.datetime | None | Unset, decode.mismatch("one of datetime.datetime | None", data, "startedAt")
            )

        started_at = _parse_started_at(d.pop("startedAt", UNSET))

        def _parse_finished_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                with decode.strictly():
                    finished_at_type_0 = decode.date_time(data)

                return finished_at_type_0
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                datetime.datetime | None | Unset, decode.mismatch("one of datetime.datetime | None", data, "finishedAt")
            )

        finished_at = _parse_finished_at(d.pop("finishedAt", UNSET))

        def _parse_script_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                with decode.strictly():
                    script_id_type_0 = decode.expect(data, int)

                return script_id_type_0
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | Unset, decode.mismatch("one of int | None", data, "scriptId"))

        script_id = _parse_script_id(d.pop("scriptId", UNSET))

        def _parse_exception(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                with decode.strictly():
                    exception_type_0 = decode.expect(data, str)

                return exception_type_0
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | Unset, decode.mismatch("one of None | str", data, "exception"))

        exception = _parse_exception(d.pop("exception", UNSET))

        last_run_id = decode.expect(d.pop("lastRunId", UNSET), int, "lastRunId")

        hidden = decode.expect(d.pop("hidden", UNSET), bool, "hidden")

        archived = decode.expect(d.pop("archived", UNSET), str, "archived")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                with decode.strictly():
                    name_type_0 = decode.expect(data, str)

                return name_type_0
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | Unset, decode.mismatch("one of None | str", data, "name"))

        name = _parse_name(d.pop("name", UNSET))

        author = decode.model(UserSimple.from_dict, d.pop("author", UNSET), "author")

        interactive = decode.expect(d.pop("interactive", UNSET), bool, "interactive")

        preview_rows = decode.expect(d.pop("previewRows", UNSET), int, "previewRows")

        include_header = decode.expect(d.pop("includeHeader", UNSET), bool, "includeHeader")

        compression = decode.expect(d.pop("compression", UNSET), str, "compression")

        column_delimiter = decode.expect(d.pop("columnDelimiter", UNSET), str, "columnDelimiter")

        unquoted = decode.expect(d.pop("unquoted", UNSET), bool, "unquoted")

        def _parse_filename_prefix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                with decode.strictly():
                    filename_prefix_type_0 = decode.expect(data, str)

                return filename_prefix_type_0
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | Unset, decode.mismatch("one of None | str", data, "filenamePrefix"))

        filename_prefix = _parse_filename_prefix(d.pop("filenamePrefix", UNSET))

        query = cls(
            id=id,
            database=database,
            sql=sql,
            credential=credential,
            state=state,
            created_at=created_at,
            updated_at=updated_at,
            result_rows=result_rows,
            result_columns=result_columns,
            error=error,
            started_at=started_at,
            finished_at=finished_at,
            script_id=script_id,
            exception=exception,
            last_run_id=last_run_id,
            hidden=hidden,
            archived=archived,
            name=name,
            author=author,
            interactive=interactive,
            preview_rows=preview_rows,
            include_header=include_header,
            compression=compression,
            column_delimiter=column_delimiter,
            unquoted=unquoted,
            filename_prefix=filename_prefix,
        )

        query.additional_properties = d
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
