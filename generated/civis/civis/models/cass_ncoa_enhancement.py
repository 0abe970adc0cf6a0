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
    from ..models.cass_ncoa_enhancement_source import CassNcoaEnhancementSource
    from ..models.enhancement_cass_ncoa_columns import EnhancementCassNcoaColumns
    from ..models.enhancement_cass_ncoa_dest_params import EnhancementCassNcoaDestParams
    from ..models.job_notifications import JobNotifications
    from ..models.job_schedule import JobSchedule
    from ..models.user_simple import UserSimple
    from ..models.user_simple_user import UserSimpleUser


T = TypeVar("T", bound="CassNcoaEnhancement")


@plain_names({"type": "type_"})
@_attrs_define(slots=False)
class CassNcoaEnhancement(ResponseMetadata):
    """Address cleaning (CASS) and change-of-address (NCOA) job.

    Attributes:
        id (int):
        name (str):
        type_ (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        state (str):
        source (CassNcoaEnhancementSource):
        author (UserSimple | Unset): Short reference to a user.
        schedule (JobSchedule | Unset): When a job runs by itself.
        perform_ncoa (bool | Unset):
        ncoa_credential_id (int | None | Unset):
        output_level (str | Unset):
        limiting_sql (None | str | Unset):
        batch_size (int | Unset):
        archived (str | Unset):
        notifications (JobNotifications | Unset): Who is told when a job finishes.
        running_as (UserSimpleUser | Unset):
        my_permission_level (str | Unset):
        destination (EnhancementCassNcoaDestParams | Unset):
        column_mapping (EnhancementCassNcoaColumns | Unset):
        use_default_column_mapping (bool | Unset):
        parent_id (int | Unset):
    """

    id: int
    name: str
    type_: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    state: str
    source: CassNcoaEnhancementSource
    author: UserSimple | Unset = UNSET
    schedule: JobSchedule | Unset = UNSET
    perform_ncoa: bool | Unset = UNSET
    ncoa_credential_id: int | None | Unset = UNSET
    output_level: str | Unset = UNSET
    limiting_sql: None | str | Unset = UNSET
    batch_size: int | Unset = UNSET
    archived: str | Unset = UNSET
    notifications: JobNotifications | Unset = UNSET
    running_as: UserSimpleUser | Unset = UNSET
    my_permission_level: str | Unset = UNSET
    destination: EnhancementCassNcoaDestParams | Unset = UNSET
    column_mapping: EnhancementCassNcoaColumns | Unset = UNSET
    use_default_column_mapping: bool | Unset = UNSET
    parent_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        created_at = rfc3339(self.created_at)

        updated_at = rfc3339(self.updated_at)

        state = self.state

        source = jsonable(self.source)

        author: dict[str, Any] | Unset = UNSET
        if not isinstance(self.author, Unset):
            author = jsonable(self.author)

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = jsonable(self.schedule)

        perform_ncoa = self.perform_ncoa

        ncoa_credential_id: int | None | Unset
        if isinstance(self.ncoa_credential_id, Unset):
            ncoa_credential_id = UNSET
        else:
            ncoa_credential_id = self.ncoa_credential_id

        output_level = self.output_level

        limiting_sql: None | str | Unset
        if isinstance(self.limiting_sql, Unset):
            limiting_sql = UNSET
        else:
            limiting_sql = self.limiting_sql

        batch_size = self.batch_size

        archived = self.archived

        notifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notifications, Unset):
            notifications = jsonable(self.notifications)

        running_as: dict[str, Any] | Unset = UNSET
        if not isinstance(self.running_as, Unset):
            running_as = jsonable(self.running_as)

        my_permission_level = self.my_permission_level

        destination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.destination, Unset):
            destination = jsonable(self.destination)

        column_mapping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.column_mapping, Unset):
            column_mapping = jsonable(self.column_mapping)

        use_default_column_mapping = self.use_default_column_mapping

        parent_id = self.parent_id

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
                "source": source,
            }
        )
        if author is not UNSET:
            field_dict["author"] = author
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if perform_ncoa is not UNSET:
            field_dict["performNcoa"] = perform_ncoa
        if ncoa_credential_id is not UNSET:
            field_dict["ncoaCredentialId"] = ncoa_credential_id
        if output_level is not UNSET:
            field_dict["outputLevel"] = output_level
        if limiting_sql is not UNSET:
            field_dict["limitingSQL"] = limiting_sql
        if batch_size is not UNSET:
            field_dict["batchSize"] = batch_size
        if archived is not UNSET:
            field_dict["archived"] = archived
        if notifications is not UNSET:
            field_dict["notifications"] = notifications
        if running_as is not UNSET:
            field_dict["runningAs"] = running_as
        if my_permission_level is not UNSET:
            field_dict["myPermissionLevel"] = my_permission_level
        if destination is not UNSET:
            field_dict["destination"] = destination
        if column_mapping is not UNSET:
            field_dict["columnMapping"] = column_mapping
        if use_default_column_mapping is not UNSET:
            field_dict["useDefaultColumnMapping"] = use_default_column_mapping
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id

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

        source = decode.model(_models.CassNcoaEnhancementSource.from_dict, d.pop("source", decode.MISSING), "source")

        author = d.pop("author", UNSET)
        if author is not UNSET:
            author = decode.model(_models.UserSimple.from_dict, author, "author")

        schedule = d.pop("schedule", UNSET)
        if schedule is not UNSET:
            schedule = decode.model(_models.JobSchedule.from_dict, schedule, "schedule")

        perform_ncoa = d.pop("performNcoa", UNSET)
        if type(perform_ncoa) is not bool and perform_ncoa is not UNSET:
            perform_ncoa = decode.expect(perform_ncoa, bool, "performNcoa")

        ncoa_credential_id = d.pop("ncoaCredentialId", UNSET)
        if ncoa_credential_id is not None and type(ncoa_credential_id) is not int and ncoa_credential_id is not UNSET:
            ncoa_credential_id = decode.expect(ncoa_credential_id, int, "ncoaCredentialId", "one of int | None")

        output_level = d.pop("outputLevel", UNSET)
        if type(output_level) is not str and output_level is not UNSET:
            output_level = decode.expect(output_level, str, "outputLevel")

        limiting_sql = d.pop("limitingSQL", UNSET)
        if limiting_sql is not None and type(limiting_sql) is not str and limiting_sql is not UNSET:
            limiting_sql = decode.expect(limiting_sql, str, "limitingSQL", "one of None | str")

        batch_size = d.pop("batchSize", UNSET)
        if type(batch_size) is not int and batch_size is not UNSET:
            batch_size = decode.expect(batch_size, int, "batchSize")

        archived = d.pop("archived", UNSET)
        if type(archived) is not str and archived is not UNSET:
            archived = decode.expect(archived, str, "archived")

        notifications = d.pop("notifications", UNSET)
        if notifications is not UNSET:
            notifications = decode.model(_models.JobNotifications.from_dict, notifications, "notifications")

        running_as = d.pop("runningAs", UNSET)
        if running_as is not UNSET:
            running_as = decode.model(_models.UserSimpleUser.from_dict, running_as, "runningAs")

        my_permission_level = d.pop("myPermissionLevel", UNSET)
        if type(my_permission_level) is not str and my_permission_level is not UNSET:
            my_permission_level = decode.expect(my_permission_level, str, "myPermissionLevel")

        destination = d.pop("destination", UNSET)
        if destination is not UNSET:
            destination = decode.model(_models.EnhancementCassNcoaDestParams.from_dict, destination, "destination")

        column_mapping = d.pop("columnMapping", UNSET)
        if column_mapping is not UNSET:
            column_mapping = decode.model(_models.EnhancementCassNcoaColumns.from_dict, column_mapping, "columnMapping")

        use_default_column_mapping = d.pop("useDefaultColumnMapping", UNSET)
        if type(use_default_column_mapping) is not bool and use_default_column_mapping is not UNSET:
            use_default_column_mapping = decode.expect(use_default_column_mapping, bool, "useDefaultColumnMapping")

        parent_id = d.pop("parentId", UNSET)
        if type(parent_id) is not int and parent_id is not UNSET:
            parent_id = decode.expect(parent_id, int, "parentId")

        cass_ncoa_enhancement = cls.__new__(cls)
        cass_ncoa_enhancement.id = id
        cass_ncoa_enhancement.name = name
        cass_ncoa_enhancement.type_ = type_
        cass_ncoa_enhancement.created_at = created_at
        cass_ncoa_enhancement.updated_at = updated_at
        cass_ncoa_enhancement.state = state
        cass_ncoa_enhancement.source = source
        cass_ncoa_enhancement.author = author
        cass_ncoa_enhancement.schedule = schedule
        cass_ncoa_enhancement.perform_ncoa = perform_ncoa
        cass_ncoa_enhancement.ncoa_credential_id = ncoa_credential_id
        cass_ncoa_enhancement.output_level = output_level
        cass_ncoa_enhancement.limiting_sql = limiting_sql
        cass_ncoa_enhancement.batch_size = batch_size
        cass_ncoa_enhancement.archived = archived
        cass_ncoa_enhancement.notifications = notifications
        cass_ncoa_enhancement.running_as = running_as
        cass_ncoa_enhancement.my_permission_level = my_permission_level
        cass_ncoa_enhancement.destination = destination
        cass_ncoa_enhancement.column_mapping = column_mapping
        cass_ncoa_enhancement.use_default_column_mapping = use_default_column_mapping
        cass_ncoa_enhancement.parent_id = parent_id

        cass_ncoa_enhancement.additional_properties = d if d else {}
        return cass_ncoa_enhancement

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
