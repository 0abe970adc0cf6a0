from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobNotifications")


@_attrs_define(slots=False)
class JobNotifications(ResponseMetadata):
    """Who is told when a job finishes.

    Attributes:
        urls (list[str]):
        success_email_subject (str):
        success_email_body (str):
        success_email_addresses (list[str]):
        failure_email_addresses (list[str]):
        stall_warning_minutes (int):
        success_on (bool):
        failure_on (bool):
        success_email_from_name (str | Unset):
        success_email_reply_to (str | Unset):
    """

    urls: list[str]
    success_email_subject: str
    success_email_body: str
    success_email_addresses: list[str]
    failure_email_addresses: list[str]
    stall_warning_minutes: int
    success_on: bool
    failure_on: bool
    success_email_from_name: str | Unset = UNSET
    success_email_reply_to: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        urls = self.urls

        success_email_subject = self.success_email_subject

        success_email_body = self.success_email_body

        success_email_addresses = self.success_email_addresses

        failure_email_addresses = self.failure_email_addresses

        stall_warning_minutes = self.stall_warning_minutes

        success_on = self.success_on

        failure_on = self.failure_on

        success_email_from_name = self.success_email_from_name

        success_email_reply_to = self.success_email_reply_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "urls": urls,
                "successEmailSubject": success_email_subject,
                "successEmailBody": success_email_body,
                "successEmailAddresses": success_email_addresses,
                "failureEmailAddresses": failure_email_addresses,
                "stallWarningMinutes": stall_warning_minutes,
                "successOn": success_on,
                "failureOn": failure_on,
            }
        )
        if success_email_from_name is not UNSET:
            field_dict["successEmailFromName"] = success_email_from_name
        if success_email_reply_to is not UNSET:
            field_dict["successEmailReplyTo"] = success_email_reply_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        urls = decode.scalar_array(d.pop("urls", decode.MISSING), str, "urls")

        success_email_subject = d.pop("successEmailSubject", decode.MISSING)
        if type(success_email_subject) is not str:
            success_email_subject = decode.expect(success_email_subject, str, "successEmailSubject")

        success_email_body = d.pop("successEmailBody", decode.MISSING)
        if type(success_email_body) is not str:
            success_email_body = decode.expect(success_email_body, str, "successEmailBody")

        success_email_addresses = decode.scalar_array(
            d.pop("successEmailAddresses", decode.MISSING), str, "successEmailAddresses"
        )

        failure_email_addresses = decode.scalar_array(
            d.pop("failureEmailAddresses", decode.MISSING), str, "failureEmailAddresses"
        )

        stall_warning_minutes = d.pop("stallWarningMinutes", decode.MISSING)
        if type(stall_warning_minutes) is not int:
            stall_warning_minutes = decode.expect(stall_warning_minutes, int, "stallWarningMinutes")

        success_on = d.pop("successOn", decode.MISSING)
        if type(success_on) is not bool:
            success_on = decode.expect(success_on, bool, "successOn")

        failure_on = d.pop("failureOn", decode.MISSING)
        if type(failure_on) is not bool:
            failure_on = decode.expect(failure_on, bool, "failureOn")

        success_email_from_name = d.pop("successEmailFromName", UNSET)
        if type(success_email_from_name) is not str and success_email_from_name is not UNSET:
            success_email_from_name = decode.expect(success_email_from_name, str, "successEmailFromName")

        success_email_reply_to = d.pop("successEmailReplyTo", UNSET)
        if type(success_email_reply_to) is not str and success_email_reply_to is not UNSET:
            success_email_reply_to = decode.expect(success_email_reply_to, str, "successEmailReplyTo")

        job_notifications = cls.__new__(cls)
        job_notifications.urls = urls
        job_notifications.success_email_subject = success_email_subject
        job_notifications.success_email_body = success_email_body
        job_notifications.success_email_addresses = success_email_addresses
        job_notifications.failure_email_addresses = failure_email_addresses
        job_notifications.stall_warning_minutes = stall_warning_minutes
        job_notifications.success_on = success_on
        job_notifications.failure_on = failure_on
        job_notifications.success_email_from_name = success_email_from_name
        job_notifications.success_email_reply_to = success_email_reply_to

        job_notifications.additional_properties = d if d else {}
        return job_notifications

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
