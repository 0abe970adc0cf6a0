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
    from ..models.job_run import JobRun
    from ..models.user_simple import UserSimple


T = TypeVar("T", bound="ModelSummary")


@_attrs_define(slots=False)
class ModelSummary(ResponseMetadata):
    """
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
        last_run (JobRun): One execution of a job.
        user (UserSimple): Short reference to a user.
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        current_build_state (str):
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
    last_run: JobRun
    user: UserSimple
    created_at: datetime.datetime
    updated_at: datetime.datetime
    current_build_state: str
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

        last_run = jsonable(self.last_run)

        user = jsonable(self.user)

        created_at = rfc3339(self.created_at)

        updated_at = rfc3339(self.updated_at)

        current_build_state = self.current_build_state

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
                "lastRun": last_run,
                "user": user,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "currentBuildState": current_build_state,
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
        if description is not None and type(description) is not str:
            description = decode.expect(description, str, "description", "one of None | str")

        model_type_id = d.pop("modelTypeId", decode.MISSING)
        if type(model_type_id) is not int:
            model_type_id = decode.expect(model_type_id, int, "modelTypeId")

        primary_key = d.pop("primaryKey", decode.MISSING)
        if type(primary_key) is not str:
            primary_key = decode.expect(primary_key, str, "primaryKey")

        dependent_variable = d.pop("dependentVariable", decode.MISSING)
        if type(dependent_variable) is not str:
            dependent_variable = decode.expect(dependent_variable, str, "dependentVariable")

        last_run = decode.model(_models.JobRun.from_dict, d.pop("lastRun", decode.MISSING), "lastRun")

        user = decode.model(_models.UserSimple.from_dict, d.pop("user", decode.MISSING), "user")

        created_at = decode.date_time(d.pop("createdAt", decode.MISSING), "createdAt")

        updated_at = decode.date_time(d.pop("updatedAt", decode.MISSING), "updatedAt")

        current_build_state = d.pop("currentBuildState", decode.MISSING)
        if type(current_build_state) is not str:
            current_build_state = decode.expect(current_build_state, str, "currentBuildState")

        archived = d.pop("archived", decode.MISSING)
        if type(archived) is not str:
            archived = decode.expect(archived, str, "archived")

        model_summary = cls.__new__(cls)
        model_summary.id = id
        model_summary.table_name = table_name
        model_summary.database_id = database_id
        model_summary.credential_id = credential_id
        model_summary.model_name = model_name
        model_summary.description = description
        model_summary.model_type_id = model_type_id
        model_summary.primary_key = primary_key
        model_summary.dependent_variable = dependent_variable
        model_summary.last_run = last_run
        model_summary.user = user
        model_summary.created_at = created_at
        model_summary.updated_at = updated_at
        model_summary.current_build_state = current_build_state
        model_summary.archived = archived

        model_summary.additional_properties = d if d else {}
        return model_summary

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
