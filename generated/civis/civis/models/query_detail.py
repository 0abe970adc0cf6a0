from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        from ..models.user_simple_user import UserSimpleUser  # noqa: PLC0415

        d = dict(src_dict)
        id = decode.expect(d.pop("id", decode.MISSING), int, "id")

        database = decode.expect(d.pop("database", decode.MISSING), int, "database")

        sql = decode.expect(d.pop("sql", decode.MISSING), str, "sql")

        credential = decode.expect(d.pop("credential", decode.MISSING), int, "credential")

        _result_rows = d.pop("resultRows", decode.MISSING)
        result_rows: list[list[str]]
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

        _result_columns = d.pop("resultColumns", decode.MISSING)
        result_columns: list[str]
        if isinstance(_result_columns, list):
            result_columns = []
            for result_columns_index, result_columns_item_data in enumerate(_result_columns):
                with decode.at("resultColumns", result_columns_index):
                    result_columns_item = decode.expect(result_columns_item_data, str)

                result_columns.append(result_columns_item)
        else:
            result_columns = decode.mismatch("an array", _result_columns, "resultColumns")

        error = decode.expect(d.pop("error", decode.MISSING), str, "error")

        started_at = decode.date_time(d.pop("startedAt", decode.MISSING), "startedAt")

        finished_at = decode.date_time(d.pop("finishedAt", decode.MISSING), "finishedAt")

        state = decode.expect(d.pop("state", decode.MISSING), str, "state")

        script_id = decode.expect(d.pop("scriptId", decode.MISSING), int, "scriptId")

        exception = decode.expect(d.pop("exception", decode.MISSING), str, "exception")

        created_at = decode.expect(d.pop("createdAt", decode.MISSING), str, "createdAt")

        updated_at = decode.expect(d.pop("updatedAt", decode.MISSING), str, "updatedAt")

        last_run_id = decode.expect(d.pop("lastRunId", decode.MISSING), int, "lastRunId")

        hidden = decode.expect(d.pop("hidden", decode.MISSING), bool, "hidden")

        archived = decode.expect(d.pop("archived", decode.MISSING), str, "archived")

        name = decode.expect(d.pop("name", decode.MISSING), str, "name")

        author = decode.model(UserSimpleUser.from_dict, d.pop("author", decode.MISSING), "author")

        report_id = decode.expect(d.pop("reportId", decode.MISSING), int, "reportId")

        query_detail = cls(
            id=id,
            database=database,
            sql=sql,
            credential=credential,
            result_rows=result_rows,
            result_columns=result_columns,
            error=error,
            started_at=started_at,
            finished_at=finished_at,
            state=state,
            script_id=script_id,
            exception=exception,
            created_at=created_at,
            updated_at=updated_at,
            last_run_id=last_run_id,
            hidden=hidden,
            archived=archived,
            name=name,
            author=author,
            report_id=report_id,
        )

        query_detail.additional_properties = d
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
