from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core.response_metadata import ResponseMetadata

if TYPE_CHECKING:
    from ..models.job_notifications import JobNotifications
    from ..models.job_run import JobRun
    from ..models.job_schedule import JobSchedule
    from ..models.modeling_build_model_detail_cross_validation_parameters import (
        ModelingBuildModelDetailCrossValidationParameters,
    )
    from ..models.modeling_build_summary import ModelingBuildSummary
    from ..models.modeling_prediction_view import ModelingPredictionView
    from ..models.user_simple_user import UserSimpleUser


T = TypeVar("T", bound="ModelingBuildModelDetail")


@_attrs_define(slots=False)
class ModelingBuildModelDetail(ResponseMetadata):
    """
    Attributes:
        id (int):
        table_name (str):
        database_id (int):
        credential_id (int):
        model_name (str):
        description (str):
        interaction_terms (bool):
        box_cox_transformation (bool):
        model_type_id (int):
        primary_key (str):
        dependent_variable (str):
        dependent_variable_order (list[str]):
        excluded_columns (list[str]):
        limiting_sql (str):
        active_build_id (int):
        cross_validation_parameters (ModelingBuildModelDetailCrossValidationParameters):
        number_of_folds (int):
        notifications (JobNotifications): Who is told when a job finishes.
        schedule (JobSchedule): When a job runs by itself.
        parent_id (int):
        running_as (UserSimpleUser):
        time_zone (str):
        last_run (JobRun): One execution of a job.
        hidden (bool):
        user (UserSimpleUser):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        current_build_state (str):
        current_build_exception (str):
        builds (list[ModelingBuildSummary]):
        predictions (list[ModelingPredictionView]):
        last_output_location (str):
        archived (str):
    """

    id: int
    table_name: str
    database_id: int
    credential_id: int
    model_name: str
    description: str
    interaction_terms: bool
    box_cox_transformation: bool
    model_type_id: int
    primary_key: str
    dependent_variable: str
    dependent_variable_order: list[str]
    excluded_columns: list[str]
    limiting_sql: str
    active_build_id: int
    cross_validation_parameters: ModelingBuildModelDetailCrossValidationParameters
    number_of_folds: int
    notifications: JobNotifications
    schedule: JobSchedule
    parent_id: int
    running_as: UserSimpleUser
    time_zone: str
    last_run: JobRun
    hidden: bool
    user: UserSimpleUser
    created_at: datetime.datetime
    updated_at: datetime.datetime
    current_build_state: str
    current_build_exception: str
    builds: list[ModelingBuildSummary]
    predictions: list[ModelingPredictionView]
    last_output_location: str
    archived: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        table_name = self.table_name

        database_id = self.database_id

        credential_id = self.credential_id

        model_name = self.model_name

        description = self.description

        interaction_terms = self.interaction_terms

        box_cox_transformation = self.box_cox_transformation

        model_type_id = self.model_type_id

        primary_key = self.primary_key

        dependent_variable = self.dependent_variable

        dependent_variable_order = self.dependent_variable_order

        excluded_columns = self.excluded_columns

        limiting_sql = self.limiting_sql

        active_build_id = self.active_build_id

        cross_validation_parameters = self.cross_validation_parameters.to_dict()

        number_of_folds = self.number_of_folds

        notifications = self.notifications.to_dict()

        schedule = self.schedule.to_dict()

        parent_id = self.parent_id

        running_as = self.running_as.to_dict()

        time_zone = self.time_zone

        last_run = self.last_run.to_dict()

        hidden = self.hidden

        user = self.user.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        current_build_state = self.current_build_state

        current_build_exception = self.current_build_exception

        builds = []
        for builds_item_data in self.builds:
            builds_item = builds_item_data.to_dict()
            builds.append(builds_item)

        predictions = []
        for predictions_item_data in self.predictions:
            predictions_item = predictions_item_data.to_dict()
            predictions.append(predictions_item)

        last_output_location = self.last_output_location

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
                "interactionTerms": interaction_terms,
                "boxCoxTransformation": box_cox_transformation,
                "modelTypeId": model_type_id,
                "primaryKey": primary_key,
                "dependentVariable": dependent_variable,
                "dependentVariableOrder": dependent_variable_order,
                "excludedColumns": excluded_columns,
                "limitingSQL": limiting_sql,
                "activeBuildId": active_build_id,
                "crossValidationParameters": cross_validation_parameters,
                "numberOfFolds": number_of_folds,
                "notifications": notifications,
                "schedule": schedule,
                "parentId": parent_id,
                "runningAs": running_as,
                "timeZone": time_zone,
                "lastRun": last_run,
                "hidden": hidden,
                "user": user,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "currentBuildState": current_build_state,
                "currentBuildException": current_build_exception,
                "builds": builds,
                "predictions": predictions,
                "lastOutputLocation": last_output_location,
                "archived": archived,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_notifications import JobNotifications  # noqa: PLC0415
        from ..models.job_run import JobRun  # noqa: PLC0415
        from ..models.job_schedule import JobSchedule  # noqa: PLC0415
        from ..models.modeling_build_model_detail_cross_validation_parameters import (
            ModelingBuildModelDetailCrossValidationParameters,  # noqa: PLC0415
        )
        from ..models.modeling_build_summary import ModelingBuildSummary  # noqa: PLC0415
        from ..models.modeling_prediction_view import ModelingPredictionView  # noqa: PLC0415
        from ..models.user_simple_user import UserSimpleUser  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        table_name = d.pop("tableName")

        database_id = d.pop("databaseId")

        credential_id = d.pop("credentialId")

        model_name = d.pop("modelName")

        description = d.pop("description")

        interaction_terms = d.pop("interactionTerms")

        box_cox_transformation = d.pop("boxCoxTransformation")

        model_type_id = d.pop("modelTypeId")

        primary_key = d.pop("primaryKey")

        dependent_variable = d.pop("dependentVariable")

        dependent_variable_order = cast(list[str], d.pop("dependentVariableOrder"))

        excluded_columns = cast(list[str], d.pop("excludedColumns"))

        limiting_sql = d.pop("limitingSQL")

        active_build_id = d.pop("activeBuildId")

        cross_validation_parameters = ModelingBuildModelDetailCrossValidationParameters.from_dict(
            d.pop("crossValidationParameters")
        )

        number_of_folds = d.pop("numberOfFolds")

        notifications = JobNotifications.from_dict(d.pop("notifications"))

        schedule = JobSchedule.from_dict(d.pop("schedule"))

        parent_id = d.pop("parentId")

        running_as = UserSimpleUser.from_dict(d.pop("runningAs"))

        time_zone = d.pop("timeZone")

        last_run = JobRun.from_dict(d.pop("lastRun"))

        hidden = d.pop("hidden")

        user = UserSimpleUser.from_dict(d.pop("user"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        current_build_state = d.pop("currentBuildState")

        current_build_exception = d.pop("currentBuildException")

        builds = []
        _builds = d.pop("builds")
        for builds_item_data in _builds:
            builds_item = ModelingBuildSummary.from_dict(builds_item_data)

            builds.append(builds_item)

        predictions = []
        _predictions = d.pop("predictions")
        for predictions_item_data in _predictions:
            predictions_item = ModelingPredictionView.from_dict(predictions_item_data)

            predictions.append(predictions_item)

        last_output_location = d.pop("lastOutputLocation")

        archived = d.pop("archived")

        modeling_build_model_detail = cls(
            id=id,
            table_name=table_name,
            database_id=database_id,
            credential_id=credential_id,
            model_name=model_name,
            description=description,
            interaction_terms=interaction_terms,
            box_cox_transformation=box_cox_transformation,
            model_type_id=model_type_id,
            primary_key=primary_key,
            dependent_variable=dependent_variable,
            dependent_variable_order=dependent_variable_order,
            excluded_columns=excluded_columns,
            limiting_sql=limiting_sql,
            active_build_id=active_build_id,
            cross_validation_parameters=cross_validation_parameters,
            number_of_folds=number_of_folds,
            notifications=notifications,
            schedule=schedule,
            parent_id=parent_id,
            running_as=running_as,
            time_zone=time_zone,
            last_run=last_run,
            hidden=hidden,
            user=user,
            created_at=created_at,
            updated_at=updated_at,
            current_build_state=current_build_state,
            current_build_exception=current_build_exception,
            builds=builds,
            predictions=predictions,
            last_output_location=last_output_location,
            archived=archived,
        )

        modeling_build_model_detail.additional_properties = d
        return modeling_build_model_detail

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
