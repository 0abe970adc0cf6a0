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
    from ..models.script_link import ScriptLink
    from ..models.script_param import ScriptParam
    from ..models.sql_script_arguments import SqlScriptArguments
    from ..models.sql_script_csv_settings import SqlScriptCsvSettings
    from ..models.sql_script_expanded_arguments import SqlScriptExpandedArguments
    from ..models.user_simple import UserSimple


T = TypeVar("T", bound="SqlScript")


@plain_names({"type": "type_"})
@_attrs_define(slots=False)
class SqlScript(ResponseMetadata):
    """A saved SQL script that runs against a database and can export CSV output.

    Attributes:
        id (int):
        name (str):
        type_ (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        state (str):
        sql (str):
        remote_host_id (int):
        credential_id (int):
        author (UserSimple | Unset): Short reference to a user.
        finished_at (datetime.datetime | None | Unset):
        category (str | Unset):
        projects (list[ProjectRef] | Unset):
        parent_id (int | None | Unset):
        user_context (str | Unset):
        params (list[ScriptParam] | Unset):
        arguments (SqlScriptArguments | Unset):
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
        expanded_arguments (SqlScriptExpandedArguments | Unset):
        code_preview (str | Unset):
        csv_settings (SqlScriptCsvSettings | Unset):
        published_as_template_id (int | Unset):
        from_template_id (int | Unset):
        template_dependents_count (int | Unset):
        template_script_name (str | Unset):
        links (ScriptLink | Unset):
        target_project_id (int | Unset):
        running_as_id (int | Unset):
    """

    id: int
    name: str
    type_: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    state: str
    sql: str
    remote_host_id: int
    credential_id: int
    author: UserSimple | Unset = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET
    category: str | Unset = UNSET
    projects: list[ProjectRef] | Unset = UNSET
    parent_id: int | None | Unset = UNSET
    user_context: str | Unset = UNSET
    params: list[ScriptParam] | Unset = UNSET
    arguments: SqlScriptArguments | Unset = UNSET
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
    expanded_arguments: SqlScriptExpandedArguments | Unset = UNSET
    code_preview: str | Unset = UNSET
    csv_settings: SqlScriptCsvSettings | Unset = UNSET
    published_as_template_id: int | Unset = UNSET
    from_template_id: int | Unset = UNSET
    template_dependents_count: int | Unset = UNSET
    template_script_name: str | Unset = UNSET
    links: ScriptLink | Unset = UNSET
    target_project_id: int | Unset = UNSET
    running_as_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        created_at = rfc3339(self.created_at)

        updated_at = rfc3339(self.updated_at)

        state = self.state

        sql = self.sql

        remote_host_id = self.remote_host_id

        credential_id = self.credential_id

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

        expanded_arguments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expanded_arguments, Unset):
            expanded_arguments = jsonable(self.expanded_arguments)

        code_preview = self.code_preview

        csv_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.csv_settings, Unset):
            csv_settings = jsonable(self.csv_settings)

        published_as_template_id = self.published_as_template_id

        from_template_id = self.from_template_id

        template_dependents_count = self.template_dependents_count

        template_script_name = self.template_script_name

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = jsonable(self.links)

        target_project_id = self.target_project_id

        running_as_id = self.running_as_id

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
                "sql": sql,
                "remoteHostId": remote_host_id,
                "credentialId": credential_id,
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
        if expanded_arguments is not UNSET:
            field_dict["expandedArguments"] = expanded_arguments
        if code_preview is not UNSET:
            field_dict["codePreview"] = code_preview
        if csv_settings is not UNSET:
            field_dict["csvSettings"] = csv_settings
        if published_as_template_id is not UNSET:
            field_dict["publishedAsTemplateId"] = published_as_template_id
        if from_template_id is not UNSET:
            field_dict["fromTemplateId"] = from_template_id
        if template_dependents_count is not UNSET:
            field_dict["templateDependentsCount"] = template_dependents_count
        if template_script_name is not UNSET:
            field_dict["templateScriptName"] = template_script_name
        if links is not UNSET:
            field_dict["links"] = links
        if target_project_id is not UNSET:
            field_dict["targetProjectId"] = target_project_id
        if running_as_id is not UNSET:
            field_dict["runningAsId"] = running_as_id

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

        sql = d.pop("sql", decode.MISSING)
        if type(sql) is not str:
            sql = decode.expect(sql, str, "sql")

        remote_host_id = d.pop("remoteHostId", decode.MISSING)
        if type(remote_host_id) is not int:
            remote_host_id = decode.expect(remote_host_id, int, "remoteHostId")

        credential_id = d.pop("credentialId", decode.MISSING)
        if type(credential_id) is not int:
            credential_id = decode.expect(credential_id, int, "credentialId")

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
            arguments = decode.model(_models.SqlScriptArguments.from_dict, arguments, "arguments")

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

        expanded_arguments = d.pop("expandedArguments", UNSET)
        if expanded_arguments is not UNSET:
            expanded_arguments = decode.model(
                _models.SqlScriptExpandedArguments.from_dict, expanded_arguments, "expandedArguments"
            )

        code_preview = d.pop("codePreview", UNSET)
        if type(code_preview) is not str and code_preview is not UNSET:
            code_preview = decode.expect(code_preview, str, "codePreview")

        csv_settings = d.pop("csvSettings", UNSET)
        if csv_settings is not UNSET:
            csv_settings = decode.model(_models.SqlScriptCsvSettings.from_dict, csv_settings, "csvSettings")

        published_as_template_id = d.pop("publishedAsTemplateId", UNSET)
        if type(published_as_template_id) is not int and published_as_template_id is not UNSET:
            published_as_template_id = decode.expect(published_as_template_id, int, "publishedAsTemplateId")

        from_template_id = d.pop("fromTemplateId", UNSET)
        if type(from_template_id) is not int and from_template_id is not UNSET:
            from_template_id = decode.expect(from_template_id, int, "fromTemplateId")

        template_dependents_count = d.pop("templateDependentsCount", UNSET)
        if type(template_dependents_count) is not int and template_dependents_count is not UNSET:
            template_dependents_count = decode.expect(template_dependents_count, int, "templateDependentsCount")

        template_script_name = d.pop("templateScriptName", UNSET)
        if type(template_script_name) is not str and template_script_name is not UNSET:
            template_script_name = decode.expect(template_script_name, str, "templateScriptName")

        links = d.pop("links", UNSET)
        if links is not UNSET:
            links = decode.model(_models.ScriptLink.from_dict, links, "links")

        target_project_id = d.pop("targetProjectId", UNSET)
        if type(target_project_id) is not int and target_project_id is not UNSET:
            target_project_id = decode.expect(target_project_id, int, "targetProjectId")

        running_as_id = d.pop("runningAsId", UNSET)
        if type(running_as_id) is not int and running_as_id is not UNSET:
            running_as_id = decode.expect(running_as_id, int, "runningAsId")

        sql_script = cls.__new__(cls)
        sql_script.id = id
        sql_script.name = name
        sql_script.type_ = type_
        sql_script.created_at = created_at
        sql_script.updated_at = updated_at
        sql_script.state = state
        sql_script.sql = sql
        sql_script.remote_host_id = remote_host_id
        sql_script.credential_id = credential_id
        sql_script.author = author
        sql_script.finished_at = finished_at
        sql_script.category = category
        sql_script.projects = projects
        sql_script.parent_id = parent_id
        sql_script.user_context = user_context
        sql_script.params = params
        sql_script.arguments = arguments
        sql_script.is_template = is_template
        sql_script.schedule = schedule
        sql_script.notifications = notifications
        sql_script.running_as = running_as
        sql_script.next_run_at = next_run_at
        sql_script.time_zone = time_zone
        sql_script.last_run = last_run
        sql_script.my_permission_level = my_permission_level
        sql_script.hidden = hidden
        sql_script.archived = archived
        sql_script.expanded_arguments = expanded_arguments
        sql_script.code_preview = code_preview
        sql_script.csv_settings = csv_settings
        sql_script.published_as_template_id = published_as_template_id
        sql_script.from_template_id = from_template_id
        sql_script.template_dependents_count = template_dependents_count
        sql_script.template_script_name = template_script_name
        sql_script.links = links
        sql_script.target_project_id = target_project_id
        sql_script.running_as_id = running_as_id

        sql_script.additional_properties = d if d else {}
        return sql_script

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
