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
from .._core._types import plain_names
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_notifications import JobNotifications
    from ..models.job_run import JobRun
    from ..models.job_schedule import JobSchedule
    from ..models.project_ref import ProjectRef
    from ..models.script_detail_arguments import ScriptDetailArguments
    from ..models.script_detail_expanded_arguments import ScriptDetailExpandedArguments
    from ..models.script_param import ScriptParam
    from ..models.user_simple import UserSimple


T = TypeVar("T", bound="ScriptDetail")


@plain_names({"type": "type_"})
@_attrs_define(slots=False)
class ScriptDetail(ResponseMetadata):
    """Any script, type-independent view.

    Attributes:
        id (int):
        name (str):
        type_ (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        state (str):
        author (UserSimple | Unset): Short reference to a user.
        finished_at (datetime.datetime | None | Unset):
        category (str | Unset):
        projects (list[ProjectRef] | Unset):
        parent_id (int | None | Unset):
        user_context (str | Unset):
        params (list[ScriptParam] | Unset):
        arguments (ScriptDetailArguments | Unset):
        is_template (bool | Unset):
        schedule (JobSchedule | Unset): When a job runs by itself.
        notifications (JobNotifications | Unset): Who is told when a job finishes.
        running_as (UserSimple | Unset): Short reference to a user.
        next_run_at (datetime.datetime | None | Unset):
        time_zone (str | Unset):
        last_run (JobRun | Unset): One execution of a job.
        my_permission_level (str | Unset):
        hidden (bool | Unset):
        archived (str | Unset):
        sql (str | Unset):
        expanded_arguments (ScriptDetailExpandedArguments | Unset):
    """

    id: int
    name: str
    type_: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    state: str
    author: UserSimple | Unset = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET
    category: str | Unset = UNSET
    projects: list[ProjectRef] | Unset = UNSET
    parent_id: int | None | Unset = UNSET
    user_context: str | Unset = UNSET
    params: list[ScriptParam] | Unset = UNSET
    arguments: ScriptDetailArguments | Unset = UNSET
    is_template: bool | Unset = UNSET
    schedule: JobSchedule | Unset = UNSET
    notifications: JobNotifications | Unset = UNSET
    running_as: UserSimple | Unset = UNSET
    next_run_at: datetime.datetime | None | Unset = UNSET
    time_zone: str | Unset = UNSET
    last_run: JobRun | Unset = UNSET
    my_permission_level: str | Unset = UNSET
    hidden: bool | Unset = UNSET
    archived: str | Unset = UNSET
    sql: str | Unset = UNSET
    expanded_arguments: ScriptDetailExpandedArguments | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        created_at = rfc3339(self.created_at)

        updated_at = rfc3339(self.updated_at)

        state = self.state

        author: dict[str, Any] | Unset = UNSET
        if not isinstance(self.author, Unset):
            author = jsonable(self.author)

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, datetime.datetime):
            finished_at = rfc3339(self.finished_at)
        else:
            finished_at = self.finished_at

        category = self.category

        projects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.projects, Unset):
            projects = []
            for projects_item_data in self.projects:
                projects_item = jsonable(projects_item_data)
                projects.append(projects_item)

        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        user_context = self.user_context

        params: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = []
            for params_item_data in self.params:
                params_item = jsonable(params_item_data)
                params.append(params_item)

        arguments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.arguments, Unset):
            arguments = jsonable(self.arguments)

        is_template = self.is_template

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = jsonable(self.schedule)

        notifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notifications, Unset):
            notifications = jsonable(self.notifications)

        running_as: dict[str, Any] | Unset = UNSET
        if not isinstance(self.running_as, Unset):
            running_as = jsonable(self.running_as)

        next_run_at: None | str | Unset
        if isinstance(self.next_run_at, Unset):
            next_run_at = UNSET
        elif isinstance(self.next_run_at, datetime.datetime):
            next_run_at = rfc3339(self.next_run_at)
        else:
            next_run_at = self.next_run_at

        time_zone = self.time_zone

        last_run: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_run, Unset):
            last_run = jsonable(self.last_run)

        my_permission_level = self.my_permission_level

        hidden = self.hidden

        archived = self.archived

        sql = self.sql

        expanded_arguments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expanded_arguments, Unset):
            expanded_arguments = jsonable(self.expanded_arguments)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "state": state,
            }
        )
        if author is not UNSET:
            field_dict["author"] = author
        if finished_at is not UNSET:
            field_dict["finishedAt"] = finished_at
        if category is not UNSET:
            field_dict["category"] = category
        if projects is not UNSET:
            field_dict["projects"] = projects
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if user_context is not UNSET:
            field_dict["userContext"] = user_context
        if params is not UNSET:
            field_dict["params"] = params
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if is_template is not UNSET:
            field_dict["isTemplate"] = is_template
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if notifications is not UNSET:
            field_dict["notifications"] = notifications
        if running_as is not UNSET:
            field_dict["runningAs"] = running_as
        if next_run_at is not UNSET:
            field_dict["nextRunAt"] = next_run_at
        if time_zone is not UNSET:
            field_dict["timeZone"] = time_zone
        if last_run is not UNSET:
            field_dict["lastRun"] = last_run
        if my_permission_level is not UNSET:
            field_dict["myPermissionLevel"] = my_permission_level
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if archived is not UNSET:
            field_dict["archived"] = archived
        if sql is not UNSET:
            field_dict["sql"] = sql
        if expanded_arguments is not UNSET:
            field_dict["expandedArguments"] = expanded_arguments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", decode.MISSING)
        if type(id) is not int:
            id = decode.expect(id, int, "id")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        type_ = d.pop("type", decode.MISSING)
        if type(type_) is not str:
            type_ = decode.expect(type_, str, "type")

        created_at = decode.date_time(d.pop("createdAt", decode.MISSING), "createdAt")

        updated_at = decode.date_time(d.pop("updatedAt", decode.MISSING), "updatedAt")

        state = d.pop("state", decode.MISSING)
        if type(state) is not str:
            state = decode.expect(state, str, "state")

        author = d.pop("author", UNSET)
        if author is not UNSET:
            author = decode.model(_models.UserSimple.from_dict, author, "author")

        finished_at = d.pop("finishedAt", UNSET)
        if finished_at is not None and finished_at is not UNSET:
            finished_at = decode.date_time(finished_at, "finishedAt", expected="one of datetime.datetime | None")

        category = d.pop("category", UNSET)
        if type(category) is not str and category is not UNSET:
            category = decode.expect(category, str, "category")

        projects = d.pop("projects", UNSET)
        if projects is not UNSET:
            projects = decode.model_array(_models.ProjectRef.from_dict, projects, "projects")

        parent_id = d.pop("parentId", UNSET)
        if parent_id is not None and type(parent_id) is not int and parent_id is not UNSET:
            parent_id = decode.expect(parent_id, int, "parentId", "one of int | None")

        user_context = d.pop("userContext", UNSET)
        if type(user_context) is not str and user_context is not UNSET:
            user_context = decode.expect(user_context, str, "userContext")

        params = d.pop("params", UNSET)
        if params is not UNSET:
            params = decode.model_array(_models.ScriptParam.from_dict, params, "params")

        arguments = d.pop("arguments", UNSET)
        if arguments is not UNSET:
            arguments = decode.model(_models.ScriptDetailArguments.from_dict, arguments, "arguments")

        is_template = d.pop("isTemplate", UNSET)
        if type(is_template) is not bool and is_template is not UNSET:
            is_template = decode.expect(is_template, bool, "isTemplate")

        schedule = d.pop("schedule", UNSET)
        if schedule is not UNSET:
            schedule = decode.model(_models.JobSchedule.from_dict, schedule, "schedule")

        notifications = d.pop("notifications", UNSET)
        if notifications is not UNSET:
            notifications = decode.model(_models.JobNotifications.from_dict, notifications, "notifications")

        running_as = d.pop("runningAs", UNSET)
        if running_as is not UNSET:
            running_as = decode.model(_models.UserSimple.from_dict, running_as, "runningAs")

        next_run_at = d.pop("nextRunAt", UNSET)
        if next_run_at is not None and next_run_at is not UNSET:
            next_run_at = decode.date_time(next_run_at, "nextRunAt", expected="one of datetime.datetime | None")

        time_zone = d.pop("timeZone", UNSET)
        if type(time_zone) is not str and time_zone is not UNSET:
            time_zone = decode.expect(time_zone, str, "timeZone")

        last_run = d.pop("lastRun", UNSET)
        if last_run is not UNSET:
            last_run = decode.model(_models.JobRun.from_dict, last_run, "lastRun")

        my_permission_level = d.pop("myPermissionLevel", UNSET)
        if type(my_permission_level) is not str and my_permission_level is not UNSET:
            my_permission_level = decode.expect(my_permission_level, str, "myPermissionLevel")

        hidden = d.pop("hidden", UNSET)
        if type(hidden) is not bool and hidden is not UNSET:
            hidden = decode.expect(hidden, bool, "hidden")

        archived = d.pop("archived", UNSET)
        if type(archived) is not str and archived is not UNSET:
            archived = decode.expect(archived, str, "archived")

        sql = d.pop("sql", UNSET)
        if type(sql) is not str and sql is not UNSET:
            sql = decode.expect(sql, str, "sql")

        expanded_arguments = d.pop("expandedArguments", UNSET)
        if expanded_arguments is not UNSET:
            expanded_arguments = decode.model(
                _models.ScriptDetailExpandedArguments.from_dict, expanded_arguments, "expandedArguments"
            )

        script_detail = cls.__new__(cls)
        script_detail.id = id
        script_detail.name = name
        script_detail.type_ = type_
        script_detail.created_at = created_at
        script_detail.updated_at = updated_at
        script_detail.state = state
        script_detail.author = author
        script_detail.finished_at = finished_at
        script_detail.category = category
        script_detail.projects = projects
        script_detail.parent_id = parent_id
        script_detail.user_context = user_context
        script_detail.params = params
        script_detail.arguments = arguments
        script_detail.is_template = is_template
        script_detail.schedule = schedule
        script_detail.notifications = notifications
        script_detail.running_as = running_as
        script_detail.next_run_at = next_run_at
        script_detail.time_zone = time_zone
        script_detail.last_run = last_run
        script_detail.my_permission_level = my_permission_level
        script_detail.hidden = hidden
        script_detail.archived = archived
        script_detail.sql = sql
        script_detail.expanded_arguments = expanded_arguments

        script_detail.additional_properties = d if d else {}
        return script_detail

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
