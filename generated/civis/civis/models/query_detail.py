from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core.response_metadata import ResponseMetadata

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

        started_at = self.started_at.isoformat()

        finished_at = self.finished_at.isoformat()

        state = self.state

        script_id = self.script_id

        exception = self.exception

        created_at = self.created_at

        updated_at = self.updated_at

        last_run_id = self.last_run_id

        hidden = self.hidden

        archived = self.archived

        name = self.name

        author = self.author.to_dict()

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
        id = d.pop("id")

        database = d.pop("database")

        sql = d.pop("sql")

        credential = d.pop("credential")

        result_rows = []
        _result_rows = d.pop("resultRows")
        for result_rows_item_data in _result_rows:
            result_rows_item = cast(list[str], result_rows_item_data)

            result_rows.append(result_rows_item)

        result_columns = cast(list[str], d.pop("resultColumns"))

        error = d.pop("error")

        started_at = datetime.datetime.fromisoformat(d.pop("startedAt"))

        finished_at = datetime.datetime.fromisoformat(d.pop("finishedAt"))

        state = d.pop("state")

        script_id = d.pop("scriptId")

        exception = d.pop("exception")

        created_at = d.pop("createdAt")

        updated_at = d.pop("updatedAt")

        last_run_id = d.pop("lastRunId")

        hidden = d.pop("hidden")

        archived = d.pop("archived")

        name = d.pop("name")

        author = UserSimpleUser.from_dict(d.pop("author"))

        report_id = d.pop("reportId")

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
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
