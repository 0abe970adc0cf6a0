from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowNotificationsCreateRequest")


@_attrs_define(slots=False)
class WorkflowNotificationsCreateRequest(ResponseMetadata):
    """
    Attributes:
        urls (list[str] | Unset):
        success_email_subject (str | Unset):
        success_email_body (str | Unset):
        success_email_addresses (list[str] | Unset):
        failure_email_addresses (list[str] | Unset):
        stall_warning_minutes (int | Unset):
        success_on (bool | Unset):
        failure_on (bool | Unset):
    """

    urls: list[str] | Unset = UNSET
    success_email_subject: str | Unset = UNSET
    success_email_body: str | Unset = UNSET
    success_email_addresses: list[str] | Unset = UNSET
    failure_email_addresses: list[str] | Unset = UNSET
    stall_warning_minutes: int | Unset = UNSET
    success_on: bool | Unset = UNSET
    failure_on: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        urls: list[str] | Unset = UNSET
        if not isinstance(self.urls, Unset):
            urls = self.urls

        success_email_subject = self.success_email_subject

        success_email_body = self.success_email_body

        success_email_addresses: list[str] | Unset = UNSET
        if not isinstance(self.success_email_addresses, Unset):
            success_email_addresses = self.success_email_addresses

        failure_email_addresses: list[str] | Unset = UNSET
        if not isinstance(self.failure_email_addresses, Unset):
            failure_email_addresses = self.failure_email_addresses

        stall_warning_minutes = self.stall_warning_minutes

        success_on = self.success_on

        failure_on = self.failure_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if urls is not UNSET:
            field_dict["urls"] = urls
        if success_email_subject is not UNSET:
            field_dict["successEmailSubject"] = success_email_subject
        if success_email_body is not UNSET:
            field_dict["successEmailBody"] = success_email_body
        if success_email_addresses is not UNSET:
            field_dict["successEmailAddresses"] = success_email_addresses
        if failure_email_addresses is not UNSET:
            field_dict["failureEmailAddresses"] = failure_email_addresses
        if stall_warning_minutes is not UNSET:
            field_dict["stallWarningMinutes"] = stall_warning_minutes
        if success_on is not UNSET:
            field_dict["successOn"] = success_on
        if failure_on is not UNSET:
            field_dict["failureOn"] = failure_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        urls = d.pop("urls", UNSET)
        if urls is not UNSET:
            urls = decode.scalar_array(urls, str, "urls")

        success_email_subject = d.pop("successEmailSubject", UNSET)
        if type(success_email_subject) is not str and success_email_subject is not UNSET:
            success_email_subject = decode.expect(success_email_subject, str, "successEmailSubject")

        success_email_body = d.pop("successEmailBody", UNSET)
        if type(success_email_body) is not str and success_email_body is not UNSET:
            success_email_body = decode.expect(success_email_body, str, "successEmailBody")

        success_email_addresses = d.pop("successEmailAddresses", UNSET)
        if success_email_addresses is not UNSET:
            success_email_addresses = decode.scalar_array(success_email_addresses, str, "successEmailAddresses")

        failure_email_addresses = d.pop("failureEmailAddresses", UNSET)
        if failure_email_addresses is not UNSET:
            failure_email_addresses = decode.scalar_array(failure_email_addresses, str, "failureEmailAddresses")

        stall_warning_minutes = d.pop("stallWarningMinutes", UNSET)
        if type(stall_warning_minutes) is not int and stall_warning_minutes is not UNSET:
            stall_warning_minutes = decode.expect(stall_warning_minutes, int, "stallWarningMinutes")

        success_on = d.pop("successOn", UNSET)
        if type(success_on) is not bool and success_on is not UNSET:
            success_on = decode.expect(success_on, bool, "successOn")

        failure_on = d.pop("failureOn", UNSET)
        if type(failure_on) is not bool and failure_on is not UNSET:
            failure_on = decode.expect(failure_on, bool, "failureOn")

        workflow_notifications_create_request = cls.__new__(cls)
        workflow_notifications_create_request.urls = urls
        workflow_notifications_create_request.success_email_subject = success_email_subject
        workflow_notifications_create_request.success_email_body = success_email_body
        workflow_notifications_create_request.success_email_addresses = success_email_addresses
        workflow_notifications_create_request.failure_email_addresses = failure_email_addresses
        workflow_notifications_create_request.stall_warning_minutes = stall_warning_minutes
        workflow_notifications_create_request.success_on = success_on
        workflow_notifications_create_request.failure_on = failure_on

        workflow_notifications_create_request.additional_properties = d if d else {}
        return workflow_notifications_create_request

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
