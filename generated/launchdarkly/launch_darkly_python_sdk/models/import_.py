from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..models.import_status import ImportStatus, check_import_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.import_files_item import ImportFilesItem
    from ..models.import_links import ImportLinks


T = TypeVar("T", bound="Import")


@_attrs_define
class Import:
    """A big-segment import job.

    Attributes:
        id (str):
        segment_key (str):  Example: beta-testers.
        creation_time (int): Milliseconds since the Unix epoch. Example: 1700000000000.
        mode (str):  Example: replace.
        status (ImportStatus | str):  Example: complete.
        files (list[ImportFilesItem] | Unset):
        field_links (ImportLinks | Unset):
    """

    id: str
    segment_key: str
    creation_time: int
    mode: str
    status: ImportStatus | str
    files: list[ImportFilesItem] | Unset = UNSET
    field_links: ImportLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        segment_key = self.segment_key

        creation_time = self.creation_time

        mode = self.mode

        status: str = self.status

        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = jsonable(files_item_data)
                files.append(files_item)

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = jsonable(self.field_links)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "segmentKey": segment_key,
                "creationTime": creation_time,
                "mode": mode,
                "status": status,
            }
        )
        if files is not UNSET:
            field_dict["files"] = files
        if field_links is not UNSET:
            field_dict["_links"] = field_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", decode.MISSING)
        if type(id) is not str:
            id = decode.expect(id, str, "id")

        segment_key = d.pop("segmentKey", decode.MISSING)
        if type(segment_key) is not str:
            segment_key = decode.expect(segment_key, str, "segmentKey")

        creation_time = d.pop("creationTime", decode.MISSING)
        if type(creation_time) is not int:
            creation_time = decode.expect(creation_time, int, "creationTime")

        mode = d.pop("mode", decode.MISSING)
        if type(mode) is not str:
            mode = decode.expect(mode, str, "mode")

        status = check_import_status(d.pop("status", decode.MISSING), "status")

        files = d.pop("files", UNSET)
        if files is not UNSET:
            files = decode.model_array(_models.ImportFilesItem.from_dict, files, "files")

        field_links = d.pop("_links", UNSET)
        if field_links is not UNSET:
            field_links = decode.model(_models.ImportLinks.from_dict, field_links, "_links")

        import_ = cls.__new__(cls)
        import_.id = id
        import_.segment_key = segment_key
        import_.creation_time = creation_time
        import_.mode = mode
        import_.status = status
        import_.files = files
        import_.field_links = field_links

        import_.additional_properties = d if d else {}
        return import_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
