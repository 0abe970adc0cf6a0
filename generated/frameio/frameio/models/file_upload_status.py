from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import rfc3339

T = TypeVar("T", bound="FileUploadStatus")


@_attrs_define
class FileUploadStatus:
    """Progress of an upload.

    Attributes:
        id (UUID):
        filetype (str):  Example: video/mp4.
        upload_complete (bool):
        upload_failed (bool):
        uploaded_at (datetime.datetime | None):
        upload_completed_at (datetime.datetime | None):
    """

    id: UUID
    filetype: str
    upload_complete: bool
    upload_failed: bool
    uploaded_at: datetime.datetime | None
    upload_completed_at: datetime.datetime | None

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        filetype = self.filetype

        upload_complete = self.upload_complete

        upload_failed = self.upload_failed

        uploaded_at: None | str
        if isinstance(self.uploaded_at, datetime.datetime):
            uploaded_at = rfc3339(self.uploaded_at)
        else:
            uploaded_at = self.uploaded_at

        upload_completed_at: None | str
        if isinstance(self.upload_completed_at, datetime.datetime):
            upload_completed_at = rfc3339(self.upload_completed_at)
        else:
            upload_completed_at = self.upload_completed_at

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "filetype": filetype,
                "upload_complete": upload_complete,
                "upload_failed": upload_failed,
                "uploaded_at": uploaded_at,
                "upload_completed_at": upload_completed_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = decode.uuid(d.pop("id", decode.MISSING), "id")

        filetype = d.pop("filetype", decode.MISSING)
        if type(filetype) is not str:
            filetype = decode.expect(filetype, str, "filetype")

        upload_complete = d.pop("upload_complete", decode.MISSING)
        if type(upload_complete) is not bool:
            upload_complete = decode.expect(upload_complete, bool, "upload_complete")

        upload_failed = d.pop("upload_failed", decode.MISSING)
        if type(upload_failed) is not bool:
            upload_failed = decode.expect(upload_failed, bool, "upload_failed")

        uploaded_at = d.pop("uploaded_at", decode.MISSING)
        if uploaded_at is not None:
            uploaded_at = decode.date_time(uploaded_at, "uploaded_at", expected="one of datetime.datetime | None")

        upload_completed_at = d.pop("upload_completed_at", decode.MISSING)
        if upload_completed_at is not None:
            upload_completed_at = decode.date_time(
                upload_completed_at, "upload_completed_at", expected="one of datetime.datetime | None"
            )

        file_upload_status = cls.__new__(cls)
        file_upload_status.id = id
        file_upload_status.filetype = filetype
        file_upload_status.upload_complete = upload_complete
        file_upload_status.upload_failed = upload_failed
        file_upload_status.uploaded_at = uploaded_at
        file_upload_status.upload_completed_at = upload_completed_at

        return file_upload_status
