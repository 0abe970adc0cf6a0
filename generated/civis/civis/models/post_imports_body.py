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
    from ..models.job_notifications_create_request import JobNotificationsCreateRequest
    from ..models.job_schedule_input import JobScheduleInput
    from ..models.post_imports_body_destination import PostImportsBodyDestination
    from ..models.post_imports_body_source import PostImportsBodySource


T = TypeVar("T", bound="PostImportsBody")


@_attrs_define(slots=False)
class PostImportsBody(ResponseMetadata):
    """
    Attributes:
        name (str):
        sync_type (str): e.g. Dbsync, AutoImport or GdocImport.
        is_outbound (bool): True when data leaves Civis.
        source (PostImportsBodySource | Unset):
        destination (PostImportsBodyDestination | Unset):
        schedule (JobScheduleInput | Unset): Schedule settings to store on a job; every field is optional.
        parent_id (int | Unset):
        time_zone (str | Unset):
        hidden (bool | Unset):
        notifications (JobNotificationsCreateRequest | Unset):
        next_run_at (str | Unset):
    """

    name: str
    sync_type: str
    is_outbound: bool
    source: PostImportsBodySource | Unset = UNSET
    destination: PostImportsBodyDestination | Unset = UNSET
    schedule: JobScheduleInput | Unset = UNSET
    parent_id: int | Unset = UNSET
    time_zone: str | Unset = UNSET
    hidden: bool | Unset = UNSET
    notifications: JobNotificationsCreateRequest | Unset = UNSET
    next_run_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        sync_type = self.sync_type

        is_outbound = self.is_outbound

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = jsonable(self.source)

        destination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.destination, Unset):
            destination = jsonable(self.destination)

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = jsonable(self.schedule)

        parent_id = self.parent_id

        time_zone = self.time_zone

        hidden = self.hidden

        notifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notifications, Unset):
            notifications = jsonable(self.notifications)

        next_run_at = self.next_run_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "syncType": sync_type,
                "isOutbound": is_outbound,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source
        if destination is not UNSET:
            field_dict["destination"] = destination
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if time_zone is not UNSET:
            field_dict["timeZone"] = time_zone
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if notifications is not UNSET:
            field_dict["notifications"] = notifications
        if next_run_at is not UNSET:
            field_dict["nextRunAt"] = next_run_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        sync_type = d.pop("syncType", decode.MISSING)
        if type(sync_type) is not str:
            sync_type = decode.expect(sync_type, str, "syncType")

        is_outbound = d.pop("isOutbound", decode.MISSING)
        if type(is_outbound) is not bool:
            is_outbound = decode.expect(is_outbound, bool, "isOutbound")

        source = d.pop("source", UNSET)
        if source is not UNSET:
            source = decode.model(_models.PostImportsBodySource.from_dict, source, "source")

        destination = d.pop("destination", UNSET)
        if destination is not UNSET:
            destination = decode.model(_models.PostImportsBodyDestination.from_dict, destination, "destination")

        schedule = d.pop("schedule", UNSET)
        if schedule is not UNSET:
            schedule = decode.model(_models.JobScheduleInput.from_dict, schedule, "schedule")

        parent_id = d.pop("parentId", UNSET)
        if type(parent_id) is not int and parent_id is not UNSET:
            parent_id = decode.expect(parent_id, int, "parentId")

        time_zone = d.pop("timeZone", UNSET)
        if type(time_zone) is not str and time_zone is not UNSET:
            time_zone = decode.expect(time_zone, str, "timeZone")

        hidden = d.pop("hidden", UNSET)
        if type(hidden) is not bool and hidden is not UNSET:
            hidden = decode.expect(hidden, bool, "hidden")

        notifications = d.pop("notifications", UNSET)
        if notifications is not UNSET:
            notifications = decode.model(
                _models.JobNotificationsCreateRequest.from_dict, notifications, "notifications"
            )

        next_run_at = d.pop("nextRunAt", UNSET)
        if type(next_run_at) is not str and next_run_at is not UNSET:
            next_run_at = decode.expect(next_run_at, str, "nextRunAt")

        post_imports_body = cls.__new__(cls)
        post_imports_body.name = name
        post_imports_body.sync_type = sync_type
        post_imports_body.is_outbound = is_outbound
        post_imports_body.source = source
        post_imports_body.destination = destination
        post_imports_body.schedule = schedule
        post_imports_body.parent_id = parent_id
        post_imports_body.time_zone = time_zone
        post_imports_body.hidden = hidden
        post_imports_body.notifications = notifications
        post_imports_body.next_run_at = next_run_at

        post_imports_body.additional_properties = d if d else {}
        return post_imports_body

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
