from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import rfc3339
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

T = TypeVar("T", bound="QuerySummary")


@_attrs_define(slots=False)
class QuerySummary(ResponseMetadata):
    """
    Attributes:
        id (int):
        database (int):
        sql (str):
        credential (int):
        result_rows (list[list[str]]):
        result_columns (list[str]):
        error (None | str):
        started_at (datetime.datetime | None):
        finished_at (datetime.datetime | None):
        state (str):
        script_id (int | None):
        exception (None | str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        last_run_id (int):
        archived (str):
        preview_rows (int):
    """

    id: int
    database: int
    sql: str
    credential: int
    result_rows: list[list[str]]
    result_columns: list[str]
    error: None | str
    started_at: datetime.datetime | None
    finished_at: datetime.datetime | None
    state: str
    script_id: int | None
    exception: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    last_run_id: int
    archived: str
    preview_rows: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        database = self.database

        sql = self.sql

        credential = self.credential

        result_rows = []
        for result_rows_item_data in self.result_rows:
            result_rows_item = result_rows_item_data

            result_rows.append(result_rows_item)

        result_columns = self.result_columns

        error: None | str
        error = self.error

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = rfc3339(self.started_at)
        else:
            started_at = self.started_at

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = rfc3339(self.finished_at)
        else:
            finished_at = self.finished_at

        state = self.state

        script_id: int | None
        script_id = self.script_id

        exception: None | str
        exception = self.exception

        created_at = rfc3339(self.created_at)

        updated_at = rfc3339(self.updated_at)

        last_run_id = self.last_run_id

        archived = self.archived

        preview_rows = self.preview_rows

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "database": database,
                "sql": sql,
                "credential": credential,
                "resultRows": result_rows,
                "resultColumns": result_columns,
                "error": error,
                "startedAt": started_at,
                "finishedAt": finished_at,
                "state": state,
                "scriptId": script_id,
                "exception": exception,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "lastRunId": last_run_id,
                "archived": archived,
                "previewRows": preview_rows,
            }
        )

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

        _result_rows_array = d.pop("resultRows", decode.MISSING)
        result_rows: list[list[str]]
        if isinstance(_result_rows_array, list):
            result_rows = []
            with decode.in_array("resultRows", result_rows):
                for result_rows_item_data in _result_rows_array:
                    result_rows_item = decode.scalar_array(result_rows_item_data, str)

                    result_rows.append(result_rows_item)
        else:
            result_rows = decode.mismatch("an array", _result_rows_array, "resultRows")

        result_columns = decode.scalar_array(d.pop("resultColumns", decode.MISSING), str, "resultColumns")

        error = d.pop("error", decode.MISSING)
        if error is not None and type(error) is not str:
            error = decode.expect(error, str, "error", "one of None | str")

        started_at = d.pop("startedAt", decode.MISSING)
        if started_at is not None:
            started_at = decode.date_time(started_at, "startedAt", expected="one of datetime.datetime | None")

        finished_at = d.pop("finishedAt", decode.MISSING)
        if finished_at is not None:
            finished_at = decode.date_time(finished_at, "finishedAt", expected="one of datetime.datetime | None")

        state = d.pop("state", decode.MISSING)
        if type(state) is not str:
            state = decode.expect(state, str, "state")

        script_id = d.pop("scriptId", decode.MISSING)
        if script_id is not None and type(script_id) is not int:
            script_id = decode.expect(script_id, int, "scriptId", "one of int | None")

        exception = d.pop("exception", decode.MISSING)
        if exception is not None and type(exception) is not str:
            exception = decode.expect(exception, str, "exception", "one of None | str")

        created_at = decode.date_time(d.pop("createdAt", decode.MISSING), "createdAt")

        updated_at = decode.date_time(d.pop("updatedAt", decode.MISSING), "updatedAt")

        last_run_id = d.pop("lastRunId", decode.MISSING)
        if type(last_run_id) is not int:
            last_run_id = decode.expect(last_run_id, int, "lastRunId")

        archived = d.pop("archived", decode.MISSING)
        if type(archived) is not str:
            archived = decode.expect(archived, str, "archived")

        preview_rows = d.pop("previewRows", decode.MISSING)
        if type(preview_rows) is not int:
            preview_rows = decode.expect(preview_rows, int, "previewRows")

        query_summary = cls.__new__(cls)
        query_summary.id = id
        query_summary.database = database
        query_summary.sql = sql
        query_summary.credential = credential
        query_summary.result_rows = result_rows
        query_summary.result_columns = result_columns
        query_summary.error = error
        query_summary.started_at = started_at
        query_summary.finished_at = finished_at
        query_summary.state = state
        query_summary.script_id = script_id
        query_summary.exception = exception
        query_summary.created_at = created_at
        query_summary.updated_at = updated_at
        query_summary.last_run_id = last_run_id
        query_summary.archived = archived
        query_summary.preview_rows = preview_rows

        query_summary.additional_properties = d if d else {}
        return query_summary

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
