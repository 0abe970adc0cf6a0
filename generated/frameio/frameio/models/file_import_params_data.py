from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._core import _decode as decode
from .._core._decode import model_repr

T = TypeVar("T", bound="FileImportParamsData")


@_attrs_define
class FileImportParamsData:
    """
    Attributes:
        name (str):
        storage_location (str): Id of a connected storage location.
        key (str): Object key inside that storage.
    """

    name: str
    storage_location: str
    key: str

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        storage_location = self.storage_location

        key = self.key

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "storage_location": storage_location,
                "key": key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        storage_location = d.pop("storage_location", decode.MISSING)
        if type(storage_location) is not str:
            storage_location = decode.expect(storage_location, str, "storage_location")

        key = d.pop("key", decode.MISSING)
        if type(key) is not str:
            key = decode.expect(key, str, "key")

        file_import_params_data = cls.__new__(cls)
        file_import_params_data.name = name
        file_import_params_data.storage_location = storage_location
        file_import_params_data.key = key

        return file_import_params_data
