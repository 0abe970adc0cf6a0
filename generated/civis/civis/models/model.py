from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core.response_metadata import ResponseMetadata

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

        schedule = self.schedule.to_dict()

        last_run = self.last_run.to_dict()

        hidden = self.hidden

        user = self.user.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

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
        id = d.pop("id")

        table_name = d.pop("tableName")

        database_id = d.pop("databaseId")

        credential_id = d.pop("credentialId")

        model_name = d.pop("modelName")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        model_type_id = d.pop("modelTypeId")

        primary_key = d.pop("primaryKey")

        dependent_variable = d.pop("dependentVariable")

        excluded_columns = cast(list[str], d.pop("excludedColumns"))

        def _parse_limiting_sql(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        limiting_sql = _parse_limiting_sql(d.pop("limitingSQL"))

        def _parse_active_build_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        active_build_id = _parse_active_build_id(d.pop("activeBuildId"))

        number_of_folds = d.pop("numberOfFolds")

        schedule = JobSchedule.from_dict(d.pop("schedule"))

        last_run = JobRun.from_dict(d.pop("lastRun"))

        hidden = d.pop("hidden")

        user = UserSimple.from_dict(d.pop("user"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        current_build_state = d.pop("currentBuildState")

        def _parse_current_build_exception(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        current_build_exception = _parse_current_build_exception(d.pop("currentBuildException"))

        archived = d.pop("archived")

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
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
