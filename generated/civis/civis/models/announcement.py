from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import rfc3339
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

T = TypeVar("T", bound="Announcement")


@_attrs_define(slots=False)
class Announcement(ResponseMetadata):
    """A product announcement.

    Attributes:
        id (int):
        subject (str):
        body (str): Markdown text.
        released_at (datetime.datetime):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: int
    subject: str
    body: str
    released_at: datetime.datetime
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        subject = self.subject

        body = self.body

        released_at = rfc3339(self.released_at)

        created_at = rfc3339(self.created_at)

        updated_at = rfc3339(self.updated_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "subject": subject,
                "body": body,
                "releasedAt": released_at,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", decode.MISSING)
        if type(id) is not int:
            id = decode.expect(id, int, "id")

        subject = d.pop("subject", decode.MISSING)
        if type(subject) is not str:
            subject = decode.expect(subject, str, "subject")

        body = d.pop("body", decode.MISSING)
        if type(body) is not str:
            body = decode.expect(body, str, "body")

        released_at = decode.date_time(d.pop("releasedAt", decode.MISSING), "releasedAt")

        created_at = decode.date_time(d.pop("createdAt", decode.MISSING), "createdAt")

        updated_at = decode.date_time(d.pop("updatedAt", decode.MISSING), "updatedAt")

        announcement = cls.__new__(cls)
        announcement.id = id
        announcement.subject = subject
        announcement.body = body
        announcement.released_at = released_at
        announcement.created_at = created_at
        announcement.updated_at = updated_at

        announcement.additional_properties = d if d else {}
        return announcement

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
