from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.export_initiator import ExportInitiator
    from ..models.export_links import ExportLinks


T = TypeVar("T", bound="Export")


@_attrs_define
class Export:
    """A big-segment export job.

    Attributes:
        id (str):
        segment_key (str):  Example: beta-testers.
        creation_time (int): Milliseconds since the Unix epoch. Example: 1700000000000.
        status (str):  Example: complete.
        size_bytes (int):
        size (str):  Example: 18 B.
        initiator (ExportInitiator):
        field_links (ExportLinks | Unset):
    """

    id: str
    segment_key: str
    creation_time: int
    status: str
    size_bytes: int
    size: str
    initiator: ExportInitiator
    field_links: ExportLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        segment_key = self.segment_key

        creation_time = self.creation_time

        status = self.status

        size_bytes = self.size_bytes

        size = self.size

        initiator = jsonable(self.initiator)

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
                "status": status,
                "sizeBytes": size_bytes,
                "size": size,
                "initiator": initiator,
            }
        )
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

        status = d.pop("status", decode.MISSING)
        if type(status) is not str:
            status = decode.expect(status, str, "status")

        size_bytes = d.pop("sizeBytes", decode.MISSING)
        if type(size_bytes) is not int:
            size_bytes = decode.expect(size_bytes, int, "sizeBytes")

        size = d.pop("size", decode.MISSING)
        if type(size) is not str:
            size = decode.expect(size, str, "size")

        initiator = decode.model(_models.ExportInitiator.from_dict, d.pop("initiator", decode.MISSING), "initiator")

        field_links = d.pop("_links", UNSET)
        if field_links is not UNSET:
            field_links = decode.model(_models.ExportLinks.from_dict, field_links, "_links")

        export = cls.__new__(cls)
        export.id = id
        export.segment_key = segment_key
        export.creation_time = creation_time
        export.status = status
        export.size_bytes = size_bytes
        export.size = size
        export.initiator = initiator
        export.field_links = field_links

        export.additional_properties = d if d else {}
        return export

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
