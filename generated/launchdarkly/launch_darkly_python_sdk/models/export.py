from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        from ..models.export_initiator import ExportInitiator  # noqa: PLC0415
        from ..models.export_links import ExportLinks  # noqa: PLC0415

        d = dict(src_dict)
        id = decode.expect(d.pop("id", decode.MISSING), str, "id")

        segment_key = decode.expect(d.pop("segmentKey", decode.MISSING), str, "segmentKey")

        creation_time = decode.expect(d.pop("creationTime", decode.MISSING), int, "creationTime")

        status = decode.expect(d.pop("status", decode.MISSING), str, "status")

        size_bytes = decode.expect(d.pop("sizeBytes", decode.MISSING), int, "sizeBytes")

        size = decode.expect(d.pop("size", decode.MISSING), str, "size")

        initiator = decode.model(ExportInitiator.from_dict, d.pop("initiator", decode.MISSING), "initiator")

        field_links = decode.model(ExportLinks.from_dict, d.pop("_links", UNSET), "_links")

        export = cls(
            id=id,
            segment_key=segment_key,
            creation_time=creation_time,
            status=status,
            size_bytes=size_bytes,
            size=size,
            initiator=initiator,
            field_links=field_links,
        )

        export.additional_properties = d
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
