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
    from ..models.import_data_source_create_request import ImportDataSourceCreateRequest
    from ..models.job_notifications_create_request import JobNotificationsCreateRequest
    from ..models.job_schedule_create_request import JobScheduleCreateRequest


T = TypeVar("T", bound="ImportUpdateRequest")


@_attrs_define(slots=False)
class ImportUpdateRequest(ResponseMetadata):
    """
    Attributes:
        name (str):
        sync_type (str):
        is_outbound (bool):
        source (ImportDataSourceCreateRequest | Unset):
        destination (ImportDataSourceCreateRequest | Unset):
        schedule (JobScheduleCreateRequest | Unset):
        notifications (JobNotificationsCreateRequest | Unset):
        parent_id (int | Unset):
        next_run_at (str | Unset):
        time_zone (str | Unset):
    """

    name: str
    sync_type: str
    is_outbound: bool
    source: ImportDataSourceCreateRequest | Unset = UNSET
    destination: ImportDataSourceCreateRequest | Unset = UNSET
    schedule: JobScheduleCreateRequest | Unset = UNSET
    notifications: JobNotificationsCreateRequest | Unset = UNSET
    parent_id: int | Unset = UNSET
    next_run_at: str | Unset = UNSET
    time_zone: str | Unset = UNSET
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

        notifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notifications, Unset):
            notifications = jsonable(self.notifications)

        parent_id = self.parent_id

        next_run_at = self.next_run_at

        time_zone = self.time_zone

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
        if notifications is not UNSET:
            field_dict["notifications"] = notifications
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if next_run_at is not UNSET:
            field_dict["nextRunAt"] = next_run_at
        if time_zone is not UNSET:
            field_dict["timeZone"] = time_zone

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
            source = decode.model(_models.ImportDataSourceCreateRequest.from_dict, source, "source")

        destination = d.pop("destination", UNSET)
        if destination is not UNSET:
            destination = decode.model(_models.ImportDataSourceCreateRequest.from_dict, destination, "destination")

        schedule = d.pop("schedule", UNSET)
        if schedule is not UNSET:
            schedule = decode.model(_models.JobScheduleCreateRequest.from_dict, schedule, "schedule")

        notifications = d.pop("notifications", UNSET)
        if notifications is not UNSET:
            notifications = decode.model(
                _models.JobNotificationsCreateRequest.from_dict, notifications, "notifications"
            )

        parent_id = d.pop("parentId", UNSET)
        if type(parent_id) is not int and parent_id is not UNSET:
            parent_id = decode.expect(parent_id, int, "parentId")

        next_run_at = d.pop("nextRunAt", UNSET)
        if type(next_run_at) is not str and next_run_at is not UNSET:
            next_run_at = decode.expect(next_run_at, str, "nextRunAt")

        time_zone = d.pop("timeZone", UNSET)
        if type(time_zone) is not str and time_zone is not UNSET:
            time_zone = decode.expect(time_zone, str, "timeZone")

        import_update_request = cls.__new__(cls)
        import_update_request.name = name
        import_update_request.sync_type = sync_type
        import_update_request.is_outbound = is_outbound
        import_update_request.source = source
        import_update_request.destination = destination
        import_update_request.schedule = schedule
        import_update_request.notifications = notifications
        import_update_request.parent_id = parent_id
        import_update_request.next_run_at = next_run_at
        import_update_request.time_zone = time_zone

        import_update_request.additional_properties = d if d else {}
        return import_update_request

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
