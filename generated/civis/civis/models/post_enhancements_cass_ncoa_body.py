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
    from ..models.enhancement_cass_ncoa_columns_create_request import EnhancementCassNcoaColumnsCreateRequest
    from ..models.job_notifications_create_request import JobNotificationsCreateRequest
    from ..models.job_schedule_input import JobScheduleInput
    from ..models.post_enhancements_cass_ncoa_body_destination import PostEnhancementsCassNcoaBodyDestination
    from ..models.post_enhancements_cass_ncoa_body_source import PostEnhancementsCassNcoaBodySource


T = TypeVar("T", bound="PostEnhancementsCassNcoaBody")


@_attrs_define(slots=False)
class PostEnhancementsCassNcoaBody(ResponseMetadata):
    """
    Attributes:
        name (str):
        source (PostEnhancementsCassNcoaBodySource): Table holding the addresses.
        destination (PostEnhancementsCassNcoaBodyDestination | Unset):
        perform_ncoa (bool | Unset): Also look up change-of-address records.
        ncoa_credential_id (int | Unset):
        output_level (str | Unset): `cass` or `all` columns in the output.
        limiting_sql (str | Unset):
        batch_size (int | Unset):
        schedule (JobScheduleInput | Unset): Schedule settings to store on a job; every field is optional.
        parent_id (int | Unset):
        notifications (JobNotificationsCreateRequest | Unset):
        column_mapping (EnhancementCassNcoaColumnsCreateRequest | Unset):
        use_default_column_mapping (bool | Unset):
    """

    name: str
    source: PostEnhancementsCassNcoaBodySource
    destination: PostEnhancementsCassNcoaBodyDestination | Unset = UNSET
    perform_ncoa: bool | Unset = UNSET
    ncoa_credential_id: int | Unset = UNSET
    output_level: str | Unset = UNSET
    limiting_sql: str | Unset = UNSET
    batch_size: int | Unset = UNSET
    schedule: JobScheduleInput | Unset = UNSET
    parent_id: int | Unset = UNSET
    notifications: JobNotificationsCreateRequest | Unset = UNSET
    column_mapping: EnhancementCassNcoaColumnsCreateRequest | Unset = UNSET
    use_default_column_mapping: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        source = jsonable(self.source)

        destination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.destination, Unset):
            destination = jsonable(self.destination)

        perform_ncoa = self.perform_ncoa

        ncoa_credential_id = self.ncoa_credential_id

        output_level = self.output_level

        limiting_sql = self.limiting_sql

        batch_size = self.batch_size

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = jsonable(self.schedule)

        parent_id = self.parent_id

        notifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notifications, Unset):
            notifications = jsonable(self.notifications)

        column_mapping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.column_mapping, Unset):
            column_mapping = jsonable(self.column_mapping)

        use_default_column_mapping = self.use_default_column_mapping

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "source": source,
            }
        )
        if destination is not UNSET:
            field_dict["destination"] = destination
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
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if notifications is not UNSET:
            field_dict["notifications"] = notifications
        if column_mapping is not UNSET:
            field_dict["columnMapping"] = column_mapping
        if use_default_column_mapping is not UNSET:
            field_dict["useDefaultColumnMapping"] = use_default_column_mapping

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        source = decode.model(
            _models.PostEnhancementsCassNcoaBodySource.from_dict, d.pop("source", decode.MISSING), "source"
        )

        destination = d.pop("destination", UNSET)
        if destination is not UNSET:
            destination = decode.model(
                _models.PostEnhancementsCassNcoaBodyDestination.from_dict, destination, "destination"
            )

        perform_ncoa = d.pop("performNcoa", UNSET)
        if type(perform_ncoa) is not bool and perform_ncoa is not UNSET:
            perform_ncoa = decode.expect(perform_ncoa, bool, "performNcoa")

        ncoa_credential_id = d.pop("ncoaCredentialId", UNSET)
        if type(ncoa_credential_id) is not int and ncoa_credential_id is not UNSET:
            ncoa_credential_id = decode.expect(ncoa_credential_id, int, "ncoaCredentialId")

        output_level = d.pop("outputLevel", UNSET)
        if type(output_level) is not str and output_level is not UNSET:
            output_level = decode.expect(output_level, str, "outputLevel")

        limiting_sql = d.pop("limitingSQL", UNSET)
        if type(limiting_sql) is not str and limiting_sql is not UNSET:
            limiting_sql = decode.expect(limiting_sql, str, "limitingSQL")

        batch_size = d.pop("batchSize", UNSET)
        if type(batch_size) is not int and batch_size is not UNSET:
            batch_size = decode.expect(batch_size, int, "batchSize")

        schedule = d.pop("schedule", UNSET)
        if schedule is not UNSET:
            schedule = decode.model(_models.JobScheduleInput.from_dict, schedule, "schedule")

        parent_id = d.pop("parentId", UNSET)
        if type(parent_id) is not int and parent_id is not UNSET:
            parent_id = decode.expect(parent_id, int, "parentId")

        notifications = d.pop("notifications", UNSET)
        if notifications is not UNSET:
            notifications = decode.model(
                _models.JobNotificationsCreateRequest.from_dict, notifications, "notifications"
            )

        column_mapping = d.pop("columnMapping", UNSET)
        if column_mapping is not UNSET:
            column_mapping = decode.model(
                _models.EnhancementCassNcoaColumnsCreateRequest.from_dict, column_mapping, "columnMapping"
            )

        use_default_column_mapping = d.pop("useDefaultColumnMapping", UNSET)
        if type(use_default_column_mapping) is not bool and use_default_column_mapping is not UNSET:
            use_default_column_mapping = decode.expect(use_default_column_mapping, bool, "useDefaultColumnMapping")

        post_enhancements_cass_ncoa_body = cls.__new__(cls)
        post_enhancements_cass_ncoa_body.name = name
        post_enhancements_cass_ncoa_body.source = source
        post_enhancements_cass_ncoa_body.destination = destination
        post_enhancements_cass_ncoa_body.perform_ncoa = perform_ncoa
        post_enhancements_cass_ncoa_body.ncoa_credential_id = ncoa_credential_id
        post_enhancements_cass_ncoa_body.output_level = output_level
        post_enhancements_cass_ncoa_body.limiting_sql = limiting_sql
        post_enhancements_cass_ncoa_body.batch_size = batch_size
        post_enhancements_cass_ncoa_body.schedule = schedule
        post_enhancements_cass_ncoa_body.parent_id = parent_id
        post_enhancements_cass_ncoa_body.notifications = notifications
        post_enhancements_cass_ncoa_body.column_mapping = column_mapping
        post_enhancements_cass_ncoa_body.use_default_column_mapping = use_default_column_mapping

        post_enhancements_cass_ncoa_body.additional_properties = d if d else {}
        return post_enhancements_cass_ncoa_body

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
