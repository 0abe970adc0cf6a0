from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostResultsIdSnapshotsBody")


@_attrs_define(slots=False)
class PostResultsIdSnapshotsBody(ResponseMetadata):
    """
    Attributes:
        state (str | Unset):
        finished_at (str | Unset):
        send_email_on_completion (str | Unset):
        email_template (str | Unset):
        recipient_email_addresses (str | Unset):
        email_subject (str | Unset):
        height (str | Unset):
        width (str | Unset):
        schedule (str | Unset):
        parent_id (str | Unset):
    """

    state: str | Unset = UNSET
    finished_at: str | Unset = UNSET
    send_email_on_completion: str | Unset = UNSET
    email_template: str | Unset = UNSET
    recipient_email_addresses: str | Unset = UNSET
    email_subject: str | Unset = UNSET
    height: str | Unset = UNSET
    width: str | Unset = UNSET
    schedule: str | Unset = UNSET
    parent_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        state = self.state

        finished_at = self.finished_at

        send_email_on_completion = self.send_email_on_completion

        email_template = self.email_template

        recipient_email_addresses = self.recipient_email_addresses

        email_subject = self.email_subject

        height = self.height

        width = self.width

        schedule = self.schedule

        parent_id = self.parent_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if state is not UNSET:
            field_dict["state"] = state
        if finished_at is not UNSET:
            field_dict["finishedAt"] = finished_at
        if send_email_on_completion is not UNSET:
            field_dict["sendEmailOnCompletion"] = send_email_on_completion
        if email_template is not UNSET:
            field_dict["emailTemplate"] = email_template
        if recipient_email_addresses is not UNSET:
            field_dict["recipientEmailAddresses"] = recipient_email_addresses
        if email_subject is not UNSET:
            field_dict["emailSubject"] = email_subject
        if height is not UNSET:
            field_dict["height"] = height
        if width is not UNSET:
            field_dict["width"] = width
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        state = d.pop("state", UNSET)
        if type(state) is not str and state is not UNSET:
            state = decode.expect(state, str, "state")

        finished_at = d.pop("finishedAt", UNSET)
        if type(finished_at) is not str and finished_at is not UNSET:
            finished_at = decode.expect(finished_at, str, "finishedAt")

        send_email_on_completion = d.pop("sendEmailOnCompletion", UNSET)
        if type(send_email_on_completion) is not str and send_email_on_completion is not UNSET:
            send_email_on_completion = decode.expect(send_email_on_completion, str, "sendEmailOnCompletion")

        email_template = d.pop("emailTemplate", UNSET)
        if type(email_template) is not str and email_template is not UNSET:
            email_template = decode.expect(email_template, str, "emailTemplate")

        recipient_email_addresses = d.pop("recipientEmailAddresses", UNSET)
        if type(recipient_email_addresses) is not str and recipient_email_addresses is not UNSET:
            recipient_email_addresses = decode.expect(recipient_email_addresses, str, "recipientEmailAddresses")

        email_subject = d.pop("emailSubject", UNSET)
        if type(email_subject) is not str and email_subject is not UNSET:
            email_subject = decode.expect(email_subject, str, "emailSubject")

        height = d.pop("height", UNSET)
        if type(height) is not str and height is not UNSET:
            height = decode.expect(height, str, "height")

        width = d.pop("width", UNSET)
        if type(width) is not str and width is not UNSET:
            width = decode.expect(width, str, "width")

        schedule = d.pop("schedule", UNSET)
        if type(schedule) is not str and schedule is not UNSET:
            schedule = decode.expect(schedule, str, "schedule")

        parent_id = d.pop("parentId", UNSET)
        if type(parent_id) is not str and parent_id is not UNSET:
            parent_id = decode.expect(parent_id, str, "parentId")

        post_results_id_snapshots_body = cls.__new__(cls)
        post_results_id_snapshots_body.state = state
        post_results_id_snapshots_body.finished_at = finished_at
        post_results_id_snapshots_body.send_email_on_completion = send_email_on_completion
        post_results_id_snapshots_body.email_template = email_template
        post_results_id_snapshots_body.recipient_email_addresses = recipient_email_addresses
        post_results_id_snapshots_body.email_subject = email_subject
        post_results_id_snapshots_body.height = height
        post_results_id_snapshots_body.width = width
        post_results_id_snapshots_body.schedule = schedule
        post_results_id_snapshots_body.parent_id = parent_id

        post_results_id_snapshots_body.additional_properties = d if d else {}
        return post_results_id_snapshots_body

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
