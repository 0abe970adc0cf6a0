from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr

T = TypeVar("T", bound="Extinction")


@_attrs_define
class Extinction:
    """
    Attributes:
        revision (str):
        message (str):
        time (int): Milliseconds since the Unix epoch. Example: 1700000000000.
        flag_key (str):
        proj_key (str):
    """

    revision: str
    message: str
    time: int
    flag_key: str
    proj_key: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        revision = self.revision

        message = self.message

        time = self.time

        flag_key = self.flag_key

        proj_key = self.proj_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "revision": revision,
                "message": message,
                "time": time,
                "flagKey": flag_key,
                "projKey": proj_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        revision = d.pop("revision", decode.MISSING)
        if type(revision) is not str:
            revision = decode.expect(revision, str, "revision")

        message = d.pop("message", decode.MISSING)
        if type(message) is not str:
            message = decode.expect(message, str, "message")

        time = d.pop("time", decode.MISSING)
        if type(time) is not int:
            time = decode.expect(time, int, "time")

        flag_key = d.pop("flagKey", decode.MISSING)
        if type(flag_key) is not str:
            flag_key = decode.expect(flag_key, str, "flagKey")

        proj_key = d.pop("projKey", decode.MISSING)
        if type(proj_key) is not str:
            proj_key = decode.expect(proj_key, str, "projKey")

        extinction = cls.__new__(cls)
        extinction.revision = revision
        extinction.message = message
        extinction.time = time
        extinction.flag_key = flag_key
        extinction.proj_key = proj_key

        extinction.additional_properties = d if d else {}
        return extinction

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
