from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_models_body_cross_validation_parameters import PostModelsBodyCrossValidationParameters
    from ..models.post_models_body_notifications import PostModelsBodyNotifications
    from ..models.post_models_body_schedule import PostModelsBodySchedule


T = TypeVar("T", bound="PostModelsBody")


@_attrs_define(slots=False)
class PostModelsBody(ResponseMetadata):
    """
    Attributes:
        table_name (str | Unset):
        database_id (int | Unset):
        credential_id (int | Unset):
        model_name (str | Unset):
        description (str | Unset):
        interaction_terms (bool | Unset):
        box_cox_transformation (bool | Unset):
        model_type_id (int | Unset):
        primary_key (str | Unset):
        dependent_variable (str | Unset):
        dependent_variable_order (list[Any] | Unset):
        excluded_columns (list[Any] | Unset):
        limiting_sql (str | Unset):
        active_build_id (int | Unset):
        cross_validation_parameters (PostModelsBodyCrossValidationParameters | Unset):
        number_of_folds (int | Unset):
        notifications (PostModelsBodyNotifications | Unset):
        schedule (PostModelsBodySchedule | Unset):
        parent_id (int | Unset):
        time_zone (str | Unset):
        hidden (bool | Unset):
    """

    table_name: str | Unset = UNSET
    database_id: int | Unset = UNSET
    credential_id: int | Unset = UNSET
    model_name: str | Unset = UNSET
    description: str | Unset = UNSET
    interaction_terms: bool | Unset = UNSET
    box_cox_transformation: bool | Unset = UNSET
    model_type_id: int | Unset = UNSET
    primary_key: str | Unset = UNSET
    dependent_variable: str | Unset = UNSET
    dependent_variable_order: list[Any] | Unset = UNSET
    excluded_columns: list[Any] | Unset = UNSET
    limiting_sql: str | Unset = UNSET
    active_build_id: int | Unset = UNSET
    cross_validation_parameters: PostModelsBodyCrossValidationParameters | Unset = UNSET
    number_of_folds: int | Unset = UNSET
    notifications: PostModelsBodyNotifications | Unset = UNSET
    schedule: PostModelsBodySchedule | Unset = UNSET
    parent_id: int | Unset = UNSET
    time_zone: str | Unset = UNSET
    hidden: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
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

        dependent_variable_order: list[Any] | Unset = UNSET
        if not isinstance(self.dependent_variable_order, Unset):
            dependent_variable_order = self.dependent_variable_order

        excluded_columns: list[Any] | Unset = UNSET
        if not isinstance(self.excluded_columns, Unset):
            excluded_columns = self.excluded_columns

        limiting_sql = self.limiting_sql

        active_build_id = self.active_build_id

        cross_validation_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cross_validation_parameters, Unset):
            cross_validation_parameters = jsonable(self.cross_validation_parameters)

        number_of_folds = self.number_of_folds

        notifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notifications, Unset):
            notifications = jsonable(self.notifications)

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = jsonable(self.schedule)

        parent_id = self.parent_id

        time_zone = self.time_zone

        hidden = self.hidden

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if table_name is not UNSET:
            field_dict["tableName"] = table_name
        if database_id is not UNSET:
            field_dict["databaseId"] = database_id
        if credential_id is not UNSET:
            field_dict["credentialId"] = credential_id
        if model_name is not UNSET:
            field_dict["modelName"] = model_name
        if description is not UNSET:
            field_dict["description"] = description
        if interaction_terms is not UNSET:
            field_dict["interactionTerms"] = interaction_terms
        if box_cox_transformation is not UNSET:
            field_dict["boxCoxTransformation"] = box_cox_transformation
        if model_type_id is not UNSET:
            field_dict["modelTypeId"] = model_type_id
        if primary_key is not UNSET:
            field_dict["primaryKey"] = primary_key
        if dependent_variable is not UNSET:
            field_dict["dependentVariable"] = dependent_variable
        if dependent_variable_order is not UNSET:
            field_dict["dependentVariableOrder"] = dependent_variable_order
        if excluded_columns is not UNSET:
            field_dict["excludedColumns"] = excluded_columns
        if limiting_sql is not UNSET:
            field_dict["limitingSql"] = limiting_sql
        if active_build_id is not UNSET:
            field_dict["activeBuildId"] = active_build_id
        if cross_validation_parameters is not UNSET:
            field_dict["crossValidationParameters"] = cross_validation_parameters
        if number_of_folds is not UNSET:
            field_dict["numberOfFolds"] = number_of_folds
        if notifications is not UNSET:
            field_dict["notifications"] = notifications
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if time_zone is not UNSET:
            field_dict["timeZone"] = time_zone
        if hidden is not UNSET:
            field_dict["hidden"] = hidden

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        table_name = d.pop("tableName", UNSET)
        if type(table_name) is not str and table_name is not UNSET:
            table_name = decode.expect(table_name, str, "tableName")

        database_id = d.pop("databaseId", UNSET)
        if type(database_id) is not int and database_id is not UNSET:
            database_id = decode.expect(database_id, int, "databaseId")

        credential_id = d.pop("credentialId", UNSET)
        if type(credential_id) is not int and credential_id is not UNSET:
            credential_id = decode.expect(credential_id, int, "credentialId")

        model_name = d.pop("modelName", UNSET)
        if type(model_name) is not str and model_name is not UNSET:
            model_name = decode.expect(model_name, str, "modelName")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = decode.expect(description, str, "description")

        interaction_terms = d.pop("interactionTerms", UNSET)
        if type(interaction_terms) is not bool and interaction_terms is not UNSET:
            interaction_terms = decode.expect(interaction_terms, bool, "interactionTerms")

        box_cox_transformation = d.pop("boxCoxTransformation", UNSET)
        if type(box_cox_transformation) is not bool and box_cox_transformation is not UNSET:
            box_cox_transformation = decode.expect(box_cox_transformation, bool, "boxCoxTransformation")

        model_type_id = d.pop("modelTypeId", UNSET)
        if type(model_type_id) is not int and model_type_id is not UNSET:
            model_type_id = decode.expect(model_type_id, int, "modelTypeId")

        primary_key = d.pop("primaryKey", UNSET)
        if type(primary_key) is not str and primary_key is not UNSET:
            primary_key = decode.expect(primary_key, str, "primaryKey")

        dependent_variable = d.pop("dependentVariable", UNSET)
        if type(dependent_variable) is not str and dependent_variable is not UNSET:
            dependent_variable = decode.expect(dependent_variable, str, "dependentVariable")

        _dependent_variable_order_array = d.pop("dependentVariableOrder", UNSET)
        dependent_variable_order: list[Any] | Unset
        if isinstance(_dependent_variable_order_array, list):
            dependent_variable_order = _dependent_variable_order_array  # untyped items: kept as they are
        else:
            dependent_variable_order = decode.mismatch(
                "an array", _dependent_variable_order_array, "dependentVariableOrder"
            )

        _excluded_columns_array = d.pop("excludedColumns", UNSET)
        excluded_columns: list[Any] | Unset
        if isinstance(_excluded_columns_array, list):
            excluded_columns = _excluded_columns_array  # untyped items: kept as they are
        else:
            excluded_columns = decode.mismatch("an array", _excluded_columns_array, "excludedColumns")

        limiting_sql = d.pop("limitingSql", UNSET)
        if type(limiting_sql) is not str and limiting_sql is not UNSET:
            limiting_sql = decode.expect(limiting_sql, str, "limitingSql")

        active_build_id = d.pop("activeBuildId", UNSET)
        if type(active_build_id) is not int and active_build_id is not UNSET:
            active_build_id = decode.expect(active_build_id, int, "activeBuildId")

        cross_validation_parameters = d.pop("crossValidationParameters", UNSET)
        if cross_validation_parameters is not UNSET:
            cross_validation_parameters = decode.model(
                _models.PostModelsBodyCrossValidationParameters.from_dict,
                cross_validation_parameters,
                "crossValidationParameters",
            )

        number_of_folds = d.pop("numberOfFolds", UNSET)
        if type(number_of_folds) is not int and number_of_folds is not UNSET:
            number_of_folds = decode.expect(number_of_folds, int, "numberOfFolds")

        notifications = d.pop("notifications", UNSET)
        if notifications is not UNSET:
            notifications = decode.model(_models.PostModelsBodyNotifications.from_dict, notifications, "notifications")

        schedule = d.pop("schedule", UNSET)
        if schedule is not UNSET:
            schedule = decode.model(_models.PostModelsBodySchedule.from_dict, schedule, "schedule")

        parent_id = d.pop("parentId", UNSET)
        if type(parent_id) is not int and parent_id is not UNSET:
            parent_id = decode.expect(parent_id, int, "parentId")

        time_zone = d.pop("timeZone", UNSET)
        if type(time_zone) is not str and time_zone is not UNSET:
            time_zone = decode.expect(time_zone, str, "timeZone")

        hidden = d.pop("hidden", UNSET)
        if type(hidden) is not bool and hidden is not UNSET:
            hidden = decode.expect(hidden, bool, "hidden")

        post_models_body = cls.__new__(cls)
        post_models_body.table_name = table_name
        post_models_body.database_id = database_id
        post_models_body.credential_id = credential_id
        post_models_body.model_name = model_name
        post_models_body.description = description
        post_models_body.interaction_terms = interaction_terms
        post_models_body.box_cox_transformation = box_cox_transformation
        post_models_body.model_type_id = model_type_id
        post_models_body.primary_key = primary_key
        post_models_body.dependent_variable = dependent_variable
        post_models_body.dependent_variable_order = dependent_variable_order
        post_models_body.excluded_columns = excluded_columns
        post_models_body.limiting_sql = limiting_sql
        post_models_body.active_build_id = active_build_id
        post_models_body.cross_validation_parameters = cross_validation_parameters
        post_models_body.number_of_folds = number_of_folds
        post_models_body.notifications = notifications
        post_models_body.schedule = schedule
        post_models_body.parent_id = parent_id
        post_models_body.time_zone = time_zone
        post_models_body.hidden = hidden

        post_models_body.additional_properties = d if d else {}
        return post_models_body

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
