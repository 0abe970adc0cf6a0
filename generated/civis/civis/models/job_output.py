from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

T = TypeVar("T", bound="JobOutput")


@_attrs_define(slots=False)
class JobOutput(ResponseMetadata):
    """Something a run produced.

    Attributes:
        object_type (str): Kind of object produced, e.g. File or Table.
        object_id (int):
        name (str):
        link (str):
        value (None | str):
    """

    object_type: str
    object_id: int
    name: str
    link: str
    value: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        object_type = self.object_type

        object_id = self.object_id

        name = self.name

        link = self.link

        value: None | str
        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "objectType": object_type,
                "objectId": object_id,
                "name": name,
                "link": link,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        object_type = d.pop("objectType", decode.MISSING)
        if type(object_type) is not str:
            object_type = decode.expect(object_type, str, "objectType")

        object_id = d.pop("objectId", decode.MISSING)
        if type(object_id) is not int:
            object_id = decode.expect(object_id, int, "objectId")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        link = d.pop("link", decode.MISSING)
        if type(link) is not str:
            link = decode.expect(link, str, "link")

        value = d.pop("value", decode.MISSING)
        if value is not None and type(value) is not str:
            value = decode.expect(value, str, "value", "one of None | str")

        job_output = cls.__new__(cls)
        job_output.object_type = object_type
        job_output.object_id = object_id
        job_output.name = name
        job_output.link = link
        job_output.value = value

        job_output.additional_properties = d if d else {}
        return job_output

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
