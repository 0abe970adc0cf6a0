from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr

T = TypeVar("T", bound="LinkParams")


@_attrs_define
class LinkParams:
    """
    Attributes:
        start_index (int):
        end_index (int):
        url (str):
    """

    start_index: int
    end_index: int
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        start_index = self.start_index

        end_index = self.end_index

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_index": start_index,
                "end_index": end_index,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start_index = d.pop("start_index", decode.MISSING)
        if type(start_index) is not int:
            start_index = decode.expect(start_index, int, "start_index")

        end_index = d.pop("end_index", decode.MISSING)
        if type(end_index) is not int:
            end_index = decode.expect(end_index, int, "end_index")

        url = d.pop("url", decode.MISSING)
        if type(url) is not str:
            url = decode.expect(url, str, "url")

        link_params = cls.__new__(cls)
        link_params.start_index = start_index
        link_params.end_index = end_index
        link_params.url = url

        link_params.additional_properties = d if d else {}
        return link_params

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
