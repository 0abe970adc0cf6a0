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
    from ..models.import_data_source import ImportDataSource
    from ..models.job_run import JobRun
    from ..models.user_simple import UserSimple


T = TypeVar("T", bound="ImportSummary")


@_attrs_define(slots=False)
class ImportSummary(ResponseMetadata):
    """
    Attributes:
        id (int):
        name (str):
        sync_type (str):
        source (ImportDataSource):
        destination (ImportDataSource):
        is_outbound (bool):
        job_type (str):
        state (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        last_run (JobRun): One execution of a job.
        user (UserSimple): Short reference to a user.
        archived (str):
    """

    id: int
    name: str
    sync_type: str
    source: ImportDataSource
    destination: ImportDataSource
    is_outbound: bool
    job_type: str
    state: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    last_run: JobRun
    user: UserSimple
    archived: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        sync_type = self.sync_type

        source = jsonable(self.source)

        destination = jsonable(self.destination)

        is_outbound = self.is_outbound

        job_type = self.job_type

        state = self.state

        created_at = rfc3339(self.created_at)

        updated_at = rfc3339(self.updated_at)

        last_run = jsonable(self.last_run)

        user = jsonable(self.user)

        archived = self.archived

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "syncType": sync_type,
                "source": source,
                "destination": destination,
                "isOutbound": is_outbound,
                "jobType": job_type,
                "state": state,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "lastRun": last_run,
                "user": user,
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

        archived = d.pop("archived", decode.MISSING)
        if type(archived) is not str:
            archived = decode.expect(archived, str, "archived")

        import_summary = cls.__new__(cls)
        import_summary.id = id
        import_summary.name = name
        import_summary.sync_type = sync_type
        import_summary.source = source
        import_summary.destination = destination
        import_summary.is_outbound = is_outbound
        import_summary.job_type = job_type
        import_summary.state = state
        import_summary.created_at = created_at
        import_summary.updated_at = updated_at
        import_summary.last_run = last_run
        import_summary.user = user
        import_summary.archived = archived

        import_summary.additional_properties = d if d else {}
        return import_summary

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
