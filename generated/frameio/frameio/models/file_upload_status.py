from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

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

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        filetype = self.filetype

        upload_complete = self.upload_complete

        upload_failed = self.upload_failed

        uploaded_at: None | str
        if isinstance(self.uploaded_at, datetime.datetime):
            uploaded_at = self.uploaded_at.isoformat()
        else:
            uploaded_at = self.uploaded_at

        upload_completed_at: None | str
        if isinstance(self.upload_completed_at, datetime.datetime):
            upload_completed_at = self.upload_completed_at.isoformat()
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
        id = UUID(d.pop("id"))

        filetype = d.pop("filetype")

        upload_complete = d.pop("upload_complete")

        upload_failed = d.pop("upload_failed")

        def _parse_uploaded_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                uploaded_at_type_0 = datetime.datetime.fromisoformat(data)

                return uploaded_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        uploaded_at = _parse_uploaded_at(d.pop("uploaded_at"))

        def _parse_upload_completed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                upload_completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return upload_completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        upload_completed_at = _parse_upload_completed_at(d.pop("upload_completed_at"))

        file_upload_status = cls(
            id=id,
            filetype=filetype,
            upload_complete=upload_complete,
            upload_failed=upload_failed,
            uploaded_at=uploaded_at,
            upload_completed_at=upload_completed_at,
        )

        return file_upload_status
