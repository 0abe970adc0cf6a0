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

    __repr__ = model_repr

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

        cross_validation_parameters = jsonable(self.cross_validation_parameters)

        number_of_folds = self.number_of_folds

        notifications = jsonable(self.notifications)

        schedule = jsonable(self.schedule)

        parent_id = self.parent_id

        running_as = jsonable(self.running_as)

        time_zone = self.time_zone

        last_run = jsonable(self.last_run)

        hidden = self.hidden

        user = jsonable(self.user)

        created_at = rfc3339(self.created_at)

        updated_at = rfc3339(self.updated_at)

        current_build_state = self.current_build_state

        current_build_exception = self.current_build_exception

        builds = []
        for builds_item_data in self.builds:
            builds_item = jsonable(builds_item_data)
            builds.append(builds_item)

        predictions = []
        for predictions_item_data in self.predictions:
            predictions_item = jsonable(predictions_item_data)
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
        d = dict(src_dict)
        id = d.pop("id", decode.MISSING)
        if type(id) is not int:
            id = decode.expect(id, int, "id")

        table_name = d.pop("tableName", decode.MISSING)
        if type(table_name) is not str:
            table_name = decode.expect(table_name, str, "tableName")

        database_id = d.pop("databaseId", decode.MISSING)
        if type(database_id) is not int:
            database_id = decode.expect(database_id, int, "databaseId")

        credential_id = d.pop("credentialId", decode.MISSING)
        if type(credential_id) is not int:
            credential_id = decode.expect(credential_id, int, "credentialId")

        model_name = d.pop("modelName", decode.MISSING)
        if type(model_name) is not str:
            model_name = decode.expect(model_name, str, "modelName")

        description = d.pop("description", decode.MISSING)
        if type(description) is not str:
            description = decode.expect(description, str, "description")

        interaction_terms = d.pop("interactionTerms", decode.MISSING)
        if type(interaction_terms) is not bool:
            interaction_terms = decode.expect(interaction_terms, bool, "interactionTerms")

        box_cox_transformation = d.pop("boxCoxTransformation", decode.MISSING)
        if type(box_cox_transformation) is not bool:
            box_cox_transformation = decode.expect(box_cox_transformation, bool, "boxCoxTransformation")

        model_type_id = d.pop("modelTypeId", decode.MISSING)
        if type(model_type_id) is not int:
            model_type_id = decode.expect(model_type_id, int, "modelTypeId")

        primary_key = d.pop("primaryKey", decode.MISSING)
        if type(primary_key) is not str:
            primary_key = decode.expect(primary_key, str, "primaryKey")

        dependent_variable = d.pop("dependentVariable", decode.MISSING)
        if type(dependent_variable) is not str:
            dependent_variable = decode.expect(dependent_variable, str, "dependentVariable")

        dependent_variable_order = decode.scalar_array(
            d.pop("dependentVariableOrder", decode.MISSING), str, "dependentVariableOrder"
        )

        excluded_columns = decode.scalar_array(d.pop("excludedColumns", decode.MISSING), str, "excludedColumns")

        limiting_sql = d.pop("limitingSQL", decode.MISSING)
        if type(limiting_sql) is not str:
            limiting_sql = decode.expect(limiting_sql, str, "limitingSQL")

        active_build_id = d.pop("activeBuildId", decode.MISSING)
        if type(active_build_id) is not int:
            active_build_id = decode.expect(active_build_id, int, "activeBuildId")

        cross_validation_parameters = decode.model(
            _models.ModelingBuildModelDetailCrossValidationParameters.from_dict,
            d.pop("crossValidationParameters", decode.MISSING),
            "crossValidationParameters",
        )

        number_of_folds = d.pop("numberOfFolds", decode.MISSING)
        if type(number_of_folds) is not int:
            number_of_folds = decode.expect(number_of_folds, int, "numberOfFolds")

        notifications = decode.model(
            _models.JobNotifications.from_dict, d.pop("notifications", decode.MISSING), "notifications"
        )

        schedule = decode.model(_models.JobSchedule.from_dict, d.pop("schedule", decode.MISSING), "schedule")

        parent_id = d.pop("parentId", decode.MISSING)
        if type(parent_id) is not int:
            parent_id = decode.expect(parent_id, int, "parentId")

        running_as = decode.model(_models.UserSimpleUser.from_dict, d.pop("runningAs", decode.MISSING), "runningAs")

        time_zone = d.pop("timeZone", decode.MISSING)
        if type(time_zone) is not str:
            time_zone = decode.expect(time_zone, str, "timeZone")

        last_run = decode.model(_models.JobRun.from_dict, d.pop("lastRun", decode.MISSING), "lastRun")

        hidden = d.pop("hidden", decode.MISSING)
        if type(hidden) is not bool:
            hidden = decode.expect(hidden, bool, "hidden")

        user = decode.model(_models.UserSimpleUser.from_dict, d.pop("user", decode.MISSING), "user")

        created_at = decode.date_time(d.pop("createdAt", decode.MISSING), "createdAt")

        updated_at = decode.date_time(d.pop("updatedAt", decode.MISSING), "updatedAt")

        current_build_state = d.pop("currentBuildState", decode.MISSING)
        if type(current_build_state) is not str:
            current_build_state = decode.expect(current_build_state, str, "currentBuildState")

        current_build_exception = d.pop("currentBuildException", decode.MISSING)
        if type(current_build_exception) is not str:
            current_build_exception = decode.expect(current_build_exception, str, "currentBuildException")

        builds = decode.model_array(_models.ModelingBuildSummary.from_dict, d.pop("builds", decode.MISSING), "builds")

        predictions = decode.model_array(
            _models.ModelingPredictionView.from_dict, d.pop("predictions", decode.MISSING), "predictions"
        )

        last_output_location = d.pop("lastOutputLocation", decode.MISSING)
        if type(last_output_location) is not str:
            last_output_location = decode.expect(last_output_location, str, "lastOutputLocation")

        archived = d.pop("archived", decode.MISSING)
        if type(archived) is not str:
            archived = decode.expect(archived, str, "archived")

        modeling_build_model_detail = cls.__new__(cls)
        modeling_build_model_detail.id = id
        modeling_build_model_detail.table_name = table_name
        modeling_build_model_detail.database_id = database_id
        modeling_build_model_detail.credential_id = credential_id
        modeling_build_model_detail.model_name = model_name
        modeling_build_model_detail.description = description
        modeling_build_model_detail.interaction_terms = interaction_terms
        modeling_build_model_detail.box_cox_transformation = box_cox_transformation
        modeling_build_model_detail.model_type_id = model_type_id
        modeling_build_model_detail.primary_key = primary_key
        modeling_build_model_detail.dependent_variable = dependent_variable
        modeling_build_model_detail.dependent_variable_order = dependent_variable_order
        modeling_build_model_detail.excluded_columns = excluded_columns
        modeling_build_model_detail.limiting_sql = limiting_sql
        modeling_build_model_detail.active_build_id = active_build_id
        modeling_build_model_detail.cross_validation_parameters = cross_validation_parameters
        modeling_build_model_detail.number_of_folds = number_of_folds
        modeling_build_model_detail.notifications = notifications
        modeling_build_model_detail.schedule = schedule
        modeling_build_model_detail.parent_id = parent_id
        modeling_build_model_detail.running_as = running_as
        modeling_build_model_detail.time_zone = time_zone
        modeling_build_model_detail.last_run = last_run
        modeling_build_model_detail.hidden = hidden
        modeling_build_model_detail.user = user
        modeling_build_model_detail.created_at = created_at
        modeling_build_model_detail.updated_at = updated_at
        modeling_build_model_detail.current_build_state = current_build_state
        modeling_build_model_detail.current_build_exception = current_build_exception
        modeling_build_model_detail.builds = builds
        modeling_build_model_detail.predictions = predictions
        modeling_build_model_detail.last_output_location = last_output_location
        modeling_build_model_detail.archived = archived

        modeling_build_model_detail.additional_properties = d if d else {}
        return modeling_build_model_detail

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
