from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core.response_metadata import ResponseMetadata
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

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        state = self.state

        sql = self.sql

        remote_host_id = self.remote_host_id

        credential_id = self.credential_id

        author: dict[str, Any] | Unset = UNSET
        if not isinstance(self.author, Unset):
            author = self.author.to_dict()

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        category = self.category

        projects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.projects, Unset):
            projects = []
            for projects_item_data in self.projects:
                projects_item = projects_item_data.to_dict()
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
                params_item = params_item_data.to_dict()
                params.append(params_item)

        arguments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.arguments, Unset):
            arguments = self.arguments.to_dict()

        is_template = self.is_template

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()

        notifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notifications, Unset):
            notifications = self.notifications.to_dict()

        running_as: dict[str, Any] | Unset = UNSET
        if not isinstance(self.running_as, Unset):
            running_as = self.running_as.to_dict()

        next_run_at: None | str | Unset
        if isinstance(self.next_run_at, Unset):
            next_run_at = UNSET
        elif isinstance(self.next_run_at, datetime.datetime):
            next_run_at = self.next_run_at.isoformat()
        else:
            next_run_at = self.next_run_at

        time_zone = self.time_zone

        last_run: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_run, Unset):
            last_run = self.last_run.to_dict()

        my_permission_level = self.my_permission_level

        hidden = self.hidden

        archived = self.archived

        expanded_arguments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expanded_arguments, Unset):
            expanded_arguments = self.expanded_arguments.to_dict()

        code_preview = self.code_preview

        csv_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.csv_settings, Unset):
            csv_settings = self.csv_settings.to_dict()

        published_as_template_id = self.published_as_template_id

        from_template_id = self.from_template_id

        template_dependents_count = self.template_dependents_count

        template_script_name = self.template_script_name

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

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
        from ..models.job_notifications import JobNotifications  # noqa: PLC0415
        from ..models.job_run import JobRun  # noqa: PLC0415
        from ..models.job_schedule import JobSchedule  # noqa: PLC0415
        from ..models.project_ref import ProjectRef  # noqa: PLC0415
        from ..models.script_link import ScriptLink  # noqa: PLC0415
        from ..models.script_param import ScriptParam  # noqa: PLC0415
        from ..models.sql_script_arguments import SqlScriptArguments  # noqa: PLC0415
        from ..models.sql_script_csv_settings import SqlScriptCsvSettings  # noqa: PLC0415
        from ..models.sql_script_expanded_arguments import SqlScriptExpandedArguments  # noqa: PLC0415
        from ..models.user_simple import UserSimple  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        type_ = d.pop("type")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        state = d.pop("state")

        sql = d.pop("sql")

        remote_host_id = d.pop("remoteHostId")

        credential_id = d.pop("credentialId")

        _author = d.pop("author", UNSET)
        author: UserSimple | Unset
        if isinstance(_author, Unset):
            author = UNSET
        else:
            author = UserSimple.from_dict(_author)

        def _parse_finished_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        finished_at = _parse_finished_at(d.pop("finishedAt", UNSET))

        category = d.pop("category", UNSET)

        _projects = d.pop("projects", UNSET)
        projects: list[ProjectRef] | Unset = UNSET
        if _projects is not UNSET:
            projects = []
            for projects_item_data in _projects:
                projects_item = ProjectRef.from_dict(projects_item_data)

                projects.append(projects_item)

        def _parse_parent_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent_id = _parse_parent_id(d.pop("parentId", UNSET))

        user_context = d.pop("userContext", UNSET)

        _params = d.pop("params", UNSET)
        params: list[ScriptParam] | Unset = UNSET
        if _params is not UNSET:
            params = []
            for params_item_data in _params:
                params_item = ScriptParam.from_dict(params_item_data)

                params.append(params_item)

        _arguments = d.pop("arguments", UNSET)
        arguments: SqlScriptArguments | Unset
        if isinstance(_arguments, Unset):
            arguments = UNSET
        else:
            arguments = SqlScriptArguments.from_dict(_arguments)

        is_template = d.pop("isTemplate", UNSET)

        _schedule = d.pop("schedule", UNSET)
        schedule: JobSchedule | Unset
        if isinstance(_schedule, Unset):
            schedule = UNSET
        else:
            schedule = JobSchedule.from_dict(_schedule)

        _notifications = d.pop("notifications", UNSET)
        notifications: JobNotifications | Unset
        if isinstance(_notifications, Unset):
            notifications = UNSET
        else:
            notifications = JobNotifications.from_dict(_notifications)

        _running_as = d.pop("runningAs", UNSET)
        running_as: UserSimple | Unset
        if isinstance(_running_as, Unset):
            running_as = UNSET
        else:
            running_as = UserSimple.from_dict(_running_as)

        def _parse_next_run_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_run_at_type_0 = datetime.datetime.fromisoformat(data)

                return next_run_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        next_run_at = _parse_next_run_at(d.pop("nextRunAt", UNSET))

        time_zone = d.pop("timeZone", UNSET)

        _last_run = d.pop("lastRun", UNSET)
        last_run: JobRun | Unset
        if isinstance(_last_run, Unset):
            last_run = UNSET
        else:
            last_run = JobRun.from_dict(_last_run)

        my_permission_level = d.pop("myPermissionLevel", UNSET)

        hidden = d.pop("hidden", UNSET)

        archived = d.pop("archived", UNSET)

        _expanded_arguments = d.pop("expandedArguments", UNSET)
        expanded_arguments: SqlScriptExpandedArguments | Unset
        if isinstance(_expanded_arguments, Unset):
            expanded_arguments = UNSET
        else:
            expanded_arguments = SqlScriptExpandedArguments.from_dict(_expanded_arguments)

        code_preview = d.pop("codePreview", UNSET)

        _csv_settings = d.pop("csvSettings", UNSET)
        csv_settings: SqlScriptCsvSettings | Unset
        if isinstance(_csv_settings, Unset):
            csv_settings = UNSET
        else:
            csv_settings = SqlScriptCsvSettings.from_dict(_csv_settings)

        published_as_template_id = d.pop("publishedAsTemplateId", UNSET)

        from_template_id = d.pop("fromTemplateId", UNSET)

        template_dependents_count = d.pop("templateDependentsCount", UNSET)

        template_script_name = d.pop("templateScriptName", UNSET)

        _links = d.pop("links", UNSET)
        links: ScriptLink | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = ScriptLink.from_dict(_links)

        target_project_id = d.pop("targetProjectId", UNSET)

        running_as_id = d.pop("runningAsId", UNSET)

        sql_script = cls(
            id=id,
            name=name,
            type_=type_,
            created_at=created_at,
            updated_at=updated_at,
            state=state,
            sql=sql,
            remote_host_id=remote_host_id,
            credential_id=credential_id,
            author=author,
            finished_at=finished_at,
            category=category,
            projects=projects,
            parent_id=parent_id,
            user_context=user_context,
            params=params,
            arguments=arguments,
            is_template=is_template,
            schedule=schedule,
            notifications=notifications,
            running_as=running_as,
            next_run_at=next_run_at,
            time_zone=time_zone,
            last_run=last_run,
            my_permission_level=my_permission_level,
            hidden=hidden,
            archived=archived,
            expanded_arguments=expanded_arguments,
            code_preview=code_preview,
            csv_settings=csv_settings,
            published_as_template_id=published_as_template_id,
            from_template_id=from_template_id,
            template_dependents_count=template_dependents_count,
            template_script_name=template_script_name,
            links=links,
            target_project_id=target_project_id,
            running_as_id=running_as_id,
        )

        sql_script.additional_properties = d
        return sql_script

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
