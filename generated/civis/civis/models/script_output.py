from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

T = TypeVar("T", bound="ScriptOutput")


@_attrs_define(slots=False)
class ScriptOutput(ResponseMetadata):
    """File written by a SQL run.

    Attributes:
        output_name (str):
        file_id (int):
        path (str): Download URL of the output file.
    """

    output_name: str
    file_id: int
    path: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        output_name = self.output_name

        file_id = self.file_id

        path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "outputName": output_name,
                "fileId": file_id,
                "path": path,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        output_name = d.pop("outputName", decode.MISSING)
        if type(output_name) is not str:
            output_name = decode.expect(output_name, str, "outputName")

        file_id = d.pop("fileId", decode.MISSING)
        if type(file_id) is not int:
            file_id = decode.expect(file_id, int, "fileId")

        path = d.pop("path", decode.MISSING)
        if type(path) is not str:
            path = decode.expect(path, str, "path")

        script_output = cls.__new__(cls)
        script_output.output_name = output_name
        script_output.file_id = file_id
        script_output.path = path

        script_output.additional_properties = d if d else {}
        return script_output

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
