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

if TYPE_CHECKING:
    from ..models.user_simple_user import UserSimpleUser


T = TypeVar("T", bound="QueryDetail")


@_attrs_define(slots=False)
class QueryDetail(ResponseMetadata):
    """
    Attributes:
        id (int):
        database (int):
        sql (str):
        credential (int):
        result_rows (list[list[str]]):
        result_columns (list[str]):
        error (str):
        started_at (datetime.datetime):
        finished_at (datetime.datetime):
        state (str):
        script_id (int):
        exception (str):
        created_at (str):
        updated_at (str):
        last_run_id (int):
        hidden (bool):
        archived (str):
        name (str):
        author (UserSimpleUser):
        report_id (int):
    """

    id: int
    database: int
    sql: str
    credential: int
    result_rows: list[list[str]]
    result_columns: list[str]
    error: str
    started_at: datetime.datetime
    finished_at: datetime.datetime
    state: str
    script_id: int
    exception: str
    created_at: str
    updated_at: str
    last_run_id: int
    hidden: bool
    archived: str
    name: str
    author: UserSimpleUser
    report_id: int
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

        error = self.error

        started_at = rfc3339(self.started_at)

        finished_at = rfc3339(self.finished_at)

        state = self.state

        script_id = self.script_id

        exception = self.exception

        created_at = self.created_at

        updated_at = self.updated_at

        last_run_id = self.last_run_id

        hidden = self.hidden

        archived = self.archived

        name = self.name

        author = jsonable(self.author)

        report_id = self.report_id

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
                "hidden": hidden,
                "archived": archived,
                "name": name,
                "author": author,
                "reportId": report_id,
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
        if type(error) is not str:
            error = decode.expect(error, str, "error")

        started_at = decode.date_time(d.pop("startedAt", decode.MISSING), "startedAt")

        finished_at = decode.date_time(d.pop("finishedAt", decode.MISSING), "finishedAt")

        state = d.pop("state", decode.MISSING)
        if type(state) is not str:
            state = decode.expect(state, str, "state")

        script_id = d.pop("scriptId", decode.MISSING)
        if type(script_id) is not int:
            script_id = decode.expect(script_id, int, "scriptId")

        exception = d.pop("exception", decode.MISSING)
        if type(exception) is not str:
            exception = decode.expect(exception, str, "exception")

        created_at = d.pop("createdAt", decode.MISSING)
        if type(created_at) is not str:
            created_at = decode.expect(created_at, str, "createdAt")

        updated_at = d.pop("updatedAt", decode.MISSING)
        if type(updated_at) is not str:
            updated_at = decode.expect(updated_at, str, "updatedAt")

        last_run_id = d.pop("lastRunId", decode.MISSING)
        if type(last_run_id) is not int:
            last_run_id = decode.expect(last_run_id, int, "lastRunId")

        hidden = d.pop("hidden", decode.MISSING)
        if type(hidden) is not bool:
            hidden = decode.expect(hidden, bool, "hidden")

        archived = d.pop("archived", decode.MISSING)
        if type(archived) is not str:
            archived = decode.expect(archived, str, "archived")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        author = decode.model(_models.UserSimpleUser.from_dict, d.pop("author", decode.MISSING), "author")

        report_id = d.pop("reportId", decode.MISSING)
        if type(report_id) is not int:
            report_id = decode.expect(report_id, int, "reportId")

        query_detail = cls.__new__(cls)
        query_detail.id = id
        query_detail.database = database
        query_detail.sql = sql
        query_detail.credential = credential
        query_detail.result_rows = result_rows
        query_detail.result_columns = result_columns
        query_detail.error = error
        query_detail.started_at = started_at
        query_detail.finished_at = finished_at
        query_detail.state = state
        query_detail.script_id = script_id
        query_detail.exception = exception
        query_detail.created_at = created_at
        query_detail.updated_at = updated_at
        query_detail.last_run_id = last_run_id
        query_detail.hidden = hidden
        query_detail.archived = archived
        query_detail.name = name
        query_detail.author = author
        query_detail.report_id = report_id

        query_detail.additional_properties = d if d else {}
        return query_detail

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
