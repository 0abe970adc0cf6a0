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

if TYPE_CHECKING:
    from ..models.job_run import JobRun
    from ..models.job_schedule import JobSchedule
    from ..models.user_simple import UserSimple


T = TypeVar("T", bound="Model")


@_attrs_define(slots=False)
class Model(ResponseMetadata):
    """A predictive model definition.

    Attributes:
        id (int):
        table_name (str):
        database_id (int):
        credential_id (int):
        model_name (str):
        description (None | str):
        model_type_id (int):
        primary_key (str):
        dependent_variable (str):
        excluded_columns (list[str]):
        limiting_sql (None | str):
        active_build_id (int | None):
        number_of_folds (int):
        schedule (JobSchedule): When a job runs by itself.
        last_run (JobRun): One execution of a job.
        hidden (bool):
        user (UserSimple): Short reference to a user.
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        current_build_state (str):
        current_build_exception (None | str):
        archived (str):
    """

    id: int
    table_name: str
    database_id: int
    credential_id: int
    model_name: str
    description: None | str
    model_type_id: int
    primary_key: str
    dependent_variable: str
    excluded_columns: list[str]
    limiting_sql: None | str
    active_build_id: int | None
    number_of_folds: int
    schedule: JobSchedule
    last_run: JobRun
    hidden: bool
    user: UserSimple
    created_at: datetime.datetime
    updated_at: datetime.datetime
    current_build_state: str
    current_build_exception: None | str
    archived: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        table_name = self.table_name

        database_id = self.database_id

        credential_id = self.credential_id

        model_name = self.model_name

        description: None | str
        description = self.description

        model_type_id = self.model_type_id

        primary_key = self.primary_key

        dependent_variable = self.dependent_variable

        excluded_columns = self.excluded_columns

        limiting_sql: None | str
        limiting_sql = self.limiting_sql

        active_build_id: int | None
        active_build_id = self.active_build_id

        number_of_folds = self.number_of_folds

        schedule = jsonable(self.schedule)

        last_run = jsonable(self.last_run)

        hidden = self.hidden

        user = jsonable(self.user)

        created_at = rfc3339(self.created_at)

        updated_at = rfc3339(self.updated_at)

        current_build_state = self.current_build_state

        current_build_exception: None | str
        current_build_exception = self.current_build_exception

        archived = self.archived

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "tableName": table_name,
                "databaseId": database_id,
                "credentialId": credential_id,
                "modelName": model_name,
                "description": description,
                "modelTypeId": model_type_id,
                "primaryKey": primary_key,
                "dependentVariable": dependent_variable,
                "excludedColumns": excluded_columns,
                "limitingSQL": limiting_sql,
                "activeBuildId": active_build_id,
                "numberOfFolds": number_of_folds,
                "schedule": schedule,
                "lastRun": last_run,
                "hidden": hidden,
                "user": user,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "currentBuildState": current_build_state,
                "currentBuildException": current_build_exception,
                "archived": archived,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_run import JobRun  # noqa: PLC0415
        from ..models.job_schedule import JobSchedule  # noqa: PLC0415
        from ..models.user_simple import UserSimple  # noqa: PLC0415

        d = dict(src_dict)
        id = decode.expect(d.pop("id", decode.MISSING), int, "id")

        table_name = decode.expect(d.pop("tableName", decode.MISSING), str, "tableName")

        database_id = decode.expect(d.pop("databaseId", decode.MISSING), int, "databaseId")

        credential_id = decode.expect(d.pop("credentialId", decode.MISSING), int, "credentialId")

        model_name = decode.expect(d.pop("modelName", decode.MISSING), str, "modelName")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            try:
                with decode.strictly():
                    description_type_0 = decode.expect(data, str)

                return description_type_0
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str, decode.mismatch("one of None | str", data, "description"))

        description = _parse_description(d.pop("description", decode.MISSING))

        model_type_id = decode.expect(d.pop("modelTypeId", decode.MISSING), int, "modelTypeId")

        primary_key = decode.expect(d.pop("primaryKey", decode.MISSING), str, "primaryKey")

        dependent_variable = decode.expect(d.pop("dependentVariable", decode.MISSING), str, "dependentVariable")

        _excluded_columns = d.pop("excludedColumns", decode.MISSING)
        excluded_columns: list[str]
        if isinstance(_excluded_columns, list):
            excluded_columns = []
            for excluded_columns_index, excluded_columns_item_data in enumerate(_excluded_columns):
                with decode.at("excludedColumns", excluded_columns_index):
                    excluded_columns_item = decode.expect(excluded_columns_item_data, str)

                excluded_columns.append(excluded_columns_item)
        else:
            excluded_columns = decode.mismatch("an array", _excluded_columns, "excludedColumns")

        def _parse_limiting_sql(data: object) -> None | str:
            if data is None:
                return data
            try:
                with decode.strictly():
                    limiting_sql_type_0 = decode.expect(data, str)

                return limiting_sql_type_0
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str, decode.mismatch("one of None | str", data, "limitingSQL"))

        limiting_sql = _parse_limiting_sql(d.pop("limitingSQL", decode.MISSING))

        def _parse_active_build_id(data: object) -> int | None:
            if data is None:
                return data
            try:
                with decode.strictly():
                    active_build_id_type_0 = decode.expect(data, int)

                return active_build_id_type_0
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None, decode.mismatch("one of int | None", data, "activeBuildId"))

        active_build_id = _parse_active_build_id(d.pop("activeBuildId", decode.MISSING))

        number_of_folds = decode.expect(d.pop("numberOfFolds", decode.MISSING), int, "numberOfFolds")

        schedule = decode.model(JobSchedule.from_dict, d.pop("schedule", decode.MISSING), "schedule")

        last_run = decode.model(JobRun.from_dict, d.pop("lastRun", decode.MISSING), "lastRun")

        hidden = decode.expect(d.pop("hidden", decode.MISSING), bool, "hidden")

        user = decode.model(UserSimple.from_dict, d.pop("user", decode.MISSING), "user")

        created_at = decode.date_time(d.pop("createdAt", decode.MISSING), "createdAt")

        updated_at = decode.date_time(d.pop("updatedAt", decode.MISSING), "updatedAt")

        current_build_state = decode.expect(d.pop("currentBuildState", decode.MISSING), str, "currentBuildState")

        def _parse_current_build_exception(data: object) -> None | str:
            if data is None:
                return data
            try:
                with decode.strictly():
                    current_build_exception_type_0 = decode.expect(data, str)

                return current_build_exception_type_0
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str, decode.mismatch("one of None | str", data, "currentBuildException"))

        current_build_exception = _parse_current_build_exception(d.pop("currentBuildException", decode.MISSING))

        archived = decode.expect(d.pop("archived", decode.MISSING), str, "archived")

        model = cls(
            id=id,
            table_name=table_name,
            database_id=database_id,
            credential_id=credential_id,
            model_name=model_name,
            description=description,
            model_type_id=model_type_id,
            primary_key=primary_key,
            dependent_variable=dependent_variable,
            excluded_columns=excluded_columns,
            limiting_sql=limiting_sql,
            active_build_id=active_build_id,
            number_of_folds=number_of_folds,
            schedule=schedule,
            last_run=last_run,
            hidden=hidden,
            user=user,
            created_at=created_at,
            updated_at=updated_at,
            current_build_state=current_build_state,
            current_build_exception=current_build_exception,
            archived=archived,
        )

        model.additional_properties = d
        return model

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
