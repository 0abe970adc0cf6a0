from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core.response_metadata import ResponseMetadata

if TYPE_CHECKING:
    from ..models.job_run import JobRun
    from ..models.project_ref import ProjectRef
    from ..models.user_simple import UserSimple


T = TypeVar("T", bound="ReportSummary")


@_attrs_define(slots=False)
class ReportSummary(ResponseMetadata):
    """
    Attributes:
        id (int):
        name (str):
        user (UserSimple): Short reference to a user.
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        type_ (str):
        archived (str):
        projects (list[ProjectRef]):
        state (str):
        finished_at (datetime.datetime | None):
        viz_updated_at (datetime.datetime | None):
        job_path (None | str):
        tableau_id (int | None):
        template_id (int | None):
        last_run (JobRun): One execution of a job.
    """

    id: int
    name: str
    user: UserSimple
    created_at: datetime.datetime
    updated_at: datetime.datetime
    type_: str
    archived: str
    projects: list[ProjectRef]
    state: str
    finished_at: datetime.datetime | None
    viz_updated_at: datetime.datetime | None
    job_path: None | str
    tableau_id: int | None
    template_id: int | None
    last_run: JobRun
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        user = self.user.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        type_ = self.type_

        archived = self.archived

        projects = []
        for projects_item_data in self.projects:
            projects_item = projects_item_data.to_dict()
            projects.append(projects_item)

        state = self.state

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        viz_updated_at: None | str
        if isinstance(self.viz_updated_at, datetime.datetime):
            viz_updated_at = self.viz_updated_at.isoformat()
        else:
            viz_updated_at = self.viz_updated_at

        job_path: None | str
        job_path = self.job_path

        tableau_id: int | None
        tableau_id = self.tableau_id

        template_id: int | None
        template_id = self.template_id

        last_run = self.last_run.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "user": user,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "type": type_,
                "archived": archived,
                "projects": projects,
                "state": state,
                "finishedAt": finished_at,
                "vizUpdatedAt": viz_updated_at,
                "jobPath": job_path,
                "tableauId": tableau_id,
                "templateId": template_id,
                "lastRun": last_run,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_run import JobRun  # noqa: PLC0415
        from ..models.project_ref import ProjectRef  # noqa: PLC0415
        from ..models.user_simple import UserSimple  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        user = UserSimple.from_dict(d.pop("user"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        type_ = d.pop("type")

        archived = d.pop("archived")

        projects = []
        _projects = d.pop("projects")
        for projects_item_data in _projects:
            projects_item = ProjectRef.from_dict(projects_item_data)

            projects.append(projects_item)

        state = d.pop("state")

        def _parse_finished_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        finished_at = _parse_finished_at(d.pop("finishedAt"))

        def _parse_viz_updated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                viz_updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return viz_updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        viz_updated_at = _parse_viz_updated_at(d.pop("vizUpdatedAt"))

        def _parse_job_path(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        job_path = _parse_job_path(d.pop("jobPath"))

        def _parse_tableau_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        tableau_id = _parse_tableau_id(d.pop("tableauId"))

        def _parse_template_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        template_id = _parse_template_id(d.pop("templateId"))

        last_run = JobRun.from_dict(d.pop("lastRun"))

        report_summary = cls(
            id=id,
            name=name,
            user=user,
            created_at=created_at,
            updated_at=updated_at,
            type_=type_,
            archived=archived,
            projects=projects,
            state=state,
            finished_at=finished_at,
            viz_updated_at=viz_updated_at,
            job_path=job_path,
            tableau_id=tableau_id,
            template_id=template_id,
            last_run=last_run,
        )

        report_summary.additional_properties = d
        return report_summary

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
