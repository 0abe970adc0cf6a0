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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.import_data_source import ImportDataSource
    from ..models.import_sync import ImportSync
    from ..models.job_notifications import JobNotifications
    from ..models.job_run import JobRun
    from ..models.job_schedule import JobSchedule
    from ..models.user_simple import UserSimple
    from ..models.user_simple_user import UserSimpleUser


T = TypeVar("T", bound="Import")


@_attrs_define(slots=False)
class Import(ResponseMetadata):
    """A data sync between a remote source and a destination.

    Attributes:
        id (int):
        name (str):
        sync_type (str):
        source (ImportDataSource):
        destination (ImportDataSource):
        schedule (JobSchedule): When a job runs by itself.
        notifications (JobNotifications): Who is told when a job finishes.
        parent_id (int | None):
        is_outbound (bool):
        job_type (str):
        state (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        last_run (JobRun): One execution of a job.
        user (UserSimple): Short reference to a user.
        time_zone (str):
        hidden (bool):
        archived (str):
        my_permission_level (str):
        syncs (list[ImportSync] | Unset):
        running_as (UserSimpleUser | Unset):
        next_run_at (str | Unset):
    """

    id: int
    name: str
    sync_type: str
    source: ImportDataSource
    destination: ImportDataSource
    schedule: JobSchedule
    notifications: JobNotifications
    parent_id: int | None
    is_outbound: bool
    job_type: str
    state: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    last_run: JobRun
    user: UserSimple
    time_zone: str
    hidden: bool
    archived: str
    my_permission_level: str
    syncs: list[ImportSync] | Unset = UNSET
    running_as: UserSimpleUser | Unset = UNSET
    next_run_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        sync_type = self.sync_type

        source = jsonable(self.source)

        destination = jsonable(self.destination)

        schedule = jsonable(self.schedule)

        notifications = jsonable(self.notifications)

        parent_id: int | None
        parent_id = self.parent_id

        is_outbound = self.is_outbound

        job_type = self.job_type

        state = self.state

        created_at = rfc3339(self.created_at)

        updated_at = rfc3339(self.updated_at)

        last_run = jsonable(self.last_run)

        user = jsonable(self.user)

        time_zone = self.time_zone

        hidden = self.hidden

        archived = self.archived

        my_permission_level = self.my_permission_level

        syncs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.syncs, Unset):
            syncs = []
            for syncs_item_data in self.syncs:
                syncs_item = jsonable(syncs_item_data)
                syncs.append(syncs_item)

        running_as: dict[str, Any] | Unset = UNSET
        if not isinstance(self.running_as, Unset):
            running_as = jsonable(self.running_as)

        next_run_at = self.next_run_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "syncType": sync_type,
                "source": source,
                "destination": destination,
                "schedule": schedule,
                "notifications": notifications,
                "parentId": parent_id,
                "isOutbound": is_outbound,
                "jobType": job_type,
                "state": state,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "lastRun": last_run,
                "user": user,
                "timeZone": time_zone,
                "hidden": hidden,
                "archived": archived,
                "myPermissionLevel": my_permission_level,
            }
        )
        if syncs is not UNSET:
            field_dict["syncs"] = syncs
        if running_as is not UNSET:
            field_dict["runningAs"] = running_as
        if next_run_at is not UNSET:
            field_dict["nextRunAt"] = next_run_at

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

        sync_type = d.pop("syncType", decode.MISSING)
        if type(sync_type) is not str:
            sync_type = decode.expect(sync_type, str, "syncType")

        source = decode.model(_models.ImportDataSource.from_dict, d.pop("source", decode.MISSING), "source")

        destination = decode.model(
            _models.ImportDataSource.from_dict, d.pop("destination", decode.MISSING), "destination"
        )

        schedule = decode.model(_models.JobSchedule.from_dict, d.pop("schedule", decode.MISSING), "schedule")

        notifications = decode.model(
            _models.JobNotifications.from_dict, d.pop("notifications", decode.MISSING), "notifications"
        )

        parent_id = d.pop("parentId", decode.MISSING)
        if parent_id is not None and type(parent_id) is not int:
            parent_id = decode.expect(parent_id, int, "parentId", "one of int | None")

        is_outbound = d.pop("isOutbound", decode.MISSING)
        if type(is_outbound) is not bool:
            is_outbound = decode.expect(is_outbound, bool, "isOutbound")

        job_type = d.pop("jobType", decode.MISSING)
        if type(job_type) is not str:
            job_type = decode.expect(job_type, str, "jobType")

        state = d.pop("state", decode.MISSING)
        if type(state) is not str:
            state = decode.expect(state, str, "state")

        created_at = decode.date_time(d.pop("createdAt", decode.MISSING), "createdAt")

        updated_at = decode.date_time(d.pop("updatedAt", decode.MISSING), "updatedAt")

        last_run = decode.model(_models.JobRun.from_dict, d.pop("lastRun", decode.MISSING), "lastRun")

        user = decode.model(_models.UserSimple.from_dict, d.pop("user", decode.MISSING), "user")

        time_zone = d.pop("timeZone", decode.MISSING)
        if type(time_zone) is not str:
            time_zone = decode.expect(time_zone, str, "timeZone")

        hidden = d.pop("hidden", decode.MISSING)
        if type(hidden) is not bool:
            hidden = decode.expect(hidden, bool, "hidden")

        archived = d.pop("archived", decode.MISSING)
        if type(archived) is not str:
            archived = decode.expect(archived, str, "archived")

        my_permission_level = d.pop("myPermissionLevel", decode.MISSING)
        if type(my_permission_level) is not str:
            my_permission_level = decode.expect(my_permission_level, str, "myPermissionLevel")

        syncs = d.pop("syncs", UNSET)
        if syncs is not UNSET:
            syncs = decode.model_array(_models.ImportSync.from_dict, syncs, "syncs")

        running_as = d.pop("runningAs", UNSET)
        if running_as is not UNSET:
            running_as = decode.model(_models.UserSimpleUser.from_dict, running_as, "runningAs")

        next_run_at = d.pop("nextRunAt", UNSET)
        if type(next_run_at) is not str and next_run_at is not UNSET:
            next_run_at = decode.expect(next_run_at, str, "nextRunAt")

        import_ = cls.__new__(cls)
        import_.id = id
        import_.name = name
        import_.sync_type = sync_type
        import_.source = source
        import_.destination = destination
        import_.schedule = schedule
        import_.notifications = notifications
        import_.parent_id = parent_id
        import_.is_outbound = is_outbound
        import_.job_type = job_type
        import_.state = state
        import_.created_at = created_at
        import_.updated_at = updated_at
        import_.last_run = last_run
        import_.user = user
        import_.time_zone = time_zone
        import_.hidden = hidden
        import_.archived = archived
        import_.my_permission_level = my_permission_level
        import_.syncs = syncs
        import_.running_as = running_as
        import_.next_run_at = next_run_at

        import_.additional_properties = d if d else {}
        return import_

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
