from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable

if TYPE_CHECKING:
    from ..models.bulk_update_metadata_params_data_values_item import BulkUpdateMetadataParamsDataValuesItem


T = TypeVar("T", bound="BulkUpdateMetadataParamsData")


@_attrs_define
class BulkUpdateMetadataParamsData:
    """
    Attributes:
        file_ids (list[str]): Files to change (Frame.io or Adobe ids).
        values (list[BulkUpdateMetadataParamsDataValuesItem]):
    """

    file_ids: list[str]
    values: list[BulkUpdateMetadataParamsDataValuesItem]

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        file_ids = self.file_ids

        values = []
        for values_item_data in self.values:
            values_item = jsonable(values_item_data)
            values.append(values_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "file_ids": file_ids,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_update_metadata_params_data_values_item import BulkUpdateMetadataParamsDataValuesItem  # noqa: PLC0415

        d = dict(src_dict)
        _file_ids = d.pop("file_ids", decode.MISSING)
        file_ids: list[str]
        if isinstance(_file_ids, list):
            file_ids = []
            for file_ids_index, file_ids_item_data in enumerate(_file_ids):
                with decode.at("file_ids", file_ids_index):
                    file_ids_item = decode.expect(file_ids_item_data, str)

                file_ids.append(file_ids_item)
        else:
            file_ids = decode.mismatch("an array", _file_ids, "file_ids")

        _values = d.pop("values", decode.MISSING)
        values: list[BulkUpdateMetadataParamsDataValuesItem]
        if isinstance(_values, list):
            values = []
            for values_index, values_item_data in enumerate(_values):
                with decode.at("values", values_index):
                    values_item = decode.model(BulkUpdateMetadataParamsDataValuesItem.from_dict, values_item_data)

                values.append(values_item)
        else:
            values = decode.mismatch("an array", _values, "values")

        bulk_update_metadata_params_data = cls(
            file_ids=file_ids,
            values=values,
        )

        return bulk_update_metadata_params_data
